// The rules of a round without a database: whom the pairing puts together (do-not-pair and
// last partners never, as many people as possible, then as many across departments as
// possible, checked against brute force), when the meeting is (the earliest common free
// half hour), and the invitation (RFC 5545, read back by python3-icalendar).
#include "oneonones/Pairing.h"
#include "oneonones/Calendar.h"
#include "oneonones/Schedule.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <set>

using namespace consentric;
using namespace consentric::oneonones;

namespace {

const QDate kRoundDate(2026, 10, 5);

std::vector<Candidate> team(std::initializer_list<const char *> departments)
{
    std::vector<Candidate> people;
    for (const char *department : departments)
        people.push_back({qint64(people.size() + 1), QString::fromLatin1(department), kRoundDate.addYears(-2)});
    return people;
}

using PairSet = std::set<std::pair<qint64, qint64>>;

PairingRules rulesWithout(const PairSet &excluded)
{
    PairingRules rules;
    rules.date = kRoundDate;
    rules.excluded = [excluded](qint64 a, qint64 b) { return excluded.count(std::minmax(a, b)) > 0; };
    return rules;
}

bool together(const std::vector<qint64> &group, qint64 a, qint64 b)
{
    return std::count(group.begin(), group.end(), a) + std::count(group.begin(), group.end(), b) == 2;
}

QString departmentOf(const std::vector<Candidate> &people, qint64 id)
{
    return std::find_if(people.begin(), people.end(), [&](const Candidate &c) { return c.id == id; })->department;
}

// Among all matchings of allowed pairs: the most people paired, and with that, the most
// pairs across departments. Plain recursion over who the first free person meets.
std::pair<int, int> bestByBruteForce(const std::vector<Candidate> &people, const PairSet &excluded)
{
    std::pair<int, int> best{0, 0};
    std::vector<bool> used(people.size(), false);
    std::function<void(size_t, int, int)> walk = [&](size_t from, int paired, int across) {
        while (from < people.size() && used[from])
            ++from;
        if (from >= people.size()) {
            best = std::max(best, {paired, across});
            return;
        }
        used[from] = true;
        walk(from + 1, paired, across); // stays unpaired
        for (size_t j = from + 1; j < people.size(); ++j) {
            if (used[j] || excluded.count(std::minmax(people[from].id, people[j].id)))
                continue;
            used[j] = true;
            walk(from + 1, paired + 2, across + (people[from].department != people[j].department ? 1 : 0));
            used[j] = false;
        }
        used[from] = false;
    };
    walk(0, 0, 0);
    return best;
}

int acrossDepartments(const std::vector<Candidate> &people, const Pairing &pairing)
{
    int across = 0;
    for (const auto &group : pairing.groups)
        if (group.size() == 2 && departmentOf(people, group[0]) != departmentOf(people, group[1]))
            ++across;
    return across;
}

void expectValid(const std::vector<Candidate> &people, const PairSet &excluded, const Pairing &pairing)
{
    std::set<qint64> seen;
    int groupsOfThree = 0;
    for (const auto &group : pairing.groups) {
        ASSERT_GE(group.size(), 2U);
        ASSERT_LE(group.size(), 3U);
        groupsOfThree += group.size() == 3 ? 1 : 0;
        for (size_t i = 0; i < group.size(); ++i) {
            EXPECT_TRUE(seen.insert(group[i]).second) << "person " << group[i] << " is in two meetings";
            for (size_t j = i + 1; j < group.size(); ++j)
                EXPECT_FALSE(excluded.count(std::minmax(group[i], group[j]))) << group[i] << " and " << group[j] << " may not meet";
        }
    }
    for (qint64 id : pairing.unpaired)
        EXPECT_TRUE(seen.insert(id).second);
    EXPECT_EQ(seen.size(), people.size());
    EXPECT_LE(groupsOfThree, 1);
}

} // namespace

