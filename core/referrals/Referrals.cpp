#include "referrals/Referrals.h"

#include "consent/AuditLog.h"
#include "contacts/CompanyName.h"
#include "referrals/Guardrails.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace consentric::referrals {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::referrals::Referrals", text);
}

Result<void> mustRunTheProgram(const consent::Session &session)
{
    if (!session.runsTheProgram())
        return fail(tr("Only the owner or an admin can manage targets and requests. Sign in as the owner."));
    return {};
}

QVariant nullId()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QString shortDate(const QDateTime &at)
{
    return QLocale().toString(at.date(), QLocale::ShortFormat);
}

// A contact counts for a request when its employee shared it (discoverable or shared),
// takes part, is active, and the contact is not on the do-not-contact list.
const char kAskable[] = "n.level IN ('discoverable', 'shared') AND p.participating = 1 AND p.status = 'active'";
const char kNotBlocked[] = "(c.pseudonym IS NULL OR c.pseudonym NOT IN (SELECT token FROM do_not_contact))";

} // namespace

Result<void> Referrals::expire(storage::Database &db)
{
    return db.transaction([&]() -> Result<void> {
        const QString now = storage::storedTime(db.clock().now());
        auto recipients = db.exec(QStringLiteral("UPDATE request_recipients SET status = 'expired', answered_at = "
                                                 "(SELECT expires_at FROM requests q WHERE q.id = request_recipients.request_id) "
                                                 "WHERE status = 'pending' AND request_id IN "
                                                 "(SELECT id FROM requests WHERE stage = 'requested' AND expires_at <= :now)"),
            {{QStringLiteral(":now"), now}}, tr("closing expired requests"));
        if (!recipients)
            return recipients.error();
        auto requests = db.exec(QStringLiteral("UPDATE requests SET stage = 'closed', closed_at = expires_at "
                                               "WHERE stage = 'requested' AND expires_at <= :now"),
            {{QStringLiteral(":now"), now}}, tr("closing expired requests"));
        if (!requests)
            return requests.error();
        return {};
    });
}

Result<AskCheck> checkAsk(storage::Database &db, qint64 employee, qint64 targetId)
{
    auto settings = Guardrails(db).settings();
    if (!settings)
        return settings.error();
    AskCheck check;
    auto open = db.scalar(QStringLiteral("SELECT COUNT(*) FROM request_recipients r JOIN requests q ON q.id = r.request_id "
                                         "WHERE r.employee_id = :e AND r.status = 'pending' AND q.stage = 'requested'"),
        {{QStringLiteral(":e"), employee}}, tr("counting open requests"));
    if (!open)
        return open.error();
    check.atOpenLimit = open->toLongLong() >= settings->openLimit;
    // Declined and expired end alike: the owner cannot tell them apart, so the wait is the
    // same. It runs from when the request closed (a decline of a request still open waits
    // from the decline).
    auto last = db.scalar(QStringLiteral("SELECT MAX(COALESCE(q.closed_at, r.answered_at)) FROM request_recipients r "
                                         "JOIN requests q ON q.id = r.request_id "
                                         "WHERE r.employee_id = :e AND q.target_id = :t AND r.status IN ('declined', 'expired')"),
        {{QStringLiteral(":e"), employee}, {QStringLiteral(":t"), targetId}}, tr("checking the cool-down"));
    if (!last)
        return last.error();
    if (!last->isNull()) {
        const QDateTime until = storage::timeFromStored(*last).addDays(settings->cooldownDays);
        if (until > db.clock().now())
            check.coolingUntil = until;
    }
    return check;
}

