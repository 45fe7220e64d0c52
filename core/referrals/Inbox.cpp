#include "referrals/Inbox.h"

#include "consent/AuditLog.h"
#include "consent/ContactVault.h"
#include "consent/Crypto.h"
#include "referrals/DoNotContact.h"
#include "referrals/Referrals.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace consentric::referrals {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::referrals::Inbox", text);
}

QByteArray reasonContext(qint64 requestId, qint64 employee)
{
    return QByteArrayLiteral("decline:") + QByteArray::number(requestId) + ':' + QByteArray::number(employee);
}

const char kSelect[] = "SELECT q.id, q.target_id, t.company, t.kind, t.reason, COALESCE(o.name, ''), q.named_employee_id, q.created_at, "
                       "q.expires_at, r.status, r.answered_at, r.decline_reason, q.answer, q.stage, q.outcome, q.meeting_on, r.connection_id, "
                       "q.introducer_id, COALESCE(o.email, '') "
                       "FROM request_recipients r JOIN requests q ON q.id = r.request_id JOIN targets t ON t.id = q.target_id "
                       "LEFT JOIN people o ON o.id = q.created_by WHERE r.employee_id = :me";

} // namespace

struct Inbox::Row
{
    InboxItem item;
    qint64 targetId = 0;
    std::optional<qint64> connectionId;
    bool introducer = false;
};

Result<std::vector<InboxItem>> Inbox::items(const consent::Session &employee)
{
    if (auto ok = Referrals::expire(m_db); !ok)
        return ok.error();
    auto rows = m_db.exec(QLatin1String(kSelect) + QStringLiteral(" ORDER BY q.created_at DESC, q.id DESC"),
        {{QStringLiteral(":me"), employee.person().id}}, tr("reading your inbox"));
    if (!rows)
        return rows.error();
    std::vector<qint64> ids;
    while (rows->next())
        ids.push_back(rows->value(0).toLongLong());
    rows->finish();
    std::vector<InboxItem> list;
    for (qint64 id : ids) {
        auto one = item(employee, id);
        if (!one)
            return one.error();
        list.push_back(std::move(*one));
    }
    return list;
}

Result<Inbox::Row> Inbox::mine(const consent::Session &employee, qint64 requestId)
{
    auto rows = m_db.exec(QLatin1String(kSelect) + QStringLiteral(" AND q.id = :id"),
        {{QStringLiteral(":me"), employee.person().id}, {QStringLiteral(":id"), requestId}}, tr("reading your inbox"));
    if (!rows)
        return rows.error();
    if (!rows->next())
        return fail(tr("This request was not sent to you, or it no longer exists."));
    Row row;
    InboxItem &i = row.item;
    i.requestId = requestId;
    row.targetId = rows->value(1).toLongLong();
    i.company = rows->value(2).toString();
    i.kind = targetKindFromKey(rows->value(3).toString()).value_or(TargetKind::Customer);
    i.reason = rows->value(4).toString();
    i.askedBy = rows->value(5).toString();
    i.named = !rows->value(6).isNull();
    i.askedAt = storage::timeFromStored(rows->value(7));
    i.expiresAt = storage::timeFromStored(rows->value(8));
    i.status = recipientStatusFromKey(rows->value(9).toString()).value_or(RecipientStatus::Pending);
    i.answeredAt = storage::timeFromStored(rows->value(10));
    const QByteArray sealedReason = rows->value(11).toByteArray();
    i.answer = answerFromKey(rows->value(12).toString());
    i.stage = stageFromKey(rows->value(13).toString()).value_or(Stage::Requested);
    i.outcome = outcomeFromKey(rows->value(14).toString());
    i.meetingOn = storage::dateFromStored(rows->value(15));
    if (!rows->value(16).isNull())
        row.connectionId = rows->value(16).toLongLong();
    row.introducer = rows->value(17).toLongLong() == employee.person().id;
    i.askedByEmail = rows->value(18).toString();
    rows->finish();
    if (!sealedReason.isEmpty()) {
        auto opened = consent::open(employee.dataKey(), sealedReason, reasonContext(requestId, employee.person().id));
        if (!opened)
            return opened.error();
        i.declineReason = QString::fromUtf8(*opened);
    }
    return row;
}

