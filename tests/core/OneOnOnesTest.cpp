// One-to-ones on both engines: joining, cadence, snooze and the do-not-pair list (kept from
// everyone, the owner included); rounds (who is due, never a do-not-pair or last partner,
// everyone inside their hours and never booked twice, written whole or not at all); marks
// and private notes; the pause after three skips; the owner's silo map and figures.
#include "consent/AuditLog.h"
#include "consent/Erasure.h"
#include "oneonones/Members.h"
#include "oneonones/Overview.h"
#include "oneonones/Rounds.h"
#include "support/StoreTest.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <set>

using namespace consentric;
using namespace consentric::test;
using namespace consentric::oneonones;

namespace {

QString message(const Result<void> &r)
{
    return r ? QString() : r.error().message;
}

} // namespace

class OneOnOnesTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Management"), false, consent::Role::Owner);
    }

    const consent::Session &owner() { return session(m_owner); }
    FixedClock &clock() { return test().clock(); }
    Members members() { return Members(db()); }
    Rounds rounds() { return Rounds(db()); }

    qint64 member(const QString &name, const QString &department, Cadence cadence = Cadence::TwoWeekly, const WorkingHours &hours = {})
    {
        const qint64 id = person(name, department);
        auto joined = members().join(session(id), cadence, hours);
        EXPECT_TRUE(joined.ok()) << message(joined).toStdString();
        return id;
    }

    qint64 count(const QString &table)
    {
        auto n = db().scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table, {}, QStringLiteral("counting"));
        return n ? n->toLongLong() : -1;
    }

    Round started(QDate date)
    {
        auto round = rounds().start(owner(), date);
        EXPECT_TRUE(round.ok()) << (round ? std::string() : round.error().message.toStdString());
        return round ? *round : Round{};
    }

    static bool together(const Round &round, qint64 a, qint64 b)
    {
        for (const Meeting &m : round.meetings) {
            int found = 0;
            for (const MeetingPerson &p : m.people)
                found += (p.id == a || p.id == b) ? 1 : 0;
            if (found == 2)
                return true;
        }
        return false;
    }

    static std::set<qint64> attendees(const Round &round)
    {
        std::set<qint64> ids;
        for (const Meeting &m : round.meetings)
            for (const MeetingPerson &p : m.people)
                ids.insert(p.id);
        return ids;
    }

    qint64 m_owner = 0;
};

TEST_P(OneOnOnesTest, JoiningChangingSnoozingAndLeavingAreTheEmployeesOwn)
{
    const qint64 sam = person(QStringLiteral("Sam Rivera"), QStringLiteral("Sales"));
    auto before = members().of(session(sam));
    ASSERT_TRUE(before.ok());
    EXPECT_FALSE(before->member);

    WorkingHours partTime;
    partTime.days = {1, 2, 3, 4};
    partTime.start = QTime(10, 0);
    partTime.end = QTime(15, 0);
    ASSERT_TRUE(members().join(session(sam), Cadence::Weekly, partTime).ok());
    auto joined = members().of(session(sam));
    ASSERT_TRUE(joined.ok());
    EXPECT_TRUE(joined->member);
    EXPECT_EQ(joined->cadence, Cadence::Weekly);
    EXPECT_EQ(joined->hours, partTime);

    ASSERT_TRUE(members().change(session(sam), Cadence::Monthly, WorkingHours{}).ok());
    EXPECT_EQ(members().of(session(sam))->cadence, Cadence::Monthly);
    EXPECT_EQ(members().of(session(sam))->hours, WorkingHours{});

    // Snooze: after today, within a year.
    EXPECT_FALSE(members().snooze(session(sam), clock().today()).ok());
    EXPECT_FALSE(members().snooze(session(sam), clock().today().addYears(2)).ok());
    ASSERT_TRUE(members().snooze(session(sam), clock().today().addDays(20)).ok());
    EXPECT_EQ(members().of(session(sam))->snoozedUntil, clock().today().addDays(20));
    ASSERT_TRUE(members().snooze(session(sam), QDate()).ok());
    EXPECT_FALSE(members().of(session(sam))->snoozedUntil.isValid());

    ASSERT_TRUE(members().leave(session(sam)).ok());
    EXPECT_FALSE(members().of(session(sam))->member);
    EXPECT_FALSE(members().leave(session(sam)).ok());

    // Bad hours, and the owner, are refused with a sentence.
    WorkingHours backwards;
    backwards.start = QTime(17, 0);
    backwards.end = QTime(9, 0);
    auto refused = members().join(session(sam), Cadence::Weekly, backwards);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("30 minutes")));
    auto ownerRefused = members().join(owner(), Cadence::Weekly);
    ASSERT_FALSE(ownerRefused.ok());
    EXPECT_TRUE(ownerRefused.error().message.contains(QStringLiteral("owner and admins arrange")));
    const qint64 admin = person(QStringLiteral("Ada Admin"), QStringLiteral("Management"), false, consent::Role::Admin);
    EXPECT_FALSE(members().join(session(admin), Cadence::Weekly).ok());

    // The owner reads only "private entry" for these decisions.
    auto log = consent::AuditLog(db()).ownerView(owner());
    ASSERT_TRUE(log.ok());
    for (const auto &entry : *log)
        EXPECT_FALSE(entry.action.startsWith(QStringLiteral("oneonones-"))) << entry.action.toStdString();
}