Result<qint64> Referrals::addTarget(const consent::Session &owner, const TargetInput &input)
{
    if (auto ok = mustRunTheProgram(owner); !ok)
        return ok.error();
    const QString reason = input.reason.trimmed();
    if (reason.isEmpty())
        return fail(tr("Say why the business would like this introduction: the employee reads the reason before deciding."));
    QString company = input.company.simplified();
    std::optional<qint64> connection = input.sharedConnectionId;
    if (connection) {
        auto row = m_db.exec(QStringLiteral("SELECT n.level, COALESCE(co.name, '') FROM connections n JOIN contacts c ON c.id = n.contact_id "
                                            "LEFT JOIN companies co ON co.id = c.company_id WHERE n.id = :id"),
            {{QStringLiteral(":id"), *connection}}, tr("reading the shared connection"));
        if (!row)
            return row.error();
        if (!row->next() || row->value(0).toString() != QLatin1String("shared"))
            return fail(tr("That connection is not shared with the business (any more), so it cannot be a target. Choose a company instead: "
                           "the team will be asked."));
        if (company.isEmpty())
            company = row->value(1).toString();
    }
    if (company.isEmpty())
        return fail(tr("Name the company the business would like to reach."));
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        // One target per company (or per shared connection): adding it again would restart
        // the cool-down that protects the people already asked about it.
        TargetInput same = input;
        same.company = company;
        auto existing = existingTarget(same);
        if (!existing)
            return existing.error();
        if (*existing)
            return fail(tr("%1 is already a target. Select it on the Referrals page and send a request about it instead.").arg(company));
        auto inserted = m_db.insert(QStringLiteral("INSERT INTO targets (company, normalised, connection_id, kind, reason, created_by, created_on) "
                                                   "VALUES (:c, :n, :conn, :k, :r, :by, :on)"),
            {{QStringLiteral(":c"), company}, {QStringLiteral(":n"), contacts::normaliseCompanyName(company)},
                {QStringLiteral(":conn"), connection ? QVariant(*connection) : nullId()}, {QStringLiteral(":k"), key(input.kind)},
                {QStringLiteral(":r"), reason}, {QStringLiteral(":by"), owner.person().id},
                {QStringLiteral(":on"), m_db.clock().today().toString(Qt::ISODate)}},
            tr("adding a target"));
        if (!inserted)
            return inserted.error();
        id = *inserted;
        auto audited
            = consent::AuditLog(m_db).append(owner.person().id, std::nullopt, QStringLiteral("target-added"), {{QStringLiteral("target"), id}});
        if (!audited)
            return audited.error();
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<std::optional<qint64>> Referrals::existingTarget(const TargetInput &input) const
{
    auto id = input.sharedConnectionId
        ? m_db.scalar(QStringLiteral("SELECT MIN(id) FROM targets WHERE connection_id = :c"), {{QStringLiteral(":c"), *input.sharedConnectionId}},
            tr("checking the targets"))
        : m_db.scalar(QStringLiteral("SELECT MIN(id) FROM targets WHERE connection_id IS NULL AND normalised = :n"),
            {{QStringLiteral(":n"), contacts::normaliseCompanyName(input.company.simplified())}}, tr("checking the targets"));
    if (!id)
        return id.error();
    if (id->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id->toLongLong());
}

Result<std::vector<Target>> Referrals::targets(const consent::Session &owner) const
{
    if (auto ok = mustRunTheProgram(owner); !ok)
        return ok.error();
    // A person target shows its name only while the connection is still shared.
    auto rows = m_db.exec(QStringLiteral("SELECT t.id, t.company, t.normalised, t.connection_id, t.kind, t.reason, t.created_on, "
                                         "CASE WHEN n.level = 'shared' THEN c.display_name ELSE '' END, "
                                         "CASE WHEN n.level = 'shared' THEN p.name ELSE '' END "
                                         "FROM targets t LEFT JOIN connections n ON n.id = t.connection_id "
                                         "LEFT JOIN contacts c ON c.id = n.contact_id LEFT JOIN people p ON p.id = n.employee_id ORDER BY t.id DESC"),
        tr("reading the targets"));
    if (!rows)
        return rows.error();
    std::vector<Target> list;
    while (rows->next()) {
        Target t;
        t.id = rows->value(0).toLongLong();
        t.company = rows->value(1).toString();
        t.normalised = rows->value(2).toString();
        if (!rows->value(3).isNull())
            t.connectionId = rows->value(3).toLongLong();
        t.kind = targetKindFromKey(rows->value(4).toString()).value_or(TargetKind::Customer);
        t.reason = rows->value(5).toString();
        t.createdOn = QDate::fromString(rows->value(6).toString(), Qt::ISODate);
        t.person = rows->value(7).toString();
        t.holder = rows->value(8).toString();
        list.push_back(std::move(t));
    }
    return list;
}

Result<void> Referrals::mayAsk(qint64 employee, const QString &name, qint64 targetId, bool named)
{
    auto check = checkAsk(m_db, employee, targetId);
    if (!check)
        return check.error();
    if (!named)
        return {};
    auto settings = Guardrails(m_db).settings();
    if (!settings)
        return settings.error();
    if (check->atOpenLimit)
        return fail(tr("%1 already has as many open requests as the program allows (%2). Try again when one of them closes.")
                        .arg(name)
                        .arg(settings->openLimit));
    if (check->coolingUntil.isValid())
        return fail(tr("%1 was asked about this target recently and no introduction came of it. The program waits %2 days before asking "
                       "them again: you can send this request from %3.")
                        .arg(name)
                        .arg(settings->cooldownDays)
                        .arg(shortDate(check->coolingUntil)));
    return {};
}

Result<std::vector<qint64>> Referrals::recipientsFor(const Target &target, qint64 owner)
{
    auto rows = m_db.exec(QStringLiteral("SELECT DISTINCT n.employee_id FROM connections n JOIN contacts c ON c.id = n.contact_id "
                                         "JOIN people p ON p.id = n.employee_id JOIN companies co ON co.id = c.company_id WHERE ")
            + QLatin1String(kAskable) + QStringLiteral(" AND ") + QLatin1String(kNotBlocked)
            + QStringLiteral(" AND co.normalised = :n AND p.id <> :owner ORDER BY n.employee_id"),
        {{QStringLiteral(":n"), target.normalised}, {QStringLiteral(":owner"), owner}}, tr("finding who can help"));
    if (!rows)
        return rows.error();
    std::vector<qint64> reachable;
    while (rows->next())
        reachable.push_back(rows->value(0).toLongLong());
    rows->finish();
    if (reachable.empty()) {
        auto blocked = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM connections n JOIN contacts c ON c.id = n.contact_id "
                                                  "JOIN people p ON p.id = n.employee_id JOIN companies co ON co.id = c.company_id WHERE ")
                + QLatin1String(kAskable) + QStringLiteral(" AND co.normalised = :n AND c.pseudonym IN (SELECT token FROM do_not_contact)"),
            {{QStringLiteral(":n"), target.normalised}}, tr("finding who can help"));
        if (!blocked)
            return blocked.error();
        if (blocked->toLongLong() > 0)
            return fail(tr("Everyone the team can reach at %1 asked not to be contacted again (they are on the do-not-contact list), so "
                           "no request was sent. Choose another target.")
                            .arg(target.company));
        return fail(tr("Nobody on the team can reach %1 through a connection they chose to share, so there is nobody to ask. Look for "
                       "another way in on the Discover page, or choose another target.")
                        .arg(target.company));
    }
    std::vector<qint64> free;
    for (qint64 employee : reachable) {
        auto check = checkAsk(m_db, employee, target.id);
        if (!check)
            return check.error();
        if (!check->atOpenLimit && !check->coolingUntil.isValid())
            free.push_back(employee);
    }
    if (free.empty())
        return fail(tr("Everyone who could help with %1 was asked recently, or already has as many open requests as the program allows. "
                       "Nobody was asked: try again in a few weeks.")
                        .arg(target.company));
    return free;
}

