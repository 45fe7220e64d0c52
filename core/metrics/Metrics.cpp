#include "metrics/Metrics.h"

#include "consent/Accounts.h"
#include "oneonones/Overview.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <map>

namespace consentric::metrics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::metrics::Metrics", text);
}

QString monthKey(const QString &stored)
{
    return stored.left(7); // "2026-07" of "2026-07-14" or "2026-07-14T09:00:00Z"
}

QString monthKey(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

storage::Binds rangeBinds(const MonthRange &range)
{
    return {{QStringLiteral(":from"), range.first.toString(Qt::ISODate)}, {QStringLiteral(":to"), range.last.addDays(1).toString(Qt::ISODate)}};
}

} // namespace

Result<QDate> Metrics::programStart() const
{
    auto created = m_db.scalar(QStringLiteral("SELECT MIN(created_on) FROM organisation"), {}, tr("reading the organisation"));
    if (!created)
        return created.error();
    const QDate date = QDate::fromString(created->toString().left(10), Qt::ISODate);
    return date.isValid() ? date : m_db.clock().today();
}

// `sql` selects (when, who) for rows inside :from .. :to; each month counts its rows, and
// the distinct "who" are the people behind the figure.
Result<RangeCount> Metrics::monthly(const MonthRange &range, const QString &sql, const QString &what) const
{
    auto rows = m_db.exec(sql, rangeBinds(range), what);
    if (!rows)
        return rows.error();
    std::map<QString, std::pair<qint64, QSet<QString>>> byMonth;
    while (rows->next()) {
        auto &month = byMonth[monthKey(rows->value(0).toString())];
        ++month.first;
        month.second.insert(rows->value(1).toString());
    }
    std::vector<RangeCount::Month> months;
    for (QDate m : range.months()) {
        const auto found = byMonth.find(monthKey(m));
        if (found == byMonth.end())
            months.push_back({0, 0});
        else
            months.push_back({found->second.first, qint64(found->second.second.size())});
    }
    return RangeCount::of(months);
}

Result<std::vector<ParticipationPoint>> Metrics::participation(const MonthRange &range) const
{
    auto people = m_db.exec(QStringLiteral("SELECT id, joined_on, left_on FROM people WHERE role <> 'owner'"), tr("reading the team"));
    if (!people)
        return people.error();
    struct Member
    {
        QDate joined;
        QDate left;
    };
    QHash<qint64, Member> team;
    while (people->next())
        team.insert(people->value(0).toLongLong(),
            {QDate::fromString(people->value(1).toString().left(10), Qt::ISODate),
                QDate::fromString(people->value(2).toString().left(10), Qt::ISODate)});
    auto ledger = m_db.exec(QStringLiteral("SELECT person_id, at, action FROM consent_ledger WHERE action <> 'acknowledged' ORDER BY id"),
        tr("reading the consent ledger"));
    if (!ledger)
        return ledger.error();
    std::vector<std::tuple<qint64, QString, bool>> changes;
    while (ledger->next())
        changes.emplace_back(ledger->value(0).toLongLong(), ledger->value(1).toString(), ledger->value(2).toString() == QLatin1String("opted-in"));

    const QDate today = m_db.clock().today();
    std::vector<ParticipationPoint> points;
    for (QDate month : range.months()) {
        const QDate end = std::min(month.addMonths(1).addDays(-1), today);
        ParticipationPoint point;
        point.month = month;
        if (end < month) { // a month still to come
            points.push_back(point);
            continue;
        }
        const QString until = end.addDays(1).toString(Qt::ISODate);
        QHash<qint64, bool> in;
        for (const auto &[person, at, joined] : changes) {
            if (at < until)
                in.insert(person, joined);
        }
        qint64 participants = 0;
        for (auto it = team.cbegin(); it != team.cend(); ++it) {
            const bool active = (!it->joined.isValid() || it->joined <= end) && (!it->left.isValid() || it->left > end);
            if (!active)
                continue;
            ++point.team;
            if (in.value(it.key(), false))
                ++participants;
        }
        point.participants = SuppressedCount::ofPeople(participants);
        if (!point.participants.suppressed() && point.team > 0)
            point.rate = 100.0 * double(participants) / double(point.team);
        points.push_back(point);
    }
    return points;
}

Result<LevelDistribution> Metrics::levels() const
{
    auto rows = m_db.exec(QStringLiteral("SELECT n.level, COUNT(*), COUNT(DISTINCT n.employee_id) FROM connections n "
                                         "JOIN people p ON p.id = n.employee_id WHERE p.participating = 1 AND p.status = 'active' "
                                         "GROUP BY n.level"),
        tr("counting sharing levels"));
    if (!rows)
        return rows.error();
    LevelDistribution levels;
    while (rows->next()) {
        const auto count = SuppressedCount::of(rows->value(1).toLongLong(), rows->value(2).toLongLong());
        const QString level = rows->value(0).toString();
        if (level == QLatin1String("private"))
            levels.privateConnections = count;
        else if (level == QLatin1String("discoverable"))
            levels.discoverable = count;
        else if (level == QLatin1String("shared"))
            levels.shared = count;
    }
    return levels;
}