TEST(Pairing, HandMadeTeamsGetTheKnownBestShareAcrossDepartments)
{
    // Two from Sales, two from Engineering: both pairs across.
    {
        const auto people = team({"Sales", "Sales", "Engineering", "Engineering"});
        auto pairing = pairUp(people, rulesWithout({}));
        ASSERT_TRUE(pairing.ok());
        expectValid(people, {}, *pairing);
        EXPECT_EQ(acrossDepartments(people, *pairing), 2);
    }
    // Three in Sales, one each in Engineering, Finance and Support: only 1–4 / 2–5 / 3–6
    // style answers put all three pairs across; pairing the three singles among themselves
    // first (the tempting move) leaves two Sales people together.
    {
        const auto people = team({"Sales", "Sales", "Sales", "Engineering", "Finance", "Support"});
        auto pairing = pairUp(people, rulesWithout({}));
        ASSERT_TRUE(pairing.ok());
        expectValid(people, {}, *pairing);
        EXPECT_EQ(acrossDepartments(people, *pairing), 3);
        EXPECT_TRUE(pairing->unpaired.empty());
    }
    // The same team where Sales 1 may not meet Engineering or Finance: 1 must meet Support,
    // and the best is still three pairs across.
    {
        const auto people = team({"Sales", "Sales", "Sales", "Engineering", "Finance", "Support"});
        const PairSet excluded{{1, 4}, {1, 5}};
        auto pairing = pairUp(people, rulesWithout(excluded));
        ASSERT_TRUE(pairing.ok());
        expectValid(people, excluded, *pairing);
        EXPECT_EQ(acrossDepartments(people, *pairing), 3);
        EXPECT_TRUE(std::any_of(pairing->groups.begin(), pairing->groups.end(), [](const auto &g) { return together(g, 1, 6); }));
    }
    // Four in one department and two outside: at most two pairs across; the other pair is
    // inside Sales, and nobody is left out for it.
    {
        const auto people = team({"Sales", "Sales", "Sales", "Sales", "Engineering", "Finance"});
        auto pairing = pairUp(people, rulesWithout({}));
        ASSERT_TRUE(pairing.ok());
        expectValid(people, {}, *pairing);
        EXPECT_EQ(acrossDepartments(people, *pairing), 2);
        EXPECT_EQ(pairing->groups.size(), 3U);
    }
}

TEST(Pairing, AsManyPeopleAsPossibleComeFirstThenAcrossDepartments)
{
    // A path 1–2–3–4 of allowed pairs, 2–3 across departments: pairing 2–3 alone would be the
    // heaviest single pair but leaves 1 and 4 out; two pairs (1–2, 3–4) come first.
    const auto people = team({"Sales", "Engineering", "Sales", "Sales"});
    PairSet excluded{{1, 3}, {1, 4}, {2, 4}};
    auto pairing = pairUp(people, rulesWithout(excluded));
    ASSERT_TRUE(pairing.ok());
    expectValid(people, excluded, *pairing);
    EXPECT_EQ(pairing->groups.size(), 2U);
    EXPECT_TRUE(pairing->unpaired.empty());
}

TEST(Pairing, AnOddNumberMakesOneGroupOfThreeWhoseMembersMayAllMeet)
{
    const auto people = team({"Sales", "Engineering", "Finance", "Support", "Sales"});
    const PairSet excluded{{1, 2}};
    auto pairing = pairUp(people, rulesWithout(excluded));
    ASSERT_TRUE(pairing.ok());
    expectValid(people, excluded, *pairing);
    ASSERT_EQ(pairing->groups.size(), 2U);
    EXPECT_EQ(pairing->groups[0].size() + pairing->groups[1].size(), 5U);
    EXPECT_TRUE(pairing->unpaired.empty());
}

TEST(Pairing, NobodyPairableLeavesEveryoneUnpaired)
{
    const auto people = team({"Sales", "Engineering", "Finance"});
    const PairSet excluded{{1, 2}, {1, 3}, {2, 3}};
    auto pairing = pairUp(people, rulesWithout(excluded));
    ASSERT_TRUE(pairing.ok());
    EXPECT_TRUE(pairing->groups.empty());
    EXPECT_EQ(pairing->unpaired.size(), 3U);
}