// Who a request would go to, or why it cannot be sent. Reads only: request() runs it once
// before its transaction, so that a refusal leaves any outer transaction (the demo's)
// untouched, and once inside it, so that nothing changed in between.
Result<Referrals::Plan> Referrals::plan(const Target &target, qint64 owner)
{
    auto open = m_db.scalar(QStringLiteral("SELECT MIN(created_at) FROM requests WHERE target_id = :t AND stage = 'requested'"),
        {{QStringLiteral(":t"), target.id}}, tr("checking open requests"));
    if (!open)
        return open.error();
    if (!open->isNull())
        return fail(tr("A request about %1 is already open (sent %2). Wait for it to be accepted or to expire.")
                        .arg(target.company, shortDate(storage::timeFromStored(*open))));
    Plan plan;
    if (target.connectionId) {
        auto row = m_db.exec(QStringLiteral("SELECT p.id, p.name, c.pseudonym IN (SELECT token FROM do_not_contact) "
                                            "FROM connections n JOIN contacts c ON c.id = n.contact_id JOIN people p ON p.id = n.employee_id "
                                            "WHERE n.id = :id AND n.level = 'shared' AND p.participating = 1 AND p.status = 'active'"),
            {{QStringLiteral(":id"), *target.connectionId}}, tr("reading the shared connection"));
        if (!row)
            return row.error();
        if (!row->next())
            return fail(tr("This connection is no longer shared with the business, or its employee left the program, so nobody can be "
                           "asked about it. Ask the team about %1 instead.")
                            .arg(target.company));
        if (row->value(2).toBool())
            return fail(tr("%1 asked not to be contacted again (they are on the do-not-contact list). Consentric will not send a request "
                           "that would reach them.")
                            .arg(target.person.isEmpty() ? tr("This person") : target.person));
        plan.named = row->value(0).toLongLong();
        const QString name = row->value(1).toString();
        row->finish();
        if (auto ok = mayAsk(*plan.named, name, target.id, true); !ok)
            return ok.error();
        plan.recipients.push_back(*plan.named);
    } else {
        auto found = recipientsFor(target, owner);
        if (!found)
            return found.error();
        plan.recipients = std::move(*found);
    }
    return plan;
}