Result<InboxItem> Inbox::item(const consent::Session &employee, qint64 requestId)
{
    auto row = mine(employee, requestId);
    if (!row)
        return row.error();
    InboxItem &i = row->item;
    if (i.status == RecipientStatus::Pending) {
        auto found = candidates(employee, row->targetId);
        if (!found)
            return found.error();
        i.candidates = std::move(*found);
    }
    if (row->connectionId) {
        auto found = candidates(employee, row->targetId);
        if (!found)
            return found.error();
        for (Candidate &c : *found) {
            if (c.connectionId == *row->connectionId)
                i.introducing = c;
        }
        auto blocked = DoNotContact(m_db).isBlocked(*row->connectionId);
        if (!blocked)
            return blocked.error();
        i.blocked = *blocked;
    }
    if (row->introducer) {
        auto events = m_db.exec(QStringLiteral("SELECT at, stage, note FROM request_events WHERE request_id = :r ORDER BY id"),
            {{QStringLiteral(":r"), requestId}}, tr("reading your inbox"));
        if (!events)
            return events.error();
        while (events->next())
            i.events.push_back({storage::timeFromStored(events->value(0)), stageFromKey(events->value(1).toString()).value_or(Stage::Requested),
                events->value(2).toString()});
    }
    return std::move(row->item);
}

Result<int> Inbox::waiting(const consent::Session &employee)
{
    if (auto ok = Referrals::expire(m_db); !ok)
        return ok.error();
    auto count = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM request_recipients r JOIN requests q ON q.id = r.request_id "
                                            "WHERE r.employee_id = :me AND r.status = 'pending' AND q.stage = 'requested'"),
        {{QStringLiteral(":me"), employee.person().id}}, tr("reading your inbox"));
    if (!count)
        return count.error();
    return int(count->toLongLong());
}

Result<std::vector<Candidate>> Inbox::candidates(const consent::Session &employee, qint64 targetId)
{
    // The employee's own connections that match the target, and are not on the
    // do-not-contact list: for a person target, that connection; for a company, their
    // discoverable and shared connections there.
    auto rows = m_db.exec(QStringLiteral("SELECT n.id, n.contact_id, n.level, n.strength FROM targets t "
                                         "JOIN connections n ON (t.connection_id IS NOT NULL AND n.id = t.connection_id) "
                                         "OR (t.connection_id IS NULL AND n.level IN ('discoverable', 'shared')) "
                                         "JOIN contacts c ON c.id = n.contact_id LEFT JOIN companies co ON co.id = c.company_id "
                                         "WHERE t.id = :t AND n.employee_id = :me "
                                         "AND (t.connection_id IS NOT NULL OR co.normalised = t.normalised) "
                                         "AND (c.pseudonym IS NULL OR c.pseudonym NOT IN (SELECT token FROM do_not_contact)) "
                                         "ORDER BY n.strength DESC, n.id"),
        {{QStringLiteral(":t"), targetId}, {QStringLiteral(":me"), employee.person().id}}, tr("finding your connections there"));
    if (!rows)
        return rows.error();
    struct Raw
    {
        qint64 id, contact;
        QString level;
        int strength;
    };
    std::vector<Raw> raw;
    while (rows->next())
        raw.push_back({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toString(), rows->value(3).toInt()});
    rows->finish();
    std::vector<Candidate> list;
    consent::ContactVault vault(m_db);
    for (const Raw &r : raw) {
        auto details = vault.read(employee, r.contact);
        if (!details)
            return details.error();
        Candidate c;
        c.connectionId = r.id;
        c.name = details->displayName;
        c.givenName = details->givenName;
        c.email = details->email;
        c.title = details->title;
        c.level = consent::levelFromKey(r.level).value_or(consent::Level::Private);
        c.strength = r.strength;
        list.push_back(std::move(c));
    }
    return list;
}