TEST_P(OneOnOnesTest, TheDoNotPairListIsSeenByNobodyElseAndTheRoundRespectsIt)
{
    const qint64 ana = member(QStringLiteral("Ana Lopez"), QStringLiteral("Sales"));
    const qint64 ben = member(QStringLiteral("Ben Okafor"), QStringLiteral("Engineering"));
    const qint64 cai = member(QStringLiteral("Cai Wong"), QStringLiteral("Finance"));
    const qint64 dee = member(QStringLiteral("Dee Patel"), QStringLiteral("Support"));

    ASSERT_TRUE(members().setDoNotPair(session(ana), {ben, cai}).ok());
    EXPECT_EQ(*members().doNotPair(session(ana)), (std::vector<qint64>{ben, cai}));
    // Ben and Cai see nothing of it; the owner has no call for it at all.
    EXPECT_TRUE(members().doNotPair(session(ben))->empty());
    EXPECT_TRUE(members().doNotPair(session(cai))->empty());
    EXPECT_FALSE(members().setDoNotPair(session(ana), {ana}).ok());

    // What is stored: two random keys and two tokens, no person id, no name.
    EXPECT_EQ(count(QStringLiteral("oneonone_do_not_pair")), 2);
    auto tokens = members().tokens();
    ASSERT_TRUE(tokens.ok());
    // A token is of the unordered pair: it does not say who asked.
    EXPECT_EQ(tokens->count(*members().pairToken(ben, ana)), 1U);
    EXPECT_EQ(tokens->count(*members().pairToken(cai, ana)), 1U);
    EXPECT_EQ(tokens->count(*members().pairToken(ben, cai)), 0U);
    auto raw = db().exec(
        QStringLiteral("SELECT private_list FROM oneonone_members WHERE person_id = :p"), {{QStringLiteral(":p"), ana}}, QStringLiteral("reading"));
    ASSERT_TRUE(raw.ok() && raw->next());
    EXPECT_FALSE(raw->value(0).toByteArray().contains("colleague"));

    // Ana can only meet Dee; Ben and Cai meet each other.
    const Round round = started(clock().today());
    ASSERT_EQ(round.meetings.size(), 2U);
    EXPECT_TRUE(together(round, ana, dee));
    EXPECT_TRUE(together(round, ben, cai));

    // Removing Ben takes his token away, and keeps Cai's.
    ASSERT_TRUE(members().setDoNotPair(session(ana), {cai}).ok());
    EXPECT_EQ(count(QStringLiteral("oneonone_do_not_pair")), 1);
    EXPECT_EQ(members().tokens()->count(*members().pairToken(ana, cai)), 1U);
}

