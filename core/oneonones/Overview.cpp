#include "oneonones/Overview.h"

#include "storage/Database.h"
#include "storage/StoredTime.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <map>
#include <set>

namespace consentric::oneonones {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::oneonones::Overview", text);
}

Result<void> mustRunTheProgram(const consent::Session &session)
{
    if (!session.runsTheProgram())
        return fail(tr("Only the owner or an admin can see the one-to-one overview. Sign in as the owner."));
    return {};
}

// [from 00:00 UTC, to + 1 day 00:00 UTC) as stored timestamps.
storage::Binds rangeBinds(QDate from, QDate to)
{
    return {{QStringLiteral(":from"), storage::storedTime(QDateTime(from, QTime(0, 0), QTimeZone::utc()))},
        {QStringLiteral(":to"), storage::storedTime(QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()))}};
}

} // namespace

int SiloMap::pairsMet() const
{
    int met = 0;
    for (size_t i = 0; i < meetings.size(); ++i)
        for (size_t j = i + 1; j < meetings.size(); ++j)
            met += meetings[i][j] > 0 ? 1 : 0;
    return met;
}

int SiloMap::pairsPossible() const
{
    const int n = int(departments.size());
    return n * (n - 1) / 2;
}

Result<SiloMap> Overview::siloMap(const consent::Session &owner, QDate from, QDate to) const
{
    if (auto allowed = mustRunTheProgram(owner); !allowed)
        return allowed.error();
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(tr("Choose a period whose end is not before its start."));
    SiloMap map;
    map.from = from;
    map.to = to;
    std::set<QString> names;
    auto departments = m_db.exec(QStringLiteral("SELECT name FROM departments"), tr("reading departments"));
    if (!departments)
        return departments.error();
    while (departments->next())
        names.insert(departments->value(0).toString());

    storage::Binds binds = rangeBinds(from, to);
    const QDateTime now = m_db.clock().now().toUTC();
    binds.push_back({QStringLiteral(":now"), storage::storedTime(now)});
    auto rows = m_db.exec(QStringLiteral("SELECT a.meeting_id, a.department FROM oneonone_attendees a "
                                         "JOIN oneonone_meetings m ON m.id = a.meeting_id "
                                         "WHERE m.starts_at >= :from AND m.starts_at < :to AND m.starts_at <= :now ORDER BY a.meeting_id"),
        binds, tr("reading one-to-ones"));
    if (!rows)
        return rows.error();
    std::map<qint64, std::vector<QString>> byMeeting;
    while (rows->next()) {
        const QString department = rows->value(1).toString().isEmpty() ? tr("No department") : rows->value(1).toString();
        names.insert(department);
        byMeeting[rows->value(0).toLongLong()].push_back(department);
    }
    for (const QString &name : names)
        map.departments << name;
    map.departments.sort(Qt::CaseInsensitive);
    const auto n = size_t(map.departments.size());
    map.meetings.assign(n, std::vector<int>(n, 0));
    for (const auto &[meeting, people] : byMeeting) {
        ++map.total;
        bool across = false;
        std::set<std::pair<qsizetype, qsizetype>> cells;
        for (size_t i = 0; i < people.size(); ++i) {
            for (size_t j = i + 1; j < people.size(); ++j) {
                const qsizetype a = map.departments.indexOf(people[i]);
                const qsizetype b = map.departments.indexOf(people[j]);
                cells.insert(std::minmax(a, b));
                across = across || a != b;
            }
        }
        for (const auto &[a, b] : cells) {
            ++map.meetings[size_t(a)][size_t(b)];
            if (a != b)
                ++map.meetings[size_t(b)][size_t(a)];
        }
        map.acrossDepartments += across ? 1 : 0;
    }
    return map;
}

Result<Figures> Overview::figures(const consent::Session &owner, QDate from, QDate to) const
{
    if (auto allowed = mustRunTheProgram(owner); !allowed)
        return allowed.error();
    return figuresFor(from, to);
}

Result<Figures> Overview::figuresFor(QDate from, QDate to) const
{
    Figures figures;
    auto team = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE status = 'active' AND role = 'employee'"), {}, tr("reading the team"));
    if (!team)
        return team.error();
    figures.team = team->toLongLong();
    auto members = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM oneonone_members o JOIN people p ON p.id = o.person_id "
                                              "WHERE o.active = 1 AND p.status = 'active' AND p.role = 'employee'"),
        {}, tr("reading the one-to-one members"));
    if (!members)
        return members.error();
    figures.members = metrics::SuppressedCount::ofPeople(members->toLongLong());
    if (figures.members.value() && figures.team > 0)
        figures.membersPercent = int(qRound64(100.0 * double(*figures.members.value()) / double(figures.team)));

    auto rounds = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM oneonone_rounds WHERE round_on >= :f AND round_on <= :t"),
        {{QStringLiteral(":f"), from.toString(Qt::ISODate)}, {QStringLiteral(":t"), to.toString(Qt::ISODate)}}, tr("reading rounds"));
    if (!rounds)
        return rounds.error();
    figures.rounds = rounds->toInt();

    const storage::Binds range = rangeBinds(from, to);
    auto meetings = m_db.exec(QStringLiteral("SELECT m.id, COUNT(DISTINCT a.department) FROM oneonone_meetings m "
                                             "JOIN oneonone_attendees a ON a.meeting_id = m.id "
                                             "WHERE m.starts_at >= :from AND m.starts_at < :to GROUP BY m.id"),
        range, tr("reading one-to-ones"));
    if (!meetings)
        return meetings.error();
    while (meetings->next()) {
        ++figures.meetings;
        figures.acrossDepartments += meetings->value(1).toInt() > 1 ? 1 : 0;
    }
    // Marks are counted month by month (the month of the meeting, UTC), and a month in which
    // fewer than three people marked a meeting adds nothing: so no two ranges can be
    // subtracted to learn how one or two people marked theirs.
    auto marks = m_db.exec(QStringLiteral("SELECT m.starts_at, a.person_id, a.mark FROM oneonone_attendees a "
                                          "JOIN oneonone_meetings m ON m.id = a.meeting_id "
                                          "WHERE a.mark <> 'open' AND m.starts_at >= :from AND m.starts_at < :to"),
        range, tr("reading one-to-ones"));
    if (!marks)
        return marks.error();
    struct Month
    {
        std::set<qint64> people;
        qint64 held = 0;
        qint64 skipped = 0;
    };
    std::map<QString, Month> months;
    while (marks->next()) {
        Month &month = months[marks->value(0).toString().left(7)];
        month.people.insert(marks->value(1).toLongLong());
        (marks->value(2).toString() == QLatin1String("held") ? month.held : month.skipped) += 1;
    }
    std::set<qint64> people;
    qint64 held = 0;
    qint64 skipped = 0;
    for (const auto &[key, month] : months) {
        if (qint64(month.people.size()) < metrics::kMinimumGroup) {
            ++figures.monthsLeftOut;
            continue;
        }
        people.insert(month.people.begin(), month.people.end());
        held += month.held;
        skipped += month.skipped;
    }
    figures.marked = metrics::SuppressedCount::ofPeople(qint64(people.size()));
    if (!figures.marked.suppressed() && held + skipped > 0)
        figures.heldPercent = int(qRound64(100.0 * double(held) / double(held + skipped)));
    return figures;
}

} // namespace consentric::oneonones