Result<void> Inbox::event(qint64 requestId, Stage stage, const QString &note)
{
    auto written = m_db.exec(QStringLiteral("INSERT INTO request_events (request_id, at, stage, note) VALUES (:r, :at, :s, :n)"),
        {{QStringLiteral(":r"), requestId}, {QStringLiteral(":at"), storage::storedTime(m_db.clock().now())}, {QStringLiteral(":s"), key(stage)},
            {QStringLiteral(":n"), storage::notNull(note)}},
        tr("recording the step"));
    if (!written)
        return written.error();
    return {};
}

namespace {

Result<void> stillOpen(const InboxItem &i)
{
    switch (i.status) {
    case RecipientStatus::Pending: break;
    case RecipientStatus::Accepted: return fail(tr("You already accepted this request; nothing more to answer."));
    case RecipientStatus::Declined: return fail(tr("You already declined this request. If you changed your mind, tell the owner yourself."));
    case RecipientStatus::Expired:
        return fail(
            tr("This request expired on %1 and is closed; nothing more to do.").arg(QLocale().toString(i.expiresAt.date(), QLocale::ShortFormat)));
    case RecipientStatus::Taken: return fail(tr("A colleague already took this request, so it is closed for you. Thank you all the same."));
    case RecipientStatus::Cancelled: return fail(tr("This request was cancelled (you left the program), so it cannot be answered."));
    }
    if (i.stage != Stage::Requested)
        return fail(tr("This request is already closed; nothing more to do."));
    return {};
}

} // namespace

Result<void> Inbox::accept(const consent::Session &employee, qint64 requestId, Answer answer, qint64 connectionId)
{
    if (auto ok = Referrals::expire(m_db); !ok)
        return ok;
    return m_db.transaction([&]() -> Result<void> {
        auto row = mine(employee, requestId);
        if (!row)
            return row.error();
        if (auto ok = stillOpen(row->item); !ok)
            return ok;
        auto found = candidates(employee, row->targetId);
        if (!found)
            return found.error();
        if (std::none_of(found->begin(), found->end(), [&](const Candidate &c) { return c.connectionId == connectionId; }))
            return fail(
                tr("Choose one of your own connections at %1 that you shared (and who has not asked not to be contacted).").arg(row->item.company));
        const QString now = storage::storedTime(m_db.clock().now());
        // The first acceptance wins: the request must still be open as this writes.
        auto taken = m_db.exec(QStringLiteral("UPDATE requests SET stage = 'accepted', introducer_id = :me, answer = :a, accepted_at = :now "
                                              "WHERE id = :id AND stage = 'requested'"),
            {{QStringLiteral(":me"), employee.person().id}, {QStringLiteral(":a"), key(answer)}, {QStringLiteral(":now"), now},
                {QStringLiteral(":id"), requestId}},
            tr("accepting the request"));
        if (!taken)
            return taken.error();
        if (taken->numRowsAffected() != 1)
            return fail(tr("A colleague accepted this request a moment ago, so it is closed for you. Thank you all the same."));
        auto mineDone = m_db.exec(QStringLiteral("UPDATE request_recipients SET status = 'accepted', answered_at = :now, connection_id = :c "
                                                 "WHERE request_id = :id AND employee_id = :me"),
            {{QStringLiteral(":now"), now}, {QStringLiteral(":c"), connectionId}, {QStringLiteral(":id"), requestId},
                {QStringLiteral(":me"), employee.person().id}},
            tr("accepting the request"));
        if (!mineDone)
            return mineDone.error();
        auto others = m_db.exec(QStringLiteral("UPDATE request_recipients SET status = 'taken' WHERE request_id = :id AND status = 'pending'"),
            {{QStringLiteral(":id"), requestId}}, tr("accepting the request"));
        if (!others)
            return others.error();
        if (auto ok = event(requestId, Stage::Accepted); !ok)
            return ok;
        auto audited = consent::AuditLog(m_db).append(
            employee.person().id, employee.person().id, QStringLiteral("request-accepted"), {{QStringLiteral("request"), requestId}});
        if (!audited)
            return audited.error();
        return {};
    });
}

