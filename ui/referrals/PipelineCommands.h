// Pipeline steps as undoable edits: the owner's meeting and outcome, and the introducer's
// "introduction sent". Each runs through core, which refuses to take a step back once a
// later one was recorded; a refusal is reported, and the stack stays as it was.
#pragma once

#include "referrals/Pipeline.h"

#include <QUndoCommand>

#include <functional>

namespace consentric::storage {
class Database;
}
namespace consentric::consent {
class Session;
}

namespace consentric::ui {

class Workspace;

using ReportProblem = std::function<void(const QString &)>;

// The owner moved a request from `before` to `after` (already done through core when
// the command is pushed); undo and redo restore one or the other.
class PipelineStepCommand final : public QUndoCommand
{
public:
    PipelineStepCommand(Workspace &workspace, qint64 requestId, referrals::PipelineState before, referrals::PipelineState after, const QString &text,
        ReportProblem report, std::function<void()> changed);
    void undo() override;
    void redo() override;

private:
    Workspace &m_workspace;
    qint64 m_request;
    referrals::PipelineState m_before;
    referrals::PipelineState m_after;
    ReportProblem m_report;
    std::function<void()> m_changed;
    bool m_done = true;
};

// The introducer marked "introduction sent" (already done when pushed).
class IntroductionSentCommand final : public QUndoCommand
{
public:
    IntroductionSentCommand(Workspace &workspace, qint64 requestId, ReportProblem report, std::function<void()> changed);
    void undo() override;
    void redo() override;

private:
    Workspace &m_workspace;
    qint64 m_request;
    ReportProblem m_report;
    std::function<void()> m_changed;
    bool m_done = true;
};

} // namespace consentric::ui