Result<ProgramMetrics> Metrics::compute(const consent::Session &owner, const MonthRange &range) const
{
    if (!owner.runsTheProgram())
        return fail(tr("Only the owner or an admin can read the program's figures. Sign in as the owner."));
    ProgramMetrics m;
    m.range = range;
    auto participation = this->participation(range);
    if (!participation)
        return participation.error();
    m.participation = std::move(*participation);

    struct Monthly
    {
        RangeCount *into;
        const char *sql;
    };
    const Monthly monthlyFigures[] = {
        {&m.optIns, "SELECT at, person_id FROM consent_ledger WHERE action = 'opted-in' AND at >= :from AND at < :to"},
        {&m.optOuts, "SELECT at, person_id FROM consent_ledger WHERE action = 'opted-out' AND at >= :from AND at < :to"},
        {&m.acknowledgements, "SELECT at, person_id FROM consent_ledger WHERE action = 'acknowledged' AND at >= :from AND at < :to"},
        {&m.acceptances,
            "SELECT answered_at, employee_id FROM request_recipients WHERE status = 'accepted' AND answered_at >= :from AND answered_at < :to"},
        {&m.declines,
            "SELECT answered_at, employee_id FROM request_recipients WHERE status = 'declined' AND answered_at >= :from AND answered_at < :to"},
        {&m.introductions, "SELECT introduced_at, introducer_id FROM requests WHERE introduced_at >= :from AND introduced_at < :to"},
        // A concern has no author: each one counts as one person, the most it can be.
        {&m.concernsReported, "SELECT reported_on, id FROM concerns WHERE reported_on >= :from AND reported_on < :to"},
        {&m.concernsResolved, "SELECT status_on, id FROM concerns WHERE status = 'resolved' AND status_on >= :from AND status_on < :to"},
    };
    for (const Monthly &figure : monthlyFigures) {
        auto counted = monthly(range, QString::fromLatin1(figure.sql), tr("counting the program's figures"));
        if (!counted)
            return counted.error();
        *figure.into = std::move(*counted);
    }
    auto levels = this->levels();
    if (!levels)
        return levels.error();
    m.levels = *levels;

    // The owner's own actions: requests sent, meetings and outcomes recorded.
    const auto binds = rangeBinds(range);
    for (const auto &[into, sql] : {std::pair{&m.requests, "SELECT COUNT(*) FROM requests WHERE created_at >= :from AND created_at < :to"},
             std::pair{&m.meetings, "SELECT COUNT(*) FROM requests WHERE meeting_on >= :from AND meeting_on < :to"},
             std::pair{&m.won, "SELECT COUNT(*) FROM requests WHERE outcome = 'won' AND outcome_on >= :from AND outcome_on < :to"},
             std::pair{&m.hired, "SELECT COUNT(*) FROM requests WHERE outcome = 'hired' AND outcome_on >= :from AND outcome_on < :to"},
             std::pair{&m.partnered, "SELECT COUNT(*) FROM requests WHERE outcome = 'partnered' AND outcome_on >= :from AND outcome_on < :to"},
             std::pair{&m.noResult, "SELECT COUNT(*) FROM requests WHERE outcome = 'no-result' AND outcome_on >= :from AND outcome_on < :to"}}) {
        auto value = m_db.scalar(QString::fromLatin1(sql), binds, tr("counting requests"));
        if (!value)
            return value.error();
        *into = value->toLongLong();
    }

    auto introduced = m_db.exec(QStringLiteral("SELECT created_at, introduced_at, introducer_id FROM requests "
                                               "WHERE introduced_at >= :from AND introduced_at < :to"),
        binds, tr("timing introductions"));
    if (!introduced)
        return introduced.error();
    std::vector<double> days;
    QSet<qint64> introducers;
    while (introduced->next()) {
        const QDateTime asked = QDateTime::fromString(introduced->value(0).toString(), Qt::ISODate);
        const QDateTime made = QDateTime::fromString(introduced->value(1).toString(), Qt::ISODate);
        days.push_back(double(asked.secsTo(made)) / 86400.0);
        introducers.insert(introduced->value(2).toLongLong());
    }
    if (qint64(introducers.size()) >= kMinimumGroup && !days.empty()) {
        std::sort(days.begin(), days.end());
        const size_t mid = days.size() / 2;
        m.medianDaysToIntroduction = days.size() % 2 ? days[mid] : (days[mid - 1] + days[mid]) / 2.0;
    }

    Pulse pulse(m_db);
    for (Quarter q = Quarter::of(range.first); q <= Quarter::of(range.last); q = q.next()) {
        auto results = pulse.results(owner, q);
        if (!results)
            return results.error();
        m.pulses.push_back(std::move(*results));
    }

    auto oneOnOnes = oneonones::Overview(m_db).figuresFor(range.first, range.last);
    if (!oneOnOnes)
        return oneOnOnes.error();
    m.oneOnOnes = *oneOnOnes;
    return m;
}

} // namespace consentric::metrics
