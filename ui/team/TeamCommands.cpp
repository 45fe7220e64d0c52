#include "team/TeamCommands.h"

#include <QCoreApplication>

namespace consentric::ui {

namespace {

void report(const Result<void> &result, const ErrorSink &onError)
{
    if (!result && onError)
        onError(result.message());
}

} // namespace

AddPersonCommand::AddPersonCommand(consent::People &people, qint64 id, consent::PersonDetails details, ErrorSink onError)
    : m_people(people)
    , m_id(id)
    , m_details(std::move(details))
    , m_onError(std::move(onError))
{
    setText(tr("add %1").arg(m_details.name.simplified()));
}

void AddPersonCommand::undo()
{
    report(m_people.remove(m_id), m_onError);
}

void AddPersonCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    auto id = m_people.add(m_details);
    if (id)
        m_id = *id;
    else if (m_onError)
        m_onError(id.message());
}

EditPersonCommand::EditPersonCommand(
    consent::People &people, qint64 id, consent::PersonDetails before, consent::PersonDetails after, ErrorSink onError)
    : m_people(people)
    , m_id(id)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{
    setText(tr("edit %1").arg(m_after.name.simplified()));
}

void EditPersonCommand::undo()
{
    report(m_people.update(m_id, m_before), m_onError);
}

void EditPersonCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    report(m_people.update(m_id, m_after), m_onError);
}

SetStatusCommand::SetStatusCommand(consent::People &people, qint64 id, const QString &name, consent::Status after, ErrorSink onError)
    : m_people(people)
    , m_id(id)
    , m_after(after)
    , m_onError(std::move(onError))
{
    setText(after == consent::Status::Left ? tr("mark %1 as left").arg(name) : tr("mark %1 as returned").arg(name));
}

void SetStatusCommand::undo()
{
    report(m_people.setStatus(m_id, m_after == consent::Status::Left ? consent::Status::Active : consent::Status::Left), m_onError);
}

void SetStatusCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    report(m_people.setStatus(m_id, m_after), m_onError);
}

} // namespace consentric::ui
