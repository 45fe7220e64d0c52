#include "demo/DemoOneOnOnes.h"

#include "demo/DemoCompany.h"
#include "demo/DemoReferrals.h"
#include "demo/Random.h"
#include "oneonones/Members.h"
#include "oneonones/Rounds.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

namespace consentric::demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::demo", text);
}

using oneonones::Cadence;
using oneonones::WorkingHours;

// The one-to-ones start in the history's last quarter: people join from the launch on, the
// lists are made a week before the round, and the round is on a Monday.
const QDate kLaunch(2026, 7, 1);
const QDate kListsMade(2026, 9, 7);
const QDate kRoundDate(2026, 9, 14);
constexpr int kShareInPercent = 75;

// What people write for themselves after a one-to-one; only they can read it.
const char *const kNotes[] = {
    "Ask about their supplier list for the shop project.",
    "Good talk. They could use our templates for their proposals.",
    "Follow up in October about the trade fair.",
    "Learnt how invoicing really works. Much simpler than I thought.",
    "We both want a shared glossary for customer terms.",
    "Send them the slides from the training session.",
    "Rescheduled twice; in the end we only had fifteen minutes.",
    "They asked about remote days in our team.",
};

struct Member
{
    qint64 id = 0;
    Cadence cadence = Cadence::TwoWeekly;
    WorkingHours hours;
    QDateTime planned; // when they mean to join (once they have an account)
};

// Patterns over the members in their shuffled order, so that even the small demo has the
// whole mix: of every twenty, thirteen two-weekly, four weekly and three every four weeks;
// thirteen work 09:00–17:00 on weekdays, four 08:00–16:00, two Monday to Thursday and one
// 10:00–15:00.
const char kCadences[] = "WTMTTWTTMTWTTMTWTTTT";
const char kHours[] = "SESSPSQSESSSESSPSSES";

Cadence cadenceAt(size_t position)
{
    switch (kCadences[position % (std::size(kCadences) - 1)]) {
    case 'W': return Cadence::Weekly;
    case 'M': return Cadence::Monthly;
    default: return Cadence::TwoWeekly;
    }
}

WorkingHours hoursAt(size_t position)
{
    WorkingHours hours; // Monday to Friday, 09:00–17:00
    switch (kHours[position % (std::size(kHours) - 1)]) {
    case 'E':
        hours.start = QTime(8, 0);
        hours.end = QTime(16, 0);
        break;
    case 'P': hours.days = {1, 2, 3, 4}; break;
    case 'Q':
        hours.start = QTime(10, 0);
        hours.end = QTime(15, 0);
        break;
    default: break;
    }
    return hours;
}

// The members, chosen from the seed: three quarters of the employees (rounded), Sam Rivera
// always (every two weeks, office hours) and Jo Chen never.
std::vector<Member> chooseMembers(quint64 seed, const std::vector<DemoEmployee> &employees)
{
    const QString sam = QStringLiteral("sam.rivera@") + kDemoDomain;
    const QString jo = QStringLiteral("jo.chen@") + kDemoDomain;
    std::vector<qint64> others;
    std::vector<Member> members;
    for (const DemoEmployee &e : employees) {
        if (e.email == sam)
            members.push_back({e.id, Cadence::TwoWeekly, WorkingHours{}, {}});
        else if (e.email != jo)
            others.push_back(e.id);
    }
    // A Fisher–Yates shuffle on the demo's own generator: the same seed, the same members.
    Random shuffle = Random::derive(seed, 9100);
    for (size_t i = others.size(); i > 1; --i)
        std::swap(others[i - 1], others[size_t(shuffle.below(i))]);
    const size_t wanted = (employees.size() * kShareInPercent + 50) / 100;
    for (size_t i = 0; members.size() < wanted && i < others.size(); ++i)
        members.push_back({others[i], cadenceAt(i), hoursAt(i), {}});
    for (Member &m : members) {
        Random r = Random::derive(seed, 20'000 + quint64(m.id));
        m.planned = QDateTime(kLaunch.addDays(r.between(0, 62)), QTime(r.between(7, 15), r.between(0, 59)), Qt::UTC);
    }
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) { return a.id < b.id; });
    return members;
}

// Joins on the planned day, or on the first day after it that they have an account.
void scheduleJoin(ReferralHistory &history, storage::Database &db, const Member &member, const QDateTime &at, const QDateTime &end)
{
    history.schedule(at, [&history, &db, member, at, end]() -> Result<void> {
        const consent::Session *session = history.session(member.id);
        if (!session) {
            if (at.addDays(1) < end)
                scheduleJoin(history, db, member, at.addDays(1), end);
            return {};
        }
        return oneonones::Members(db).join(*session, member.cadence, member.hours);
    });
}

struct Joined
{
    qint64 id;
    QString department;
};

