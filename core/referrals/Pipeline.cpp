#include "referrals/Pipeline.h"

#include "consent/AuditLog.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace consentric::referrals {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::referrals::Pipeline", text);
}

QVariant dateOrNull(const std::optional<QDate> &date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

bool canRecordMeeting(Stage stage, std::optional<Answer> answer)
{
    return stage == Stage::Introduced || (stage == Stage::Accepted && answer == Answer::Mention);
}

bool canRecordOutcome(Stage stage)
{
    return stage == Stage::Accepted || stage == Stage::Introduced || stage == Stage::Meeting;
}

Result<PipelineState> Pipeline::state(const consent::Session &owner, qint64 requestId) const
{
    if (!owner.runsTheProgram())
        return fail(tr("Only the owner or an admin records meetings and outcomes."));
    auto row = m_db.exec(QStringLiteral("SELECT stage, meeting_on, outcome, outcome_on, answer FROM requests WHERE id = :id"),
        {{QStringLiteral(":id"), requestId}}, tr("reading the request"));
    if (!row)
        return row.error();
    if (!row->next())
        return fail(tr("That request no longer exists."));
    PipelineState s;
    s.stage = stageFromKey(row->value(0).toString()).value_or(Stage::Requested);
    s.meetingOn = storage::dateFromStored(row->value(1));
    s.outcome = outcomeFromKey(row->value(2).toString());
    s.outcomeOn = storage::dateFromStored(row->value(3));
    return s;
}

Result<void> Pipeline::write(qint64 requestId, const PipelineState &next, const QString &note)
{
    auto done = m_db.exec(QStringLiteral("UPDATE requests SET stage = :s, meeting_on = :m, outcome = :o, outcome_on = :od WHERE id = :id"),
        {{QStringLiteral(":s"), key(next.stage)}, {QStringLiteral(":m"), dateOrNull(next.meetingOn)},
            {QStringLiteral(":o"), next.outcome ? QVariant(key(*next.outcome)) : QVariant(QMetaType(QMetaType::QString))},
            {QStringLiteral(":od"), dateOrNull(next.outcomeOn)}, {QStringLiteral(":id"), requestId}},
        tr("recording the step"));
    if (!done)
        return done.error();
    auto event = m_db.exec(QStringLiteral("INSERT INTO request_events (request_id, at, stage, note) VALUES (:r, :at, :s, :n)"),
        {{QStringLiteral(":r"), requestId}, {QStringLiteral(":at"), storage::storedTime(m_db.clock().now())}, {QStringLiteral(":s"), key(next.stage)},
            {QStringLiteral(":n"), storage::notNull(note)}},
        tr("recording the step"));
    if (!event)
        return event.error();
    return {};
}

Result<void> Pipeline::recordMeeting(const consent::Session &owner, qint64 requestId, QDate on)
{
    return m_db.transaction([&]() -> Result<void> {
        auto now = state(owner, requestId);
        if (!now)
            return now.error();
        auto answer = m_db.scalar(
            QStringLiteral("SELECT answer FROM requests WHERE id = :id"), {{QStringLiteral(":id"), requestId}}, tr("reading the request"));
        if (!answer)
            return answer.error();
        if (!canRecordMeeting(now->stage, answerFromKey(answer->toString())))
            return fail(tr("A meeting can be recorded once the introduction was sent (or, when the employee offered their name, once they "
                           "accepted). This request is “%1”.")
                            .arg(label(now->stage)));
        if (!on.isValid() || on > m_db.clock().today())
            return fail(tr("Give the date the meeting took place (today or earlier)."));
        PipelineState next = *now;
        next.stage = Stage::Meeting;
        next.meetingOn = on;
        if (auto ok = write(requestId, next, {}); !ok)
            return ok;
        auto audited = consent::AuditLog(m_db).append(
            owner.person().id, std::nullopt, QStringLiteral("pipeline-meeting"), {{QStringLiteral("request"), requestId}});
        if (!audited)
            return audited.error();
        return {};
    });
}

Result<void> Pipeline::recordOutcome(const consent::Session &owner, qint64 requestId, Outcome outcome, QDate on)
{
    return m_db.transaction([&]() -> Result<void> {
        auto now = state(owner, requestId);
        if (!now)
            return now.error();
        if (!canRecordOutcome(now->stage))
            return fail(tr("An outcome can be recorded after a request was accepted; this request is “%1”.").arg(label(now->stage)));
        if (!on.isValid() || on > m_db.clock().today())
            return fail(tr("Give the date of the outcome (today or earlier)."));
        PipelineState next = *now;
        next.stage = Stage::Outcome;
        next.outcome = outcome;
        next.outcomeOn = on;
        if (auto ok = write(requestId, next, {}); !ok)
            return ok;
        auto audited = consent::AuditLog(m_db).append(owner.person().id, std::nullopt, QStringLiteral("pipeline-outcome"),
            {{QStringLiteral("request"), requestId}, {QStringLiteral("outcome"), key(outcome)}});
        if (!audited)
            return audited.error();
        return {};
    });
}

Result<void> Pipeline::restore(const consent::Session &owner, qint64 requestId, const PipelineState &current, const PipelineState &previous)
{
    return m_db.transaction([&]() -> Result<void> {
        auto now = state(owner, requestId);
        if (!now)
            return now.error();
        if (!(*now == current))
            return fail(tr("This request changed since (now “%1”), so the step cannot be taken back.").arg(label(now->stage)));
        if (previous.stage != Stage::Meeting && previous.stage != Stage::Introduced && previous.stage != Stage::Accepted
            && previous.stage != Stage::Outcome)
            return fail(tr("Only meetings and outcomes can be taken back here."));
        if (auto ok = write(requestId, previous, QStringLiteral("undone")); !ok)
            return ok;
        auto audited = consent::AuditLog(m_db).append(
            owner.person().id, std::nullopt, QStringLiteral("pipeline-undone"), {{QStringLiteral("request"), requestId}});
        if (!audited)
            return audited.error();
        return {};
    });
}

} // namespace consentric::referrals