Result<void> Inbox::decline(const consent::Session &employee, qint64 requestId, const QString &reason)
{
    if (auto ok = Referrals::expire(m_db); !ok)
        return ok;
    return m_db.transaction([&]() -> Result<void> {
        auto row = mine(employee, requestId);
        if (!row)
            return row.error();
        if (auto ok = stillOpen(row->item); !ok)
            return ok;
        const QString trimmed = reason.trimmed();
        const QByteArray sealed
            = trimmed.isEmpty() ? QByteArray() : consent::seal(employee.dataKey(), trimmed.toUtf8(), reasonContext(requestId, employee.person().id));
        // No audit entry and no event: a decline is the employee's own business. The owner
        // sees the request close at its expiry like one nobody answered.
        auto done = m_db.exec(QStringLiteral("UPDATE request_recipients SET status = 'declined', answered_at = :now, decline_reason = :why "
                                             "WHERE request_id = :id AND employee_id = :me AND status = 'pending'"),
            {{QStringLiteral(":now"), storage::storedTime(m_db.clock().now())},
                {QStringLiteral(":why"), sealed.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(sealed)},
                {QStringLiteral(":id"), requestId}, {QStringLiteral(":me"), employee.person().id}},
            tr("declining the request"));
        if (!done)
            return done.error();
        return {};
    });
}

Result<void> Inbox::markIntroduced(const consent::Session &employee, qint64 requestId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto row = mine(employee, requestId);
        if (!row)
            return row.error();
        if (!row->introducer || row->item.stage != Stage::Accepted)
            return fail(tr("Only a request you accepted, and have not marked yet, can be marked “introduction sent”."));
        if (row->item.answer != Answer::Introduce)
            return fail(tr("You offered to have your name mentioned, so the business makes this approach itself; there is no introduction to "
                           "mark."));
        auto done = m_db.exec(QStringLiteral("UPDATE requests SET stage = 'introduced', introduced_at = :now WHERE id = :id AND stage = 'accepted'"),
            {{QStringLiteral(":now"), storage::storedTime(m_db.clock().now())}, {QStringLiteral(":id"), requestId}},
            tr("marking the introduction sent"));
        if (!done)
            return done.error();
        if (auto ok = event(requestId, Stage::Introduced); !ok)
            return ok;
        auto audited = consent::AuditLog(m_db).append(
            employee.person().id, employee.person().id, QStringLiteral("introduction-sent"), {{QStringLiteral("request"), requestId}});
        if (!audited)
            return audited.error();
        return {};
    });
}

Result<void> Inbox::unmarkIntroduced(const consent::Session &employee, qint64 requestId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto row = mine(employee, requestId);
        if (!row)
            return row.error();
        if (!row->introducer || row->item.stage != Stage::Introduced)
            return fail(tr("The owner already recorded a later step, so “introduction sent” stays as it is."));
        auto done = m_db.exec(QStringLiteral("UPDATE requests SET stage = 'accepted', introduced_at = NULL WHERE id = :id AND stage = 'introduced'"),
            {{QStringLiteral(":id"), requestId}}, tr("taking back “introduction sent”"));
        if (!done)
            return done.error();
        return event(requestId, Stage::Accepted, QStringLiteral("undone"));
    });
}

Result<void> Inbox::recipientSaidNo(const consent::Session &employee, qint64 requestId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto row = mine(employee, requestId);
        if (!row)
            return row.error();
        if (!row->introducer || !row->connectionId)
            return fail(tr("Only the colleague who made this introduction can record that the person said no."));
        if (auto ok = DoNotContact(m_db).add(employee, *row->connectionId); !ok)
            return ok;
        const QString today = m_db.clock().today().toString(Qt::ISODate);
        auto done = m_db.exec(QStringLiteral("UPDATE requests SET stage = 'outcome', outcome = 'no-result', outcome_on = :d WHERE id = :id"),
            {{QStringLiteral(":d"), today}, {QStringLiteral(":id"), requestId}}, tr("recording the answer"));
        if (!done)
            return done.error();
        return event(requestId, Stage::Outcome, QStringLiteral("do-not-contact"));
    });
}

} // namespace consentric::referrals
