// Undoable template saves. The save has already been made when the command is pushed (so
// a refusal from core never reaches the stack); undo puts the template back as it was (or
// removes a new one), redo makes the save again (a new one comes back under its old id).
// Each step calls core with whoever is signed in then, and reports a failure through
// `onError` instead of pretending; `onChanged` tells the page which template changed.
#pragma once

#include "templates/Template.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace consentric::ui {

class Workspace;

class SaveTemplateCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(consentric::ui::SaveTemplateCommand)

public:
    using Sink = std::function<void(const QString &)>;
    using ChangedSink = std::function<void(qint64)>;

    // `before` is the stored template before the save (none for a new one); `after` is the
    // template as saved, with its id.
    SaveTemplateCommand(
        Workspace &workspace, std::optional<templates::Template> before, templates::Template after, Sink onError, ChangedSink onChanged);
    void undo() override;
    void redo() override;

private:
    void finish(const QString &error);

    Workspace &m_workspace;
    std::optional<templates::Template> m_before;
    templates::Template m_after;
    Sink m_onError;
    ChangedSink m_onChanged;
    bool m_done = true;
};

} // namespace consentric::ui
