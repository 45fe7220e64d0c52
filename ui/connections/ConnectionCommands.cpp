#include "connections/ConnectionCommands.h"

#include "Workspace.h"
#include "consent/Sharing.h"

namespace consentric::ui {

namespace {

QString noSession()
{
    return QCoreApplication::translate("consentric::ui::SetLevelsCommand", "You are signed out; sign in again to undo or redo.");
}

} // namespace

SetLevelsCommand::SetLevelsCommand(
    Workspace &workspace, QHash<qint64, consent::Level> before, QSet<qint64> personal, consent::Level after, ConnectionsChanged done)
    : m_workspace(workspace)
    , m_before(std::move(before))
    , m_personal(std::move(personal))
    , m_after(after)
    , m_done(std::move(done))
{
    setText(tr("Change the sharing level to %1").arg(consent::label(after)));
}

QString SetLevelsCommand::apply(const QList<qint64> &ids, consent::Level level)
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return noSession();
    consent::Sharing sharing(m_workspace.database());
    QList<qint64> professional;
    for (qint64 id : ids) {
        if (!m_personal.contains(id)) {
            professional << id;
            continue;
        }
        // Confirmed one at a time when first changed.
        if (auto changed = sharing.setLevel(*session, {id}, level, consent::PersonalConfirmation::Given); !changed)
            return changed.message();
    }
    if (!professional.isEmpty()) {
        if (auto changed = sharing.setLevel(*session, professional, level); !changed)
            return changed.message();
    }
    return {};
}

void SetLevelsCommand::redo()
{
    if (std::exchange(m_first, false))
        return;
    m_done(apply(m_before.keys(), m_after));
}

void SetLevelsCommand::undo()
{
    QHash<consent::Level, QList<qint64>> byLevel;
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
        byLevel[it.value()] << it.key();
    QString error;
    for (auto it = byLevel.cbegin(); it != byLevel.cend() && error.isEmpty(); ++it)
        error = apply(it.value(), it.key());
    m_done(error);
}

EditConnectionsCommand::EditConnectionsCommand(
    Workspace &workspace, QHash<qint64, contacts::ConnectionEdit> before, QHash<qint64, contacts::ConnectionEdit> after, ConnectionsChanged done)
    : m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_done(std::move(done))
{
    setText(tr("Edit connections"));
}

void EditConnectionsCommand::apply(const QHash<qint64, contacts::ConnectionEdit> &edits)
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return m_done(noSession());
    QString error;
    auto done = m_workspace.database().transaction([&]() -> Result<void> {
        for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
            auto changed = contacts::ContactStore(m_workspace.database()).edit(*session, {it.key()}, it.value());
            if (!changed)
                return changed.error();
        }
        return {};
    });
    m_done(done ? QString() : done.message());
}

void EditConnectionsCommand::redo()
{
    if (std::exchange(m_first, false))
        return;
    apply(m_after);
}

void EditConnectionsCommand::undo()
{
    apply(m_before);
}

AddConnectionCommand::AddConnectionCommand(Workspace &workspace, qint64 id, contacts::ContactInput input, ConnectionsChanged done)
    : m_workspace(workspace)
    , m_id(id)
    , m_input(std::move(input))
    , m_done(std::move(done))
{
    setText(tr("Add %1").arg(contacts::ContactStore::displayNameOf(m_input)));
}

void AddConnectionCommand::redo()
{
    if (std::exchange(m_first, false))
        return;
    const consent::Session *session = m_workspace.session();
    if (!session)
        return m_done(noSession());
    auto ids = contacts::ContactStore(m_workspace.database()).addConnections(*session, {m_input});
    if (ids)
        m_id = ids->constFirst();
    m_done(ids ? QString() : ids.message());
}

void AddConnectionCommand::undo()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return m_done(noSession());
    auto removed = contacts::ContactStore(m_workspace.database()).remove(*session, {m_id});
    m_done(removed ? QString() : removed.message());
}

} // namespace consentric::ui