TEST_P(OneOnOnesTest, ARoundPairsEveryoneDueInsideTheirHoursAndNeverTwiceAtOnce)
{
    WorkingHours early;
    early.start = QTime(8, 0);
    early.end = QTime(16, 0);
    WorkingHours partTime;
    partTime.days = {2, 3};
    partTime.start = QTime(10, 0);
    partTime.end = QTime(14, 0);
    std::map<qint64, WorkingHours> hours;
    const QStringList departments{QStringLiteral("Sales"), QStringLiteral("Engineering"), QStringLiteral("Finance"), QStringLiteral("Support")};
    for (int i = 0; i < 9; ++i) {
        const WorkingHours h = i % 3 == 0 ? early : i % 3 == 1 ? partTime : WorkingHours{};
        const qint64 id = member(QStringLiteral("Member %1").arg(QChar(u'A' + i)), departments[i % departments.size()], Cadence::TwoWeekly, h);
        hours[id] = h;
    }
    const Round round = started(clock().today());
    EXPECT_EQ(round.due, 9);
    EXPECT_TRUE(round.noPartner.empty());
    EXPECT_TRUE(round.noTime.empty());
    ASSERT_EQ(round.meetings.size(), 4U); // three pairs and one group of three
    int groupsOfThree = 0;
    std::map<qint64, std::vector<std::pair<QDateTime, QDateTime>>> booked;
    for (const Meeting &m : round.meetings) {
        groupsOfThree += m.people.size() == 3 ? 1 : 0;
        EXPECT_EQ(m.start.secsTo(m.end), 30 * 60);
        EXPECT_GE(m.start, clock().now());
        EXPECT_FALSE(m.prompt.isEmpty());
        EXPECT_TRUE(m.uid.endsWith(QStringLiteral("@consentric")));
        for (const MeetingPerson &p : m.people) {
            const WorkingHours &h = hours[p.id];
            EXPECT_TRUE(h.days.contains(m.start.date().dayOfWeek())) << p.name.toStdString();
            EXPECT_GE(m.start.time(), h.start) << p.name.toStdString();
            EXPECT_LE(m.end.time(), h.end) << p.name.toStdString();
            for (const auto &[s, e] : booked[p.id])
                EXPECT_FALSE(s < m.end && m.start < e) << p.name.toStdString() << " is booked twice at once";
            booked[p.id].push_back({m.start, m.end});
        }
    }
    EXPECT_EQ(groupsOfThree, 1);
    EXPECT_EQ(attendees(round).size(), 9U);
    // Written whole: one round, four meetings, nine attendees.
    EXPECT_EQ(count(QStringLiteral("oneonone_rounds")), 1);
    EXPECT_EQ(count(QStringLiteral("oneonone_meetings")), 4);
    EXPECT_EQ(count(QStringLiteral("oneonone_attendees")), 9);
    auto history = rounds().history(owner());
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1U);
    EXPECT_EQ(history->front().meetings.size(), 4U);
    EXPECT_EQ(history->front().date, clock().today());

    // The invitations: one file per meeting, each naming its people.
    QTemporaryDir dir;
    auto files = rounds().writeInvitations(round, dir.filePath(QStringLiteral("invitations")));
    ASSERT_TRUE(files.ok()) << files.error().message.toStdString();
    EXPECT_EQ(files->size(), 4);
    for (const QString &path : *files) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        EXPECT_TRUE(ics.contains("METHOD:REQUEST"));
        EXPECT_TRUE(ics.contains("ORGANIZER;CN=\"Olive Owner\":mailto:olive.owner@test.example"));
    }
    // An employee may not start a round or read the history.
    const qint64 someone = round.meetings.front().people.front().id;
    EXPECT_FALSE(rounds().start(session(someone), clock().today().addDays(30)).ok());
    EXPECT_FALSE(rounds().history(session(someone)).ok());
    EXPECT_FALSE(Overview(db()).siloMap(session(someone), clock().today(), clock().today()).ok());
}

