// Undoable changes to the employee's own connections. Each command has already been
// carried out when it is pushed (a refusal from core never reaches the stack); undo and
// redo call core again with the same session and report a failure instead of pretending.
#pragma once

#include "consent/Accounts.h"
#include "consent/Levels.h"
#include "contacts/ContactStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUndoCommand>
#include <functional>

namespace consentric::storage {
class Database;
}

namespace consentric::ui {

class Workspace;
using ConnectionsChanged = std::function<void(const QString &error)>;

class SetLevelsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(consentric::ui::SetLevelsCommand)

public:
    // `before`: each changed connection's level before the change; `personal`: which of
    // them are personal or family (changed one at a time, as confirmed the first time).
    SetLevelsCommand(
        Workspace &workspace, QHash<qint64, consent::Level> before, QSet<qint64> personal, consent::Level after, ConnectionsChanged done);
    void undo() override;
    void redo() override;

private:
    Workspace &m_workspace;
    // Professional connections change in one call per level (one transaction, one audit
    // entry); personal and family ones one by one.
    QString apply(const QList<qint64> &ids, consent::Level level);
    QHash<qint64, consent::Level> m_before;
    QSet<qint64> m_personal;
    consent::Level m_after;
    ConnectionsChanged m_done;
    bool m_first = true;
};

class EditConnectionsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(consentric::ui::EditConnectionsCommand)

public:
    EditConnectionsCommand(
        Workspace &workspace, QHash<qint64, contacts::ConnectionEdit> before, QHash<qint64, contacts::ConnectionEdit> after, ConnectionsChanged done);
    void undo() override;
    void redo() override;

private:
    void apply(const QHash<qint64, contacts::ConnectionEdit> &edits);
    Workspace &m_workspace;
    QHash<qint64, contacts::ConnectionEdit> m_before;
    QHash<qint64, contacts::ConnectionEdit> m_after;
    ConnectionsChanged m_done;
    bool m_first = true;
};

class AddConnectionCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(consentric::ui::AddConnectionCommand)

public:
    AddConnectionCommand(Workspace &workspace, qint64 id, contacts::ContactInput input, ConnectionsChanged done);
    void undo() override;
    void redo() override;
    qint64 connectionId() const { return m_id; }

private:
    Workspace &m_workspace;
    qint64 m_id;
    contacts::ContactInput m_input;
    ConnectionsChanged m_done;
    bool m_first = true;
};

} // namespace consentric::ui
