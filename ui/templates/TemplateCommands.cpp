#include "templates/TemplateCommands.h"

#include "Workspace.h"
#include "templates/TemplateStore.h"

namespace consentric::ui {

SaveTemplateCommand::SaveTemplateCommand(
    Workspace &workspace, std::optional<templates::Template> before, templates::Template after, Sink onError, ChangedSink onChanged)
    : m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
    , m_onChanged(std::move(onChanged))
{
    setText(m_before ? tr("edit template “%1”").arg(m_after.name) : tr("add template “%1”").arg(m_after.name));
}

void SaveTemplateCommand::undo()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return finish(tr("Sign in as the owner or an admin to undo changes to templates."));
    templates::TemplateStore store(m_workspace.database());
    if (m_before) {
        auto saved = store.save(*session, *m_before);
        return finish(saved ? QString() : saved.message());
    }
    auto removed = store.remove(*session, m_after.id);
    finish(removed ? QString() : removed.message());
}

void SaveTemplateCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    const consent::Session *session = m_workspace.session();
    if (!session)
        return finish(tr("Sign in as the owner or an admin to redo changes to templates."));
    templates::TemplateStore store(m_workspace.database());
    if (m_before) {
        auto saved = store.save(*session, m_after);
        return finish(saved ? QString() : saved.message());
    }
    auto restored = store.restore(*session, m_after);
    finish(restored ? QString() : restored.message());
}

void SaveTemplateCommand::finish(const QString &error)
{
    if (!error.isEmpty() && m_onError)
        m_onError(error);
    if (m_onChanged)
        m_onChanged(m_after.id);
}

} // namespace consentric::ui