TEST_P(OneOnOnesTest, CadenceSnoozePauseAndLastPartnersDecideWhoIsDueAndWithWhom)
{
    const qint64 weekly1 = member(QStringLiteral("Wes One"), QStringLiteral("Sales"), Cadence::Weekly);
    const qint64 weekly2 = member(QStringLiteral("Wes Two"), QStringLiteral("Engineering"), Cadence::Weekly);
    const qint64 weekly3 = member(QStringLiteral("Wes Three"), QStringLiteral("Finance"), Cadence::Weekly);
    const qint64 weekly4 = member(QStringLiteral("Wes Four"), QStringLiteral("Support"), Cadence::Weekly);
    const qint64 monthly = member(QStringLiteral("Mo Nthly"), QStringLiteral("Sales"), Cadence::Monthly);
    member(QStringLiteral("Mo Re"), QStringLiteral("Finance"), Cadence::Monthly); // an even first round: pairs only
    const qint64 sleepy = member(QStringLiteral("Snoozy Sue"), QStringLiteral("Engineering"), Cadence::Weekly);
    ASSERT_TRUE(members().snooze(session(sleepy), clock().today().addDays(10)).ok());

    const Round first = started(clock().today());
    EXPECT_EQ(first.due, 6); // Sue is snoozed
    ASSERT_EQ(first.meetings.size(), 3U);
    EXPECT_FALSE(attendees(first).count(sleepy));

    // Six days later nobody weekly is due yet; only… nobody: a clear refusal, nothing written.
    clock().advanceDays(6);
    auto early = rounds().start(owner(), clock().today());
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("a meeting needs two"))) << early.error().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("oneonone_rounds")), 1);

    // A week on: the four weekly members are due (not the monthly one), Sue is still snoozed,
    // and nobody meets their partner of the first round.
    clock().advanceDays(1);
    const Round second = started(clock().today());
    EXPECT_EQ(attendees(second), (std::set<qint64>{weekly1, weekly2, weekly3, weekly4}));
    for (const Meeting &m : first.meetings)
        for (const MeetingPerson &a : m.people)
            for (const MeetingPerson &b : m.people)
                if (a.id != b.id) {
                    EXPECT_FALSE(together(second, a.id, b.id)) << a.name.toStdString() << " met " << b.name.toStdString() << " again";
                }

    // Four weeks after the first: the monthly member is due again; Sue is awake.
    clock().advanceDays(21);
    const Round third = started(clock().today());
    EXPECT_TRUE(attendees(third).count(monthly));
    EXPECT_TRUE(attendees(third).count(sleepy));
}