TEST(Pairing, NeverMetAndNewcomersWithLongStandingColleaguesArePreferred)
{
    // All in one department, so only the lower tiers decide.
    std::vector<Candidate> people = team({"Sales", "Sales", "Sales", "Sales"});
    PairingRules rules = rulesWithout({});
    // 1–2 and 3–4 met last month; 1–3, 2–4, 1–4, 2–3 never met.
    rules.lastMet = [](qint64 a, qint64 b) -> std::optional<QDate> {
        const std::pair<qint64, qint64> pair = std::minmax(a, b);
        if (pair == std::pair<qint64, qint64>{1, 2} || pair == std::pair<qint64, qint64>{3, 4})
            return kRoundDate.addDays(-30);
        return std::nullopt;
    };
    auto pairing = pairUp(people, rules);
    ASSERT_TRUE(pairing.ok());
    for (const auto &group : pairing->groups) {
        EXPECT_FALSE(together(group, 1, 2));
        EXPECT_FALSE(together(group, 3, 4));
    }
    // Newcomers 1 and 2 (joined a month ago), long-standing 3 and 4: each newcomer meets a long-standing colleague.
    people[0].joinedOn = kRoundDate.addDays(-30);
    people[1].joinedOn = kRoundDate.addDays(-30);
    auto welcomed = pairUp(people, rulesWithout({}));
    ASSERT_TRUE(welcomed.ok());
    for (const auto &group : welcomed->groups)
        EXPECT_FALSE(together(group, 1, 2));
    EXPECT_GT(pairWeight(people[0], people[2], kRoundDate, std::nullopt), pairWeight(people[0], people[1], kRoundDate, std::nullopt));
    // Longest apart is worth more than recently met, never met most.
    EXPECT_GT(pairWeight(people[2], people[3], kRoundDate, kRoundDate.addDays(-300)),
        pairWeight(people[2], people[3], kRoundDate, kRoundDate.addDays(-20)));
    EXPECT_GT(pairWeight(people[2], people[3], kRoundDate, std::nullopt), pairWeight(people[2], people[3], kRoundDate, kRoundDate.addYears(-9)));
}

TEST(Pairing, RandomTeamsOfUpToTwelveMatchBruteForce)
{
    QRandomGenerator random(20261204);
    const QStringList departments{QStringLiteral("Sales"), QStringLiteral("Engineering"), QStringLiteral("Finance"), QStringLiteral("Support")};
    for (int round = 0; round < 1500; ++round) {
        const int size = 2 + int(random.bounded(11));
        std::vector<Candidate> people;
        for (int i = 0; i < size; ++i)
            people.push_back({qint64(100 + i), departments[int(random.bounded(departments.size()))], kRoundDate.addDays(-int(random.bounded(900)))});
        PairSet excluded;
        const int density = int(random.bounded(60));
        for (int i = 0; i < size; ++i)
            for (int j = i + 1; j < size; ++j)
                if (int(random.bounded(100)) < density)
                    excluded.insert({people[size_t(i)].id, people[size_t(j)].id});
        auto pairing = pairUp(people, rulesWithout(excluded));
        ASSERT_TRUE(pairing.ok());
        expectValid(people, excluded, *pairing);
        const auto [bestPaired, bestAcross] = bestByBruteForce(people, excluded);
        // A group of three is a pair with one more.
        const int paired = 2 * int(pairing->groups.size());
        ASSERT_EQ(paired, bestPaired) << "team " << round << " of " << size;
        // With a group of three the extra person's department does not count as a pair.
        ASSERT_EQ(acrossDepartments(people, *pairing)
                + int(std::count_if(pairing->groups.begin(), pairing->groups.end(),
                    [&](const auto &g) { return g.size() == 3 && departmentOf(people, g[0]) != departmentOf(people, g[1]); })),
            bestAcross)
            << "team " << round << " of " << size;
    }
}

// --- When ---------------------------------------------------------------------------------

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

} // namespace

TEST(Schedule, TheEarliestCommonFreeHalfHourInsideEveryonesHours)
{
    const QTimeZone zone = QTimeZone::utc();
    Attendance early;
    early.hours.start = QTime(8, 0);
    early.hours.end = QTime(16, 0);
    Attendance late;
    late.hours.start = QTime(10, 0);
    late.hours.end = QTime(15, 0);
    // Monday 5 October 2026, from midnight: 10:00, the later start.
    EXPECT_EQ(earliestSlot({&early, &late}, utc(2026, 10, 5, 0), zone), utc(2026, 10, 5, 10));
    // Busy 10:00–11:00 (one of them): 11:00.
    late.busy.push_back({utc(2026, 10, 5, 10), utc(2026, 10, 5, 11)});
    EXPECT_EQ(earliestSlot({&early, &late}, utc(2026, 10, 5, 0), zone), utc(2026, 10, 5, 11));
    // From 13:07 the next quarter hour, 13:15.
    EXPECT_EQ(earliestSlot({&early, &late}, utc(2026, 10, 5, 13, 7), zone), utc(2026, 10, 5, 13, 15));
    // After 14:30 nothing fits on Monday (15:00 end): Tuesday 10:00.
    EXPECT_EQ(earliestSlot({&early, &late}, utc(2026, 10, 5, 14, 31), zone), utc(2026, 10, 6, 10));
    // Friday afternoon: the weekend is skipped, Monday 10:00.
    EXPECT_EQ(earliestSlot({&early, &late}, utc(2026, 10, 9, 15), zone), utc(2026, 10, 12, 10));
    // Working days that never meet: none at all.
    Attendance mondays;
    mondays.hours.days = {1};
    Attendance fridays;
    fridays.hours.days = {5};
    EXPECT_FALSE(earliestSlot({&mondays, &fridays}, utc(2026, 10, 5, 0), zone).has_value());
    // Hours that do not overlap: none either.
    Attendance mornings;
    mornings.hours.end = QTime(11, 0);
    Attendance afternoons;
    afternoons.hours.start = QTime(13, 0);
    EXPECT_FALSE(earliestSlot({&mornings, &afternoons}, utc(2026, 10, 5, 0), zone).has_value());
}

