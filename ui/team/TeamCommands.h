// Undoable Team page edits. Each command has already been carried out when it is pushed
// (so a refusal from core never reaches the stack); undo and redo call core again, and
// report a failure through `onError` instead of pretending.
#pragma once

#include "consent/People.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace consentric::ui {

using ErrorSink = std::function<void(const QString &)>;

class AddPersonCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(consentric::ui::AddPersonCommand)

public:
    AddPersonCommand(consent::People &people, qint64 id, consent::PersonDetails details, ErrorSink onError);
    void undo() override;
    void redo() override;

private:
    consent::People &m_people;
    qint64 m_id;
    consent::PersonDetails m_details;
    ErrorSink m_onError;
    bool m_done = true;
};

class EditPersonCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(consentric::ui::EditPersonCommand)

public:
    EditPersonCommand(consent::People &people, qint64 id, consent::PersonDetails before, consent::PersonDetails after, ErrorSink onError);
    void undo() override;
    void redo() override;

private:
    consent::People &m_people;
    qint64 m_id;
    consent::PersonDetails m_before;
    consent::PersonDetails m_after;
    ErrorSink m_onError;
    bool m_done = true;
};

class SetStatusCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(consentric::ui::SetStatusCommand)

public:
    SetStatusCommand(consent::People &people, qint64 id, const QString &name, consent::Status after, ErrorSink onError);
    void undo() override;
    void redo() override;

private:
    consent::People &m_people;
    qint64 m_id;
    consent::Status m_after;
    ErrorSink m_onError;
    bool m_done = true;
};

} // namespace consentric::ui
