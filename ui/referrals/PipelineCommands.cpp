#include "referrals/PipelineCommands.h"

#include "Workspace.h"
#include "referrals/Inbox.h"

namespace consentric::ui {

PipelineStepCommand::PipelineStepCommand(Workspace &workspace, qint64 requestId, referrals::PipelineState before, referrals::PipelineState after,
    const QString &text, ReportProblem report, std::function<void()> changed)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_request(requestId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_report(std::move(report))
    , m_changed(std::move(changed))
{ }

void PipelineStepCommand::undo()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return;
    if (auto ok = referrals::Pipeline(m_workspace.database()).restore(*session, m_request, m_after, m_before); !ok) {
        m_report(ok.message());
        setObsolete(true);
        return;
    }
    m_done = false;
    m_changed();
}

void PipelineStepCommand::redo()
{
    if (m_done)
        return; // pushed after core already took the step
    const consent::Session *session = m_workspace.session();
    if (!session)
        return;
    if (auto ok = referrals::Pipeline(m_workspace.database()).restore(*session, m_request, m_before, m_after); !ok) {
        m_report(ok.message());
        setObsolete(true);
        return;
    }
    m_done = true;
    m_changed();
}

IntroductionSentCommand::IntroductionSentCommand(Workspace &workspace, qint64 requestId, ReportProblem report, std::function<void()> changed)
    : QUndoCommand(QObject::tr("Mark introduction sent"))
    , m_workspace(workspace)
    , m_request(requestId)
    , m_report(std::move(report))
    , m_changed(std::move(changed))
{ }

void IntroductionSentCommand::undo()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return;
    if (auto ok = referrals::Inbox(m_workspace.database()).unmarkIntroduced(*session, m_request); !ok) {
        m_report(ok.message());
        setObsolete(true);
        return;
    }
    m_done = false;
    m_changed();
}

void IntroductionSentCommand::redo()
{
    if (m_done)
        return;
    const consent::Session *session = m_workspace.session();
    if (!session)
        return;
    if (auto ok = referrals::Inbox(m_workspace.database()).markIntroduced(*session, m_request); !ok) {
        m_report(ok.message());
        setObsolete(true);
        return;
    }
    m_done = true;
    m_changed();
}

} // namespace consentric::ui