TEST_P(OneOnOnesTest, BadRoundsAreRefusedWithASentenceAndWriteNothing)
{
    const qint64 ana = member(QStringLiteral("Ana Lopez"), QStringLiteral("Sales"));
    // One member: fewer than two.
    auto alone = rounds().start(owner(), clock().today());
    ASSERT_FALSE(alone.ok());
    EXPECT_TRUE(alone.error().message.contains(QStringLiteral("Fewer than two people are due"))) << alone.error().message.toStdString();

    const qint64 ben = member(QStringLiteral("Ben Okafor"), QStringLiteral("Engineering"));
    // A date in the past.
    auto past = rounds().start(owner(), clock().today().addDays(-1));
    ASSERT_FALSE(past.ok());
    EXPECT_TRUE(past.error().message.contains(QStringLiteral("in the past")));
    EXPECT_FALSE(rounds().start(owner(), QDate()).ok());
    EXPECT_FALSE(rounds().start(owner(), clock().today().addYears(2)).ok());

    // Everyone on someone's do-not-pair list.
    ASSERT_TRUE(members().setDoNotPair(session(ben), {ana}).ok());
    auto excluded = rounds().start(owner(), clock().today());
    ASSERT_FALSE(excluded.ok());
    EXPECT_TRUE(excluded.error().message.contains(QStringLiteral("rule out every pair"))) << excluded.error().message.toStdString();

    // No common hours.
    ASSERT_TRUE(members().setDoNotPair(session(ben), {}).ok());
    WorkingHours mondays;
    mondays.days = {1};
    WorkingHours fridays;
    fridays.days = {5};
    ASSERT_TRUE(members().change(session(ana), Cadence::TwoWeekly, mondays).ok());
    ASSERT_TRUE(members().change(session(ben), Cadence::TwoWeekly, fridays).ok());
    auto never = rounds().start(owner(), clock().today());
    ASSERT_FALSE(never.ok());
    EXPECT_TRUE(never.error().message.contains(QStringLiteral("free half hour"))) << never.error().message.toStdString();

    EXPECT_EQ(count(QStringLiteral("oneonone_rounds")), 0);
    EXPECT_EQ(count(QStringLiteral("oneonone_meetings")), 0);
    EXPECT_EQ(count(QStringLiteral("oneonone_attendees")), 0);
}

TEST_P(OneOnOnesTest, MarksAndNotesAreTheirsAloneAndThreeSkipsPauseKindly)
{
    const qint64 ana = member(QStringLiteral("Ana Lopez"), QStringLiteral("Sales"), Cadence::Weekly);
    const qint64 ben = member(QStringLiteral("Ben Okafor"), QStringLiteral("Engineering"), Cadence::Weekly);
    const qint64 cai = member(QStringLiteral("Cai Wong"), QStringLiteral("Finance"), Cadence::Weekly);
    const qint64 dee = member(QStringLiteral("Dee Patel"), QStringLiteral("Support"), Cadence::Weekly);

    const auto meetingOf = [&](qint64 who) -> MyMeeting {
        auto mine = rounds().mine(session(who));
        EXPECT_TRUE(mine.ok());
        return mine && !mine->empty() ? mine->front() : MyMeeting{};
    };
    const auto skipRound = [&](int week) {
        const Round round = started(clock().today());
        EXPECT_EQ(round.meetings.size(), 2U) << "week " << week;
        clock().advanceDays(1); // the meetings have taken place
        return meetingOf(ana);
    };

    // Week 1: Ana cannot mark before the meeting; afterwards she marks it held, with notes.
    const Round round = started(clock().today());
    auto mine = rounds().mine(session(ana));
    ASSERT_TRUE(mine.ok());
    ASSERT_EQ(mine->size(), 1U);
    auto tooSoon = rounds().mark(session(ana), mine->front().meeting.id, Mark::Held, QString());
    if (mine->front().meeting.start > clock().now()) {
        EXPECT_FALSE(tooSoon.ok());
    }
    clock().advanceDays(1);
    const QString secret = QStringLiteral("Talked about the Lisbon trade fair; Ben is thinking of changing teams.");
    ASSERT_TRUE(rounds().mark(session(ana), mine->front().meeting.id, Mark::Held, secret).ok());
    EXPECT_EQ(meetingOf(ana).notes, secret);
    EXPECT_EQ(meetingOf(ana).mark, Mark::Held);
    // Her partner sees the meeting, not her mark or notes; nobody else can mark it.
    const qint64 partner = std::find_if(mine->front().meeting.people.begin(), mine->front().meeting.people.end(), [&](const MeetingPerson &p) {
        return p.id != ana;
    })->id;
    EXPECT_EQ(meetingOf(partner).mark, Mark::Open);
    EXPECT_TRUE(meetingOf(partner).notes.isEmpty());
    const qint64 stranger = partner == ben ? cai : ben;
    if (!together(round, ana, stranger)) {
        auto foreign = rounds().mark(session(stranger), mine->front().meeting.id, Mark::Skipped, QString());
        ASSERT_FALSE(foreign.ok());
        EXPECT_TRUE(foreign.error().message.contains(QStringLiteral("not one of yours")));
    }
    // In the database the notes are ciphertext.
    auto raw = db().exec(
        QStringLiteral("SELECT notes FROM oneonone_attendees WHERE person_id = :p"), {{QStringLiteral(":p"), ana}}, QStringLiteral("reading"));
    ASSERT_TRUE(raw.ok() && raw->next());
    EXPECT_FALSE(raw->value(0).toByteArray().contains("Lisbon"));

    // Three skips in a row pause her, and she is told so.
    clock().advanceDays(6);
    for (int week = 2; week <= 4; ++week) {
        const MyMeeting latest = skipRound(week);
        auto paused = rounds().mark(session(ana), latest.meeting.id, Mark::Skipped, QString());
        ASSERT_TRUE(paused.ok()) << paused.error().message.toStdString();
        EXPECT_EQ(*paused, week == 4) << "week " << week;
        clock().advanceDays(6);
    }
    EXPECT_TRUE(members().of(session(ana))->paused);
    // A paused member is left out of the next round.
    const Round without = started(clock().today());
    // (Three are due; one of them may have met both others last time, so is left without a partner.)
    std::set<qint64> due = attendees(without);
    for (const MeetingPerson &p : without.noPartner)
        due.insert(p.id);
    EXPECT_EQ(due, (std::set<qint64>{ben, cai, dee}));

    // She stays: back in, and the old skips no longer count.
    ASSERT_TRUE(members().stay(session(ana)).ok());
    EXPECT_FALSE(members().of(session(ana))->paused);
    clock().advanceDays(7);
    const MyMeeting next = skipRound(5);
    auto once = rounds().mark(session(ana), next.meeting.id, Mark::Skipped, QString());
    ASSERT_TRUE(once.ok());
    EXPECT_FALSE(*once);
    EXPECT_FALSE(members().of(session(ana))->paused);
}