Result<qint64> Referrals::request(const consent::Session &owner, qint64 targetId)
{
    if (auto ok = mustRunTheProgram(owner); !ok)
        return ok.error();
    if (auto ok = expire(m_db); !ok)
        return ok.error();
    auto all = targets(owner);
    if (!all)
        return all.error();
    const auto target = std::find_if(all->begin(), all->end(), [&](const Target &t) { return t.id == targetId; });
    if (target == all->end())
        return fail(tr("That target no longer exists. Add it again on the Referrals page."));
    if (auto checked = plan(*target, owner.person().id); !checked)
        return checked.error();
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto planned = plan(*target, owner.person().id);
        if (!planned)
            return planned.error();
        const std::optional<qint64> named = planned->named;
        const std::vector<qint64> &recipients = planned->recipients;
        auto settings = Guardrails(m_db).settings();
        if (!settings)
            return settings.error();
        const QDateTime now = m_db.clock().now();
        auto inserted = m_db.insert(QStringLiteral("INSERT INTO requests (target_id, named_employee_id, created_by, created_at, expires_at) "
                                                   "VALUES (:t, :named, :by, :at, :exp)"),
            {{QStringLiteral(":t"), targetId}, {QStringLiteral(":named"), named ? QVariant(*named) : nullId()},
                {QStringLiteral(":by"), owner.person().id}, {QStringLiteral(":at"), storage::storedTime(now)},
                {QStringLiteral(":exp"), storage::storedTime(now.addDays(settings->expiryDays))}},
            tr("sending the request"));
        if (!inserted)
            return inserted.error();
        id = *inserted;
        for (qint64 employee : recipients) {
            auto asked = m_db.exec(QStringLiteral("INSERT INTO request_recipients (request_id, employee_id) VALUES (:r, :e)"),
                {{QStringLiteral(":r"), id}, {QStringLiteral(":e"), employee}}, tr("sending the request"));
            if (!asked)
                return asked.error();
        }
        auto event = m_db.exec(QStringLiteral("INSERT INTO request_events (request_id, at, stage) VALUES (:r, :at, 'requested')"),
            {{QStringLiteral(":r"), id}, {QStringLiteral(":at"), storage::storedTime(now)}}, tr("sending the request"));
        if (!event)
            return event.error();
        // Ids only, and never who was asked.
        auto audited = consent::AuditLog(m_db).append(
            owner.person().id, named, QStringLiteral("request-sent"), {{QStringLiteral("request"), id}, {QStringLiteral("target"), targetId}});
        if (!audited)
            return audited.error();
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<std::vector<RequestView>> Referrals::requests(const consent::Session &owner)
{
    if (auto ok = mustRunTheProgram(owner); !ok)
        return ok.error();
    if (auto ok = expire(m_db); !ok)
        return ok.error();
    auto rows
        = m_db.exec(QStringLiteral("SELECT q.id, t.id, t.company, CASE WHEN n.level = 'shared' THEN c.display_name ELSE '' END, t.kind, "
                                   "t.reason, q.named_employee_id, COALESCE(np.name, ''), q.stage, COALESCE(ip.name, ''), q.answer, "
                                   "q.created_at, q.expires_at, q.accepted_at, q.introduced_at, q.meeting_on, q.outcome, q.outcome_on, q.closed_at "
                                   "FROM requests q JOIN targets t ON t.id = q.target_id "
                                   "LEFT JOIN connections n ON n.id = t.connection_id LEFT JOIN contacts c ON c.id = n.contact_id "
                                   "LEFT JOIN people np ON np.id = q.named_employee_id LEFT JOIN people ip ON ip.id = q.introducer_id "
                                   "ORDER BY q.created_at DESC, q.id DESC"),
            tr("reading the requests"));
    if (!rows)
        return rows.error();
    std::vector<RequestView> list;
    while (rows->next()) {
        RequestView v;
        v.id = rows->value(0).toLongLong();
        v.targetId = rows->value(1).toLongLong();
        v.company = rows->value(2).toString();
        v.person = rows->value(3).toString();
        v.kind = targetKindFromKey(rows->value(4).toString()).value_or(TargetKind::Customer);
        v.reason = rows->value(5).toString();
        v.wholeTeam = rows->value(6).isNull();
        v.namedEmployee = rows->value(7).toString();
        v.stage = stageFromKey(rows->value(8).toString()).value_or(Stage::Requested);
        v.introducer = rows->value(9).toString();
        v.answer = answerFromKey(rows->value(10).toString());
        v.createdAt = storage::timeFromStored(rows->value(11));
        v.expiresAt = storage::timeFromStored(rows->value(12));
        v.acceptedAt = storage::timeFromStored(rows->value(13));
        v.introducedAt = storage::timeFromStored(rows->value(14));
        v.meetingOn = storage::dateFromStored(rows->value(15));
        v.outcome = outcomeFromKey(rows->value(16).toString());
        v.outcomeOn = storage::dateFromStored(rows->value(17));
        v.closedAt = storage::timeFromStored(rows->value(18));
        list.push_back(std::move(v));
    }
    return list;
}

Result<ReferralCounts> Referrals::counts(const consent::Session &owner, QDate from, QDate to)
{
    if (auto ok = mustRunTheProgram(owner); !ok)
        return ok.error();
    if (auto ok = expire(m_db); !ok)
        return ok.error();
    const storage::Binds range{{QStringLiteral(":from"), from.toString(Qt::ISODate)}, {QStringLiteral(":to"), to.addDays(1).toString(Qt::ISODate)}};
    auto rows = m_db.exec(QStringLiteral("SELECT stage, accepted_at, introduced_at, meeting_on, outcome, created_at FROM requests "
                                         "WHERE created_at >= :from AND created_at < :to"),
        range, tr("counting requests"));
    if (!rows)
        return rows.error();
    ReferralCounts counts;
    std::vector<double> days;
    while (rows->next()) {
        ++counts.requests;
        const auto stage = stageFromKey(rows->value(0).toString()).value_or(Stage::Requested);
        if (stage == Stage::Requested)
            ++counts.open;
        if (stage == Stage::Closed)
            ++counts.closedWithoutIntroduction;
        if (!rows->value(1).isNull())
            ++counts.accepted;
        if (!rows->value(2).isNull()) {
            ++counts.introductions;
            days.push_back(double(storage::timeFromStored(rows->value(5)).secsTo(storage::timeFromStored(rows->value(2)))) / 86400.0);
        }
        if (!rows->value(3).isNull())
            ++counts.meetings;
        if (const auto outcome = outcomeFromKey(rows->value(4).toString())) {
            switch (*outcome) {
            case Outcome::Won: ++counts.won; break;
            case Outcome::Hired: ++counts.hired; break;
            case Outcome::Partnered: ++counts.partnered; break;
            case Outcome::NoResult: ++counts.noResult; break;
            }
        }
    }
    rows->finish();
    if (!days.empty()) {
        std::sort(days.begin(), days.end());
        const std::size_t mid = days.size() / 2;
        counts.medianDaysToIntroduction = days.size() % 2 ? days[mid] : (days[mid - 1] + days[mid]) / 2.0;
    }
    // Raw per-person figures stay inside this function; they leave it suppressed.
    auto people = m_db.exec(QStringLiteral("SELECT r.employee_id, r.status FROM request_recipients r JOIN requests q ON q.id = r.request_id "
                                           "WHERE q.created_at >= :from AND q.created_at < :to"),
        range, tr("counting requests"));
    if (!people)
        return people.error();
    QSet<qint64> asked;
    QSet<qint64> decliners;
    qint64 declines = 0;
    while (people->next()) {
        const qint64 employee = people->value(0).toLongLong();
        if (people->value(1).toString() == QLatin1String("cancelled"))
            continue;
        asked.insert(employee);
        if (people->value(1).toString() == QLatin1String("declined")) {
            ++declines;
            decliners.insert(employee);
        }
    }
    counts.declines = metrics::SuppressedCount::of(declines, decliners.size());
    counts.employeesAsked = metrics::SuppressedCount::ofPeople(asked.size());
    return counts;
}

} // namespace consentric::referrals