// Two members each put one colleague from another department on their list (where the
// pairing would otherwise most like to put them together): the company's only two entries.
Result<void> makeLists(ReferralHistory &history, storage::Database &db, quint64 seed, qint64 samId)
{
    auto rows = db.exec(QStringLiteral("SELECT o.person_id, COALESCE(d.name, '') FROM oneonone_members o JOIN people p ON p.id = o.person_id "
                                       "LEFT JOIN departments d ON d.id = p.department_id WHERE o.active = 1 ORDER BY o.person_id"),
        tr("reading the one-to-one members"));
    if (!rows)
        return rows.error();
    std::vector<Joined> joined;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        if (id != samId && history.session(id))
            joined.push_back({id, rows->value(1).toString()});
    }
    if (joined.size() < 4)
        return fail(tr("The demo's do-not-pair lists need at least four one-to-one members besides Sam Rivera; there are %1.").arg(joined.size()));
    Random r = Random::derive(seed, 9300);
    std::vector<std::pair<qint64, qint64>> entries;
    while (entries.size() < 2) {
        const Joined &asker = joined[size_t(r.below(joined.size()))];
        std::vector<qint64> elsewhere;
        for (const Joined &j : joined)
            if (j.id != asker.id && j.department != asker.department)
                elsewhere.push_back(j.id);
        if (elsewhere.empty())
            for (const Joined &j : joined)
                if (j.id != asker.id)
                    elsewhere.push_back(j.id);
        const qint64 colleague = elsewhere[size_t(r.below(elsewhere.size()))];
        const bool taken = std::any_of(entries.begin(), entries.end(),
            [&](const auto &e) { return e.first == asker.id || std::minmax(e.first, e.second) == std::minmax(asker.id, colleague); });
        if (!taken)
            entries.push_back({asker.id, colleague});
    }
    for (const auto &[asker, colleague] : entries) {
        if (auto listed = oneonones::Members(db).setDoNotPair(*history.session(asker), {colleague}); !listed)
            return listed;
    }
    return {};
}

// Each attendee marks their meeting within three days of it: of every ten meetings one was
// skipped, and in one of sixteen nobody marks anything; now and then someone forgets, and
// about a third write themselves a note.
void scheduleMarks(ReferralHistory &history, storage::Database &db, quint64 seed, const oneonones::Round &round, const QDateTime &end)
{
    for (size_t k = 0; k < round.meetings.size(); ++k) {
        const oneonones::Meeting &meeting = round.meetings[k];
        if (k % 16 == 9)
            continue;
        const oneonones::Mark mark = k % 10 == 2 ? oneonones::Mark::Skipped : oneonones::Mark::Held;
        Random r = Random::derive(seed, 30'000 + quint64(k));
        for (size_t p = 0; p < meeting.people.size(); ++p) {
            if ((k * 3 + p) % 11 == 4)
                continue;
            const QDateTime at = std::min(meeting.end.addSecs(r.between(0, 3 * 86400)), end);
            const QString notes = (k + p) % 3 == 0 ? QString::fromUtf8(kNotes[r.below(std::size(kNotes))]) : QString();
            const qint64 meetingId = meeting.id;
            const qint64 personId = meeting.people[p].id;
            history.schedule(at, [&history, &db, meetingId, personId, mark, notes]() -> Result<void> {
                const consent::Session *session = history.session(personId);
                if (!session)
                    return fail(tr("The demo lost the account of a one-to-one attendee."));
                auto marked = oneonones::Rounds(db).mark(*session, meetingId, mark, notes);
                if (!marked)
                    return marked.error();
                return {};
            });
        }
    }
}

Result<void> startRound(ReferralHistory &history, storage::Database &db, quint64 seed, const QDateTime &end)
{
    const consent::Session *owner = history.owner();
    if (!owner)
        return fail(tr("The demo's owner must exist before a one-to-one round is started."));
    auto round = oneonones::Rounds(db).start(*owner, kRoundDate);
    if (!round)
        return round.error();
    scheduleMarks(history, db, seed, *round, end);
    return {};
}

} // namespace

void planOneOnOnes(ReferralHistory &history, storage::Database &db, quint64 seed, const std::vector<DemoEmployee> &employees, QDate to)
{
    const QDateTime end(to, QTime(16, 0), Qt::UTC);
    qint64 samId = 0;
    for (const DemoEmployee &e : employees)
        if (e.email == QStringLiteral("sam.rivera@") + kDemoDomain)
            samId = e.id;
    for (const Member &member : chooseMembers(seed, employees))
        scheduleJoin(history, db, member, member.planned, end);
    history.schedule(QDateTime(kListsMade, QTime(10, 0), Qt::UTC), [&history, &db, seed, samId] { return makeLists(history, db, seed, samId); });
    // 07:30 in London on the round's day: the date is today, not in the past.
    history.schedule(QDateTime(kRoundDate, QTime(6, 30), Qt::UTC), [&history, &db, seed, end] { return startRound(history, db, seed, end); });
}

} // namespace consentric::demo