TEST_P(OneOnOnesTest, TheSiloMapAndFiguresShowDepartmentsNotPeople)
{
    std::vector<qint64> ids;
    const QStringList departments{QStringLiteral("Sales"), QStringLiteral("Sales"), QStringLiteral("Engineering"), QStringLiteral("Finance"),
        QStringLiteral("Support"), QStringLiteral("Support")};
    for (int i = 0; i < departments.size(); ++i)
        ids.push_back(member(QStringLiteral("Person %1").arg(i + 1), departments[i]));
    person(QStringLiteral("Not In"), QStringLiteral("Sales"));
    const Round round = started(clock().today().addDays(1));
    ASSERT_EQ(round.meetings.size(), 3U);
    for (const Meeting &m : round.meetings)
        EXPECT_TRUE(m.crossDepartment());

    // Before the meetings take place the map is empty; afterwards it shows three meetings.
    auto before = Overview(db()).siloMap(owner(), clock().today(), clock().today().addDays(30));
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->total, 0);
    clock().advanceDays(3);
    auto map = Overview(db()).siloMap(owner(), clock().today().addDays(-3), clock().today().addDays(30));
    ASSERT_TRUE(map.ok());
    EXPECT_EQ(map->total, 3);
    EXPECT_EQ(map->acrossDepartments, 3);
    EXPECT_TRUE(map->departments.contains(QStringLiteral("Management")));
    int cells = 0;
    int nonEmpty = 0;
    for (size_t i = 0; i < map->meetings.size(); ++i) {
        EXPECT_EQ(map->meetings[i][i], 0);
        for (size_t j = 0; j < map->meetings.size(); ++j) {
            EXPECT_EQ(map->meetings[i][j], map->meetings[j][i]);
            cells += i < j ? map->meetings[i][j] : 0;
            nonEmpty += i < j && map->meetings[i][j] > 0 ? 1 : 0;
        }
    }
    EXPECT_EQ(cells, 3);
    EXPECT_EQ(map->pairsMet(), nonEmpty);
    EXPECT_GE(map->pairsMet(), 2); // Sales and Support have two people each: two of the pairs may join the same departments
    EXPECT_EQ(map->pairsPossible(), 10); // five departments

    // Figures: 6 members of a team of 7; the held rate hides until three people have marked.
    const QDate from = clock().today().addDays(-3);
    const QDate to = clock().today().addDays(30);
    auto figures = Overview(db()).figures(owner(), from, to);
    ASSERT_TRUE(figures.ok());
    EXPECT_EQ(figures->team, 7);
    EXPECT_EQ(figures->members.value(), 6);
    EXPECT_EQ(figures->membersPercent, 86);
    EXPECT_EQ(figures->rounds, 1);
    EXPECT_EQ(figures->meetings, 3);
    EXPECT_EQ(figures->acrossDepartments, 3);
    EXPECT_FALSE(figures->heldPercent.has_value());
    std::vector<MyMeeting> theirs;
    for (int i = 0; i < 3; ++i) {
        auto mine = rounds().mine(session(ids[size_t(i)]));
        ASSERT_TRUE(mine.ok());
        ASSERT_TRUE(rounds().mark(session(ids[size_t(i)]), mine->front().meeting.id, i == 0 ? Mark::Skipped : Mark::Held, QString()).ok());
        auto now = Overview(db()).figures(owner(), from, to);
        ASSERT_TRUE(now.ok());
        if (i < 2) {
            EXPECT_TRUE(now->marked.suppressed());
            EXPECT_FALSE(now->heldPercent.has_value()) << "a rate behind " << i + 1 << " people";
        } else {
            EXPECT_EQ(now->marked.value(), 3);
            EXPECT_EQ(now->heldPercent, 67);
        }
    }
    // Fewer than three members: the count is hidden.
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(members().leave(session(ids[size_t(i)])).ok());
    auto few = Overview(db()).figures(owner(), from, to);
    ASSERT_TRUE(few.ok());
    EXPECT_TRUE(few->members.suppressed());
    EXPECT_FALSE(few->membersPercent.has_value());
}