TEST(Schedule, WorkingHoursAreReadInTheOrganisationsTimeZoneAcrossAChangeOfClocks)
{
    const QTimeZone berlin("Europe/Berlin");
    ASSERT_TRUE(berlin.isValid());
    Attendance a;
    Attendance b;
    // Summer time: 09:00 in Berlin is 07:00 UTC.
    EXPECT_EQ(earliestSlot({&a, &b}, utc(2026, 10, 23, 0), berlin), utc(2026, 10, 23, 7));
    // Clocks go back on Sunday 25 October: Monday 09:00 is 08:00 UTC.
    EXPECT_EQ(earliestSlot({&a, &b}, utc(2026, 10, 24, 0), berlin), utc(2026, 10, 26, 8));
    const QTimeZone newYork("America/New_York");
    EXPECT_EQ(earliestSlot({&a, &b}, utc(2026, 10, 5, 0), newYork), utc(2026, 10, 5, 13));
}

// --- The invitation -----------------------------------------------------------------------

namespace {

Invitation sampleInvitation()
{
    Invitation invitation;
    invitation.uid = QStringLiteral("0123456789abcdef@consentric");
    invitation.stamp = utc(2026, 10, 5, 9, 30);
    invitation.start = utc(2026, 10, 5, 10);
    invitation.end = utc(2026, 10, 5, 10, 30);
    invitation.summary = QStringLiteral("One-to-one: Zoë Müller-Lüdenscheidt, Sam Rivera and Ana O'Brien");
    invitation.description = QStringLiteral("What does a good week look like in your part of the business; why?\n\nHalf an hour, "
                                            "arranged by the one-to-one program \\ no reason asked, ever. Ünïcödé ✓ and 漢字 to fold "
                                            "across the seventy-five octet limit of RFC 5545 more than once.");
    invitation.organizer = {QStringLiteral("Olive \"The Owner\" Owner"), QStringLiteral("owner@demo.example")};
    invitation.attendees = {{QStringLiteral("Zoë Müller-Lüdenscheidt"), QStringLiteral("zoe.muller@demo.example")},
        {QStringLiteral("Rivera, Sam; Sales"), QStringLiteral("sam.rivera@demo.example")},
        {QStringLiteral("Ana O'Brien"), QStringLiteral("ana.obrien@demo.example")}};
    return invitation;
}

} // namespace