TEST_P(OneOnOnesTest, ErasingYourDataTakesYourNotesListAndMembershipWithIt)
{
    const qint64 ana = member(QStringLiteral("Ana Lopez"), QStringLiteral("Sales"));
    const qint64 ben = member(QStringLiteral("Ben Okafor"), QStringLiteral("Engineering"));
    const qint64 cai = member(QStringLiteral("Cai Wong"), QStringLiteral("Finance"));
    ASSERT_TRUE(members().setDoNotPair(session(ana), {cai}).ok());
    ASSERT_TRUE(members().setDoNotPair(session(cai), {ben}).ok());
    const Round round = started(clock().today());
    ASSERT_EQ(round.meetings.size(), 1U);
    clock().advanceDays(1);
    const MyMeeting mine = rounds().mine(session(ana))->front();
    ASSERT_TRUE(rounds().mark(session(ana), mine.meeting.id, Mark::Held, QStringLiteral("Notes about Ben")).ok());

    ASSERT_TRUE(consent::Erasure(db()).eraseOwnData(session(ana)).ok());
    EXPECT_FALSE(members().of(session(ana))->member);
    EXPECT_EQ(count(QStringLiteral("oneonone_do_not_pair")), 1); // Cai's entry stays
    auto notes = db().scalar(QStringLiteral("SELECT COUNT(*) FROM oneonone_attendees WHERE notes IS NOT NULL"), {}, QStringLiteral("t"));
    ASSERT_TRUE(notes.ok());
    EXPECT_EQ(notes->toInt(), 0);
    EXPECT_TRUE(rounds().mine(session(ana))->front().notes.isEmpty());
}

CONSENTRIC_BOTH_ENGINES(OneOnOnesTest);