TEST(Calendar, LinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter)
{
    const QByteArray ics = toICalendar(sampleInvitation());
    EXPECT_TRUE(ics.endsWith("END:VCALENDAR\r\n"));
    for (const QByteArray &line : ics.split('\n')) {
        EXPECT_LE(line.size(), 76) << line.toStdString(); // 75 octets and the \r
        if (!line.isEmpty()) {
            EXPECT_TRUE(line.endsWith('\r')) << "a line without CRLF: " << line.toStdString();
        }
    }
    // Unfolding gives back valid UTF-8 with every character whole.
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    EXPECT_TRUE(QString::fromUtf8(unfolded).contains(QStringLiteral("漢字")));
    EXPECT_EQ(escapeText(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    EXPECT_TRUE(ics.contains("METHOD:REQUEST\r\n"));
}

TEST(Calendar, TheInvitationParsesWithPythonsIcalendar)
{
    // Debian's python3-icalendar (./dev installs it) reads the file as a calendar program would.
    const QString python = QStringLiteral("/usr/bin/python3");
    ASSERT_TRUE(QFile::exists(python)) << "python3 is missing: run ./dev test, which installs python3-icalendar";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Invitation invitation = sampleInvitation();
    QFile file(dir.filePath(QStringLiteral("meeting.ics")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(toICalendar(invitation));
    file.close();
    const QString script = QStringLiteral(R"(
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = [c for c in cal.walk() if c.name == 'VEVENT']
e = events[0]
attendees = e.get('ATTENDEE')
if not isinstance(attendees, list): attendees = [attendees]
print(json.dumps({
  'method': str(cal.get('METHOD')), 'version': str(cal.get('VERSION')), 'events': len(events),
  'uid': str(e.get('UID')), 'summary': str(e.get('SUMMARY')), 'description': str(e.get('DESCRIPTION')),
  'start': e.decoded('DTSTART').isoformat(), 'end': e.decoded('DTEND').isoformat(), 'stamp': e.decoded('DTSTAMP').isoformat(),
  'organizer': str(e.get('ORGANIZER')), 'organizer_cn': str(e.get('ORGANIZER').params.get('CN')),
  'attendees': [str(a) for a in attendees], 'names': [str(a.params.get('CN')) for a in attendees]}))
)");
    QProcess p;
    p.start(python, {QStringLiteral("-c"), script, file.fileName()});
    ASSERT_TRUE(p.waitForFinished(30000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString() << "\n(./dev installs python3-icalendar)";
    const QJsonObject read = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    EXPECT_EQ(read.value(QLatin1String("method")).toString(), QStringLiteral("REQUEST"));
    EXPECT_EQ(read.value(QLatin1String("version")).toString(), QStringLiteral("2.0"));
    EXPECT_EQ(read.value(QLatin1String("events")).toInt(), 1);
    EXPECT_EQ(read.value(QLatin1String("uid")).toString(), invitation.uid);
    EXPECT_EQ(read.value(QLatin1String("summary")).toString(), invitation.summary);
    EXPECT_EQ(read.value(QLatin1String("description")).toString(), invitation.description);
    EXPECT_EQ(read.value(QLatin1String("start")).toString(), QStringLiteral("2026-10-05T10:00:00+00:00"));
    EXPECT_EQ(read.value(QLatin1String("end")).toString(), QStringLiteral("2026-10-05T10:30:00+00:00"));
    EXPECT_EQ(read.value(QLatin1String("stamp")).toString(), QStringLiteral("2026-10-05T09:30:00+00:00"));
    EXPECT_EQ(read.value(QLatin1String("organizer")).toString(), QStringLiteral("mailto:owner@demo.example"));
    EXPECT_EQ(read.value(QLatin1String("organizer_cn")).toString(), QStringLiteral("Olive The Owner Owner"));
    const QJsonArray attendees = read.value(QLatin1String("attendees")).toArray();
    const QJsonArray names = read.value(QLatin1String("names")).toArray();
    ASSERT_EQ(attendees.size(), 3);
    ASSERT_EQ(names.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(attendees[i].toString(), QStringLiteral("mailto:") + invitation.attendees[size_t(i)].email);
        EXPECT_EQ(names[i].toString(), invitation.attendees[size_t(i)].name);
    }
}

TEST(Calendar, TheEmailDraftAddressesEveryoneAndCarriesTheTime)
{
    Invitation invitation = sampleInvitation();
    const QUrl url = mailtoDraft(invitation, QStringLiteral("Monday 5 October 2026, 12:00 & later"));
    ASSERT_TRUE(url.isValid());
    EXPECT_EQ(url.scheme(), QStringLiteral("mailto"));
    const QString encoded = QString::fromLatin1(url.toEncoded());
    EXPECT_TRUE(encoded.startsWith(QStringLiteral("mailto:zoe.muller@demo.example,sam.rivera@demo.example,ana.obrien@demo.example?subject=")))
        << encoded.toStdString();
    EXPECT_TRUE(encoded.contains(QStringLiteral("12%3A00%20%26%20later"))) << encoded.toStdString();
    EXPECT_FALSE(encoded.contains(QLatin1Char(' ')));
    EXPECT_EQ(fileNameFor(invitation, QStringLiteral("2026-10-05 1200")),
        QStringLiteral("2026-10-05 1200 Zoë Müller-Lüdenscheidt - Rivera, Sam; Sales - Ana O'Brien.ics"));
}
