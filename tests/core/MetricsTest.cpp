// The program's figures: quarters and whole-month ranges, month-by-month suppression that
// no subtraction of two ranges can undo, hand-computed figures over a small history (the
// one-to-ones' too), and the anonymous quarterly pulse.
#include "ReferralFixture.h"

#include "metrics/Metrics.h"
#include "metrics/Period.h"
#include "metrics/Pulse.h"
#include "oneonones/Members.h"
#include "oneonones/Rounds.h"

#include <QRegularExpression>
#include <QSet>

using namespace consentric;
using namespace consentric::test;
using consent::Level;
using metrics::MonthRange;
using metrics::Quarter;
using metrics::RangeCount;

namespace {

QDateTime at(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

using PerMonth = std::vector<std::optional<qint64>>;
constexpr std::nullopt_t hidden = std::nullopt;

// No figure that counts what employees did may show a number behind fewer than three.
void expectNothingUnderThree(const metrics::ProgramMetrics &m)
{
    const std::pair<const char *, const RangeCount *> counts[]
        = {{"opt-ins", &m.optIns}, {"opt-outs", &m.optOuts}, {"acceptances", &m.acceptances}, {"declines", &m.declines},
            {"introductions", &m.introductions}, {"concerns reported", &m.concernsReported}, {"concerns resolved", &m.concernsResolved}};
    for (const auto &[name, count] : counts) {
        qint64 sum = 0;
        for (const auto &month : count->perMonth()) {
            if (month) {
                EXPECT_GE(*month, metrics::kMinimumGroup) << name;
                sum += *month;
            }
        }
        EXPECT_EQ(sum, count->shownTotal()) << name;
        EXPECT_EQ(count->perMonth().size(), m.range.months().size()) << name;
    }
    for (const auto &point : m.participation) {
        if (point.participants.value()) {
            EXPECT_GE(*point.participants.value(), metrics::kMinimumGroup);
        } else {
            EXPECT_FALSE(point.rate.has_value());
        }
    }
    for (const auto &level : {m.levels.privateConnections, m.levels.discoverable, m.levels.shared}) {
        if (level.value()) {
            EXPECT_GE(*level.value(), metrics::kMinimumGroup);
        }
    }
    for (const auto &pulse : m.pulses) {
        if (pulse.answers.value()) {
            EXPECT_GE(*pulse.answers.value(), metrics::kMinimumGroup);
        }
    }
}

} // namespace

// --- Quarters and month ranges ----------------------------------------------------------

TEST(QuarterTest, ParsesAndFormatsQuarters)
{
    auto q3 = Quarter::parse(QStringLiteral("2026-Q3"));
    ASSERT_TRUE(q3);
    EXPECT_EQ(q3->year, 2026);
    EXPECT_EQ(q3->number, 3);
    EXPECT_EQ(q3->toString(), QStringLiteral("2026-Q3"));
    EXPECT_EQ(Quarter::parse(QStringLiteral("2026-q3")), q3);
    EXPECT_EQ(Quarter::parse(QStringLiteral(" 2026-Q3 ")), q3);
    for (const char *bad : {"2026-Q5", "2026-Q0", "26-Q1", "2026Q1", "2026-Q", "Q1-2026", "2026-Q12", "20260-Q1", ""})
        EXPECT_FALSE(Quarter::parse(QString::fromLatin1(bad))) << bad;
    EXPECT_EQ((Quarter{2027, 1}).toString(), QStringLiteral("2027-Q1"));
}

TEST(QuarterTest, KnowsItsFirstAndLastDayAndItsNeighbours)
{
    const Quarter q3{2026, 3};
    EXPECT_EQ(q3.first(), QDate(2026, 7, 1));
    EXPECT_EQ(q3.last(), QDate(2026, 9, 30));
    EXPECT_EQ((Quarter{2026, 1}).last(), QDate(2026, 3, 31));
    EXPECT_EQ((Quarter{2026, 2}).last(), QDate(2026, 6, 30));
    EXPECT_EQ((Quarter{2026, 4}).first(), QDate(2026, 10, 1));
    EXPECT_EQ((Quarter{2026, 4}).last(), QDate(2026, 12, 31));
    EXPECT_EQ(q3.next(), (Quarter{2026, 4}));
    EXPECT_EQ(q3.previous(), (Quarter{2026, 2}));
    EXPECT_EQ((Quarter{2026, 4}).next(), (Quarter{2027, 1}));
    EXPECT_EQ((Quarter{2026, 1}).previous(), (Quarter{2025, 4}));
    EXPECT_EQ(Quarter::of(QDate(2026, 1, 1)), (Quarter{2026, 1}));
    EXPECT_EQ(Quarter::of(QDate(2026, 3, 31)), (Quarter{2026, 1}));
    EXPECT_EQ(Quarter::of(QDate(2026, 4, 1)), (Quarter{2026, 2}));
    EXPECT_EQ(Quarter::of(QDate(2026, 8, 15)), q3);
    EXPECT_EQ(Quarter::of(QDate(2026, 12, 31)), (Quarter{2026, 4}));
    EXPECT_LT((Quarter{2025, 4}), (Quarter{2026, 1}));
    EXPECT_LT((Quarter{2026, 1}), (Quarter{2026, 2}));
    EXPECT_TRUE(q3.isValid());
    EXPECT_FALSE((Quarter{2026, 5}).isValid());
    EXPECT_FALSE(Quarter{}.isValid());
}

TEST(MonthRangeTest, SnapsAnyDatesToWholeMonths)
{
    const MonthRange range = MonthRange::snap(QDate(2026, 1, 15), QDate(2026, 3, 2));
    EXPECT_EQ(range.first, QDate(2026, 1, 1));
    EXPECT_EQ(range.last, QDate(2026, 3, 31));
    EXPECT_EQ(MonthRange::snap(QDate(2026, 3, 2), QDate(2026, 1, 15)), range); // the wrong way round
    EXPECT_EQ(range.months(), (std::vector<QDate>{QDate(2026, 1, 1), QDate(2026, 2, 1), QDate(2026, 3, 1)}));
    EXPECT_TRUE(range.contains(QDate(2026, 1, 1)));
    EXPECT_TRUE(range.contains(QDate(2026, 3, 31)));
    EXPECT_FALSE(range.contains(QDate(2026, 4, 1)));
    EXPECT_FALSE(range.contains(QDate(2025, 12, 31)));

    const MonthRange leap = MonthRange::snap(QDate(2024, 2, 10), QDate(2024, 2, 10));
    EXPECT_EQ(leap.first, QDate(2024, 2, 1));
    EXPECT_EQ(leap.last, QDate(2024, 2, 29));
    EXPECT_EQ(leap.months().size(), 1U);

    const MonthRange overNewYear = MonthRange::snap(QDate(2025, 11, 20), QDate(2026, 2, 10));
    EXPECT_EQ(overNewYear.first, QDate(2025, 11, 1));
    EXPECT_EQ(overNewYear.last, QDate(2026, 2, 28));
    EXPECT_EQ(overNewYear.months().size(), 4U);

    EXPECT_EQ(MonthRange::of(Quarter{2026, 3}), (MonthRange{QDate(2026, 7, 1), QDate(2026, 9, 30)}));
    EXPECT_EQ(MonthRange::snap(QDate(2026, 1, 1), QDate(2026, 12, 31)).months().size(), 12U);
}

TEST(RangeCountTest, AMonthShowsOnlyWithThreePeopleBehindIt)
{
    const RangeCount some = RangeCount::of({{5, 4}, {2, 2}, {0, 0}});
    EXPECT_EQ(some.perMonth(), (PerMonth{5, hidden, hidden}));
    EXPECT_EQ(some.shownTotal(), 5);
    EXPECT_EQ(some.hiddenMonths(), 2);
    EXPECT_FALSE(some.complete());
    EXPECT_EQ(some.toString(), QStringLiteral("at least 5"));

    const RangeCount none = RangeCount::of({{2, 2}, {1, 1}, {0, 0}});
    EXPECT_EQ(none.perMonth(), (PerMonth{hidden, hidden, hidden}));
    EXPECT_EQ(none.shownTotal(), 0);
    EXPECT_EQ(none.hiddenMonths(), 3);
    EXPECT_EQ(none.toString(), QStringLiteral("fewer than 3 a month"));

    const RangeCount all = RangeCount::of({{3, 3}, {4, 3}});
    EXPECT_EQ(all.perMonth(), (PerMonth{3, 4}));
    EXPECT_EQ(all.shownTotal(), 7);
    EXPECT_EQ(all.hiddenMonths(), 0);
    EXPECT_TRUE(all.complete());
    EXPECT_EQ(all.toString(), QStringLiteral("7"));

    // Many rows by two people are still two people.
    EXPECT_EQ(RangeCount::of({{40, 2}}).perMonth(), (PerMonth{hidden}));
}

// --- Figures over real data ---------------------------------------------------------------

class MetricsTest : public ReferralFixture
{
protected:
    Result<metrics::ProgramMetrics> compute(const MonthRange &range) { return metrics::Metrics(db()).compute(ownerSession(), range); }
    metrics::ProgramMetrics figures(const MonthRange &range)
    {
        auto m = compute(range);
        EXPECT_TRUE(m.ok()) << (m ? std::string() : m.message().toStdString());
        return m ? *m : metrics::ProgramMetrics{};
    }
    // Connections at `company`, at `level`.
    QList<qint64> holds(qint64 employee, const QString &company, Level level, int count = 1)
    {
        const QList<qint64> ids = connections(employee, count, company);
        if (level != Level::Private)
            share(employee, ids, level);
        return ids;
    }
    void introduce(qint64 employee, qint64 request)
    {
        auto accepted = accept(employee, request);
        ASSERT_TRUE(accepted.ok()) << accepted.message().toStdString();
        auto marked = referrals::Inbox(db()).markIntroduced(session(employee), request);
        ASSERT_TRUE(marked.ok()) << marked.message().toStdString();
    }
    void declines(std::initializer_list<qint64> employees, qint64 request)
    {
        for (qint64 e : employees) {
            auto done = decline(e, request);
            ASSERT_TRUE(done.ok()) << done.message().toStdString();
        }
    }
};
CONSENTRIC_BOTH_ENGINES(MetricsTest);

// The test: January has declines by two people, February and March by three or
// more. No pair of ranges, however the owner picks the days, gives back January's two.
TEST_P(MetricsTest, SubtractingTwoRangesNeverRevealsAHiddenMonth)
{
    clock().set(at(2025, 12, 1));
    std::vector<qint64> team;
    for (const char *name : {"Ana Lima", "Bo Lund", "Cy Park", "Di Roy"})
        team.push_back(person(QString::fromLatin1(name), QStringLiteral("Sales")));
    const qint64 ana = team[0], bo = team[1], cy = team[2], di = team[3];
    clock().set(at(2026, 1, 5));
    for (qint64 e : team) {
        join(e);
        for (const char *company : {"Janco", "Febco", "Marco"})
            holds(e, QString::fromLatin1(company), Level::Discoverable);
    }

    clock().set(at(2026, 1, 6));
    const qint64 january = sent(target(QStringLiteral("Janco")));
    clock().set(at(2026, 1, 8));
    declines({ana, bo}, january); // Cy and Di let it expire on 20 January
    clock().set(at(2026, 2, 3));
    const qint64 february = sent(target(QStringLiteral("Febco")));
    clock().set(at(2026, 2, 5));
    declines({ana, bo, cy}, february);
    clock().set(at(2026, 3, 3));
    const qint64 march = sent(target(QStringLiteral("Marco")));
    clock().set(at(2026, 3, 5));
    declines({ana, bo, cy, di}, march);
    clock().set(at(2026, 4, 10));

    // The data really holds January's two: a leak would have something to leak.
    const qint64 rawJanuary = db().scalar(QStringLiteral("SELECT COUNT(*) FROM request_recipients WHERE status = 'declined' "
                                                         "AND answered_at >= '2026-01-01' AND answered_at < '2026-02-01'"),
                                      {}, QStringLiteral("t"))
                                  ->toLongLong();
    ASSERT_EQ(rawJanuary, 2);

    const auto janMar = figures(MonthRange::snap(QDate(2026, 1, 1), QDate(2026, 3, 31)));
    const auto febMar = figures(MonthRange::snap(QDate(2026, 2, 1), QDate(2026, 3, 31)));
    EXPECT_EQ(janMar.declines.perMonth(), (PerMonth{hidden, 3, 4}));
    EXPECT_EQ(febMar.declines.perMonth(), (PerMonth{3, 4}));
    EXPECT_FALSE(janMar.declines.perMonth().front().has_value());
    EXPECT_EQ(janMar.declines.shownTotal(), 7);
    EXPECT_EQ(janMar.declines.toString(), QStringLiteral("at least 7"));
    EXPECT_EQ(febMar.declines.toString(), QStringLiteral("7"));
    const qint64 difference = janMar.declines.shownTotal() - febMar.declines.shownTotal();
    EXPECT_EQ(difference, 0);
    EXPECT_NE(difference, rawJanuary);

    // Days picked by hand are widened to whole months: 20 January and 1 February, or 8 and
    // 9 January (the declines were on the 8th), give the same figures as whole months.
    const MonthRange from20January = MonthRange::snap(QDate(2026, 1, 20), QDate(2026, 3, 31));
    const MonthRange from1February = MonthRange::snap(QDate(2026, 2, 1), QDate(2026, 3, 31));
    EXPECT_EQ(from20January, janMar.range);
    EXPECT_EQ(from1February, febMar.range);
    const auto byDay = figures(from20January);
    const auto byDayLater = figures(from1February);
    EXPECT_EQ(byDay.declines.perMonth(), janMar.declines.perMonth());
    EXPECT_EQ(byDay.declines.shownTotal() - byDayLater.declines.shownTotal(), 0);
    const auto from8January = figures(MonthRange::snap(QDate(2026, 1, 8), QDate(2026, 3, 31)));
    const auto from9January = figures(MonthRange::snap(QDate(2026, 1, 9), QDate(2026, 3, 31)));
    EXPECT_EQ(from8January.declines.shownTotal() - from9January.declines.shownTotal(), 0);
    // January alone says only "fewer than 3".
    const auto janOnly = figures(MonthRange::snap(QDate(2026, 1, 8), QDate(2026, 1, 8)));
    EXPECT_EQ(janOnly.declines.perMonth(), (PerMonth{hidden}));
    EXPECT_EQ(janOnly.declines.shownTotal(), 0);
    EXPECT_EQ(janOnly.declines.toString(), QStringLiteral("fewer than 3 a month"));

    for (const auto *m : {&janMar, &febMar, &byDay, &byDayLater, &from8January, &from9January, &janOnly})
        expectNothingUnderThree(*m);
    // The four joined in January: shown. The requests are the owner's own, counted as they are.
    EXPECT_EQ(janMar.optIns.perMonth(), (PerMonth{4, hidden, hidden}));
    EXPECT_EQ(janMar.requests, 3);
    EXPECT_EQ(febMar.requests, 2);
}

// A small history, every figure worked out by hand:
//  2025-12-01  Ana, Bo, Cy, Di join the team (the owner is never counted in the team).
//  2026-01-10  Ana, Bo, Cy join the program; connections shared (below).
//  2026-01-12  requests about Alpha (Ana's) and Beta (Bo's); 01-14 about Gamma (Cy's).
//  2026-01-13  Ana introduces Alpha: 1 day after the request.
//  2026-01-15  Bo introduces Beta: 3 days after.
//  2026-01-16 21:00  Cy introduces Gamma: 2.5 days after.
//  2026-01-20  the owner records a meeting about Alpha.
//  2026-02-10  Cy leaves the program.
//  2026-02-12  request about Delta (Ana's); 02-16 Ana introduces it: 4 days after.
//  2026-02-20  the owner records Alpha as won.
//  2026-03-05  Di leaves the organisation.
//  2026-03-10  Cy joins the program again.
// Counted on 2026-04-10.
TEST_P(MetricsTest, FiguresOverASmallHistoryMatchTheHandCount)
{
    clock().set(at(2025, 12, 1));
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"));
    const qint64 cy = person(QStringLiteral("Cy Park"), QStringLiteral("Sales"));
    const qint64 di = person(QStringLiteral("Di Roy"), QStringLiteral("Sales"));

    clock().set(at(2026, 1, 10));
    for (qint64 e : {ana, bo, cy})
        join(e);
    // Levels, now, of participating employees:
    //   private:      Ana 2, Bo 1, Cy 1      -> 4 connections, 3 people: shown
    //   discoverable: Ana 2, Bo 1, Cy 1      -> 4 connections, 3 people: shown
    //   shared:       Ana 1, Bo 1            -> 2 people: hidden
    // Di's 3 discoverable ones do not count: Di never took part (and left).
    holds(ana, QStringLiteral("Quiet Co"), Level::Private, 2);
    holds(bo, QStringLiteral("Quiet Co"), Level::Private);
    holds(cy, QStringLiteral("Quiet Co"), Level::Private);
    holds(ana, QStringLiteral("Alpha"), Level::Discoverable);
    holds(ana, QStringLiteral("Delta"), Level::Discoverable);
    holds(bo, QStringLiteral("Beta"), Level::Discoverable);
    holds(cy, QStringLiteral("Gamma"), Level::Discoverable);
    holds(ana, QStringLiteral("Sharedco"), Level::Shared);
    holds(bo, QStringLiteral("Sharedco"), Level::Shared);
    holds(di, QStringLiteral("Epsilon"), Level::Discoverable, 3);

    clock().set(at(2026, 1, 12));
    const qint64 alpha = sent(target(QStringLiteral("Alpha")));
    const qint64 beta = sent(target(QStringLiteral("Beta")));
    clock().set(at(2026, 1, 13));
    introduce(ana, alpha);
    clock().set(at(2026, 1, 14));
    const qint64 gamma = sent(target(QStringLiteral("Gamma")));
    clock().set(at(2026, 1, 15));
    introduce(bo, beta);
    clock().set(at(2026, 1, 16, 21));
    introduce(cy, gamma);
    clock().set(at(2026, 1, 20));
    ASSERT_TRUE(referrals::Pipeline(db()).recordMeeting(ownerSession(), alpha, QDate(2026, 1, 20)).ok());
    clock().set(at(2026, 2, 10));
    leave(cy);
    clock().set(at(2026, 2, 12));
    const qint64 delta = sent(target(QStringLiteral("Delta")));
    clock().set(at(2026, 2, 16));
    introduce(ana, delta);
    clock().set(at(2026, 2, 20));
    ASSERT_TRUE(referrals::Pipeline(db()).recordOutcome(ownerSession(), alpha, referrals::Outcome::Won, QDate(2026, 2, 20)).ok());
    clock().set(at(2026, 3, 5));
    ASSERT_TRUE(people().setStatus(di, consent::Status::Left).ok());
    clock().set(at(2026, 3, 10));
    join(cy);
    clock().set(at(2026, 4, 10));

    const auto m = figures(MonthRange::snap(QDate(2026, 1, 1), QDate(2026, 3, 31)));
    expectNothingUnderThree(m);

    // Participation at each month's end. January: team 4, in 3 -> 75 %. February: Cy left
    // the program, 2 in -> hidden. March: Di left the team (3), Cy is back -> 3 of 3, 100 %.
    ASSERT_EQ(m.participation.size(), 3U);
    EXPECT_EQ(m.participation[0].month, QDate(2026, 1, 1));
    EXPECT_EQ(m.participation[0].team, 4);
    EXPECT_EQ(m.participation[0].participants.value(), 3);
    ASSERT_TRUE(m.participation[0].rate);
    EXPECT_DOUBLE_EQ(*m.participation[0].rate, 75.0);
    EXPECT_EQ(m.participation[1].team, 4);
    EXPECT_TRUE(m.participation[1].participants.suppressed());
    EXPECT_FALSE(m.participation[1].rate);
    EXPECT_EQ(m.participation[2].team, 3);
    EXPECT_EQ(m.participation[2].participants.value(), 3);
    ASSERT_TRUE(m.participation[2].rate);
    EXPECT_DOUBLE_EQ(*m.participation[2].rate, 100.0);

    // Opt-ins: January 3 by 3 people; February none; March Cy alone -> hidden.
    EXPECT_EQ(m.optIns.perMonth(), (PerMonth{3, hidden, hidden}));
    EXPECT_EQ(m.optIns.shownTotal(), 3);
    EXPECT_EQ(m.optIns.toString(), QStringLiteral("at least 3"));
    // Opt-outs: February Cy alone -> hidden; nothing shown.
    EXPECT_EQ(m.optOuts.perMonth(), (PerMonth{hidden, hidden, hidden}));
    EXPECT_EQ(m.optOuts.toString(), QStringLiteral("fewer than 3 a month"));

    // The owner's own: 4 requests (3 in January, 1 in February), a meeting, a win.
    EXPECT_EQ(m.requests, 4);
    EXPECT_EQ(m.meetings, 1);
    EXPECT_EQ(m.won, 1);
    EXPECT_EQ(m.hired, 0);
    EXPECT_EQ(m.noResult, 0);

    // Acceptances and introductions: January 3 by Ana, Bo, Cy; February 1 by Ana -> hidden.
    EXPECT_EQ(m.acceptances.perMonth(), (PerMonth{3, hidden, hidden}));
    EXPECT_EQ(m.introductions.perMonth(), (PerMonth{3, hidden, hidden}));
    EXPECT_EQ(m.introductions.shownTotal(), 3);
    EXPECT_EQ(m.declines.perMonth(), (PerMonth{hidden, hidden, hidden}));

    // Days to introduction: 1, 3, 2.5, 4 by three introducers -> sorted 1, 2.5, 3, 4 ->
    // median (2.5 + 3) / 2 = 2.75.
    ASSERT_TRUE(m.medianDaysToIntroduction);
    EXPECT_DOUBLE_EQ(*m.medianDaysToIntroduction, 2.75);

    EXPECT_EQ(m.levels.privateConnections.value(), 4);
    EXPECT_EQ(m.levels.discoverable.value(), 4);
    EXPECT_TRUE(m.levels.shared.suppressed());

    // January alone: 1, 3, 2.5 -> median 2.5; no win yet.
    const auto january = figures(MonthRange::snap(QDate(2026, 1, 1), QDate(2026, 1, 31)));
    ASSERT_TRUE(january.medianDaysToIntroduction);
    EXPECT_DOUBLE_EQ(*january.medianDaysToIntroduction, 2.5);
    EXPECT_EQ(january.requests, 3);
    EXPECT_EQ(january.meetings, 1);
    EXPECT_EQ(january.won, 0);

    // February and March: one introduction by one employee -> no median.
    const auto later = figures(MonthRange::snap(QDate(2026, 2, 1), QDate(2026, 3, 31)));
    expectNothingUnderThree(later);
    EXPECT_FALSE(later.medianDaysToIntroduction);
    EXPECT_EQ(later.introductions.perMonth(), (PerMonth{hidden, hidden}));
    EXPECT_EQ(later.requests, 1);
    EXPECT_EQ(later.meetings, 0);
    EXPECT_EQ(later.won, 1);

    // One pulse result per quarter the range touches.
    ASSERT_EQ(m.pulses.size(), 1U);
    EXPECT_EQ(m.pulses[0].quarter, (Quarter{2026, 1}));
    EXPECT_EQ(figures(MonthRange::snap(QDate(2026, 3, 1), QDate(2026, 7, 1))).pulses.size(), 3U);
}

TEST_P(MetricsTest, AMonthStillToComeCountsNothing)
{
    clock().set(at(2026, 1, 10));
    for (const char *name : {"Ana Lima", "Bo Lund", "Cy Park"})
        person(QString::fromLatin1(name), QStringLiteral("Sales"), true);
    clock().set(at(2026, 2, 15));
    const auto m = figures(MonthRange::snap(QDate(2026, 1, 1), QDate(2026, 3, 31)));
    ASSERT_EQ(m.participation.size(), 3U);
    EXPECT_EQ(m.participation[0].participants.value(), 3);
    EXPECT_EQ(m.participation[1].participants.value(), 3); // counted today
    EXPECT_EQ(m.participation[2].team, 0); // March has not happened
    EXPECT_TRUE(m.participation[2].participants.suppressed());
    EXPECT_FALSE(m.participation[2].rate);
}

TEST_P(MetricsTest, OnlyTheOwnerReadsTheFigures)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    auto refused = metrics::Metrics(db()).compute(session(ana), MonthRange::snap(QDate(2026, 1, 1), QDate(2026, 3, 31)));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("owner"))) << refused.message().toStdString();
}

TEST_P(MetricsTest, TheProgramStartsWhenTheOrganisationWasMade)
{
    EXPECT_EQ(*metrics::Metrics(db()).programStart(), clock().today()); // no organisation yet
    clock().set(at(2025, 6, 3));
    ASSERT_TRUE(people().createOrganisation(QStringLiteral("Harbor Lane")).ok());
    clock().set(at(2026, 4, 10));
    EXPECT_EQ(*metrics::Metrics(db()).programStart(), QDate(2025, 6, 3));
}

// Issue 8: the one-to-ones' figures over a small history. Ana (Sales) will not be paired
// with Di (Engineering), so January's round pairs across departments and February's, with
// last round's partners ruled out, within them.
TEST_P(MetricsTest, OneOnOneFiguresMatchTheHandCountAndHideTheHeldRateUnderThree)
{
    clock().set(at(2026, 1, 5));
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"));
    const qint64 cy = person(QStringLiteral("Cy Park"), QStringLiteral("Engineering"));
    const qint64 di = person(QStringLiteral("Di Roy"), QStringLiteral("Engineering"));
    person(QStringLiteral("Ed Ward"), QStringLiteral("Design")); // never joins
    const MonthRange january = MonthRange::snap(QDate(2026, 1, 1), QDate(2026, 1, 31));
    const MonthRange february = MonthRange::snap(QDate(2026, 2, 1), QDate(2026, 2, 28));
    const MonthRange both = MonthRange::snap(QDate(2026, 1, 1), QDate(2026, 2, 28));

    oneonones::Members members(db());
    for (qint64 id : {ana, bo})
        ASSERT_TRUE(members.join(session(id), oneonones::Cadence::TwoWeekly).ok());
    auto f = figures(january).oneOnOnes;
    EXPECT_EQ(f.team, 5);
    EXPECT_TRUE(f.members.suppressed()) << "two members are fewer than 3";
    EXPECT_FALSE(f.membersPercent);
    for (qint64 id : {cy, di})
        ASSERT_TRUE(members.join(session(id), oneonones::Cadence::TwoWeekly).ok());
    ASSERT_TRUE(members.setDoNotPair(session(ana), {di}).ok());
    f = figures(january).oneOnOnes;
    EXPECT_EQ(f.members.value(), 4);
    EXPECT_EQ(f.membersPercent, 80);
    EXPECT_EQ(f.rounds, 0);
    EXPECT_EQ(f.meetings, 0);

    oneonones::Rounds rounds(db());
    const auto meetingOf = [&](qint64 person) -> qint64 {
        auto mine = rounds.mine(session(person));
        EXPECT_TRUE(mine.ok() && !mine->empty());
        return mine && !mine->empty() ? mine->front().meeting.id : 0;
    };
    const auto mark = [&](qint64 person, oneonones::Mark m) {
        auto marked = rounds.mark(session(person), meetingOf(person), m, QString());
        ASSERT_TRUE(marked.ok()) << marked.message().toStdString();
    };
    clock().set(at(2026, 1, 12, 7));
    auto first = rounds.start(ownerSession(), QDate(2026, 1, 12));
    ASSERT_TRUE(first.ok()) << first.message().toStdString();
    ASSERT_EQ(first->meetings.size(), 2U);
    clock().set(at(2026, 1, 12, 12));
    mark(ana, oneonones::Mark::Held);
    mark(cy, oneonones::Mark::Held);
    f = figures(january).oneOnOnes;
    EXPECT_EQ(f.rounds, 1);
    EXPECT_EQ(f.meetings, 2);
    EXPECT_EQ(f.acrossDepartments, 2); // Ana with Cy, Bo with Di
    EXPECT_TRUE(f.marked.suppressed());
    EXPECT_FALSE(f.heldPercent) << "two people marked: the rate would tell the owner what each of them said";
    mark(bo, oneonones::Mark::Skipped);
    f = figures(january).oneOnOnes;
    EXPECT_EQ(f.marked.value(), 3);
    EXPECT_EQ(f.heldPercent, 67); // 2 held of 3 marks

    clock().set(at(2026, 2, 9, 7));
    auto second = rounds.start(ownerSession(), QDate(2026, 2, 9));
    ASSERT_TRUE(second.ok()) << second.message().toStdString();
    ASSERT_EQ(second->meetings.size(), 2U);
    clock().set(at(2026, 2, 10));
    mark(ana, oneonones::Mark::Held); // with Bo now
    mark(bo, oneonones::Mark::Held);
    f = figures(february).oneOnOnes;
    EXPECT_EQ(f.rounds, 1);
    EXPECT_EQ(f.meetings, 2);
    EXPECT_EQ(f.acrossDepartments, 0); // Ana with Bo, Cy with Di
    EXPECT_TRUE(f.marked.suppressed());
    EXPECT_FALSE(f.heldPercent);
    EXPECT_EQ(f.monthsLeftOut, 1);
    // Both months: February's two marks add nothing, or subtracting January (2 held of 3)
    // from January–February (4 of 5) would tell that Ana and Bo both marked theirs held.
    f = figures(both).oneOnOnes;
    EXPECT_EQ(f.rounds, 2);
    EXPECT_EQ(f.meetings, 4);
    EXPECT_EQ(f.acrossDepartments, 2);
    EXPECT_EQ(f.marked.value(), 3); // Ana, Bo and Cy, in January
    EXPECT_EQ(f.heldPercent, 67); // January's 2 held of 3 marks
    EXPECT_EQ(f.monthsLeftOut, 1);
    // Once a third person marks in February, February counts: 4 held of 6 marks.
    mark(cy, oneonones::Mark::Skipped);
    f = figures(february).oneOnOnes;
    EXPECT_EQ(f.marked.value(), 3);
    EXPECT_EQ(f.heldPercent, 67); // 2 held of 3
    f = figures(both).oneOnOnes;
    EXPECT_EQ(f.marked.value(), 3);
    EXPECT_EQ(f.heldPercent, 67); // 4 held of 6
    EXPECT_EQ(f.monthsLeftOut, 0);
    EXPECT_EQ(figures(MonthRange::snap(QDate(2026, 3, 1), QDate(2026, 3, 31))).oneOnOnes.meetings, 0);
}

// --- The pulse ----------------------------------------------------------------------------

class PulseTest : public ReferralFixture
{
protected:
    metrics::Pulse pulse() { return metrics::Pulse(db()); }
    static metrics::PulseAnswer answer(int comfort, int pressure, int satisfaction, const QString &comment = {})
    {
        return {comfort, pressure, satisfaction, comment};
    }
    void answers(const std::vector<metrics::PulseAnswer> &list)
    {
        for (const auto &a : list) {
            ++m_made;
            // Participants and others alike answer the pulse.
            const qint64 id = person(QStringLiteral("Person %1").arg(m_made), QStringLiteral("Sales"), m_made % 2 == 0);
            auto done = pulse().answer(session(id), a);
            ASSERT_TRUE(done.ok()) << done.message().toStdString();
        }
    }
    QStringList column(const QString &sql)
    {
        auto rows = db().exec(sql, QStringLiteral("t"));
        EXPECT_TRUE(rows.ok()) << (rows ? std::string() : rows.message().toStdString());
        QStringList list;
        if (rows) {
            while (rows->next())
                list << rows->value(0).toString();
        }
        return list;
    }
    QStringList columnsOf(const QString &table)
    {
        QStringList names;
        if (db().engine() == storage::Engine::Sqlite) {
            auto rows = db().exec(QStringLiteral("PRAGMA table_info(%1)").arg(table), QStringLiteral("t"));
            EXPECT_TRUE(rows.ok());
            while (rows && rows->next())
                names << rows->value(1).toString(); // cid, name, type, ...
        } else {
            names = column(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_name = '%1'").arg(table));
        }
        EXPECT_FALSE(names.isEmpty()) << table.toStdString();
        names.sort();
        return names;
    }

private:
    int m_made = 0;
};
CONSENTRIC_BOTH_ENGINES(PulseTest);

TEST_P(PulseTest, TheTeamAnswersOnceAQuarterOnAScaleOfOneToFive)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales")); // not taking part: still asked
    EXPECT_EQ(pulse().openQuarter(), (Quarter{2026, 4})); // the clock starts on 2026-10-05

    auto owner = pulse().answer(ownerSession(), answer(5, 1, 5));
    ASSERT_FALSE(owner.ok());
    EXPECT_TRUE(owner.message().contains(QStringLiteral("owner"))) << owner.message().toStdString();
    for (const auto &bad : {answer(0, 3, 3), answer(3, 6, 3), answer(3, 3, -1), answer(3, 3, 0)})
        EXPECT_FALSE(pulse().answer(session(ana), bad).ok());
    EXPECT_FALSE(pulse().answer(session(ana), answer(3, 3, 3, QString(metrics::kLongestPulseComment + 1, QLatin1Char('x')))).ok());
    EXPECT_FALSE(*pulse().hasAnswered(session(ana)));
    EXPECT_TRUE(column(QStringLiteral("SELECT answer_key FROM pulse_answers")).isEmpty());

    ASSERT_TRUE(pulse().answer(session(ana), answer(4, 2, 5, QStringLiteral("Fine"))).ok());
    EXPECT_TRUE(*pulse().hasAnswered(session(ana)));
    auto second = pulse().answer(session(ana), answer(1, 5, 1));
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.message().contains(QStringLiteral("2026-Q4"))) << second.message().toStdString();
    ASSERT_TRUE(pulse().answer(session(bo), answer(3, 3, 3)).ok());
    EXPECT_EQ(column(QStringLiteral("SELECT quarter FROM pulse_answers")).size(), 2);

    // The next quarter opens a new pulse.
    clock().set(at(2027, 1, 4));
    EXPECT_FALSE(*pulse().hasAnswered(session(ana)));
    ASSERT_TRUE(pulse().answer(session(ana), answer(5, 1, 5)).ok());
    EXPECT_EQ(column(QStringLiteral("SELECT quarter FROM pulse_answers WHERE quarter = '2027-Q1'")).size(), 1);
}

TEST_P(PulseTest, TwoAnswersShowNothingButHowFew)
{
    answers({answer(4, 1, 5, QStringLiteral("Fine by me")), answer(5, 2, 4, QStringLiteral("Good"))});
    auto results = pulse().results(ownerSession(), Quarter{2026, 4});
    ASSERT_TRUE(results.ok()) << results.message().toStdString();
    EXPECT_EQ(results->quarter, (Quarter{2026, 4}));
    EXPECT_TRUE(results->answers.suppressed());
    EXPECT_FALSE(results->comfort);
    EXPECT_FALSE(results->pressure);
    EXPECT_FALSE(results->satisfaction);
    EXPECT_FALSE(results->comfortSpread);
    EXPECT_FALSE(results->pressureSpread);
    EXPECT_FALSE(results->satisfactionSpread);
    auto comments = pulse().comments(ownerSession(), Quarter{2026, 4});
    ASSERT_TRUE(comments.ok());
    EXPECT_TRUE(comments->isEmpty());
}

TEST_P(PulseTest, ThreeAnswersShowExactAveragesSpreadsAndSortedComments)
{
    // 2026-Q3: one answer, by someone who answered in the summer.
    clock().set(at(2026, 8, 1));
    answers({answer(2, 2, 2, QStringLiteral("apple pie"))});
    clock().set(at(2026, 10, 5));
    // comfort 4, 5, 3 -> 12 / 3 = 4.0; pressure 1, 2, 2 -> 5 / 3; satisfaction 5, 4, 4 -> 13 / 3.
    answers({answer(4, 1, 5, QStringLiteral("zebra crossings are safer")), answer(5, 2, 4, QStringLiteral("  ")),
        answer(3, 2, 4, QStringLiteral("Mango"))});

    auto results = pulse().results(ownerSession(), Quarter{2026, 4});
    ASSERT_TRUE(results.ok()) << results.message().toStdString();
    EXPECT_EQ(results->answers.value(), 3);
    ASSERT_TRUE(results->comfort && results->pressure && results->satisfaction);
    EXPECT_DOUBLE_EQ(*results->comfort, 4.0);
    EXPECT_DOUBLE_EQ(*results->pressure, 5.0 / 3.0);
    EXPECT_DOUBLE_EQ(*results->satisfaction, 13.0 / 3.0);
    ASSERT_TRUE(results->comfortSpread && results->pressureSpread && results->satisfactionSpread);
    EXPECT_EQ(*results->comfortSpread, (std::array<qint64, 5>{0, 0, 1, 1, 1}));
    EXPECT_EQ(*results->pressureSpread, (std::array<qint64, 5>{1, 2, 0, 0, 0}));
    EXPECT_EQ(*results->satisfactionSpread, (std::array<qint64, 5>{0, 0, 0, 2, 1}));

    // Comments in alphabetical order, whatever the case; the blank one is no comment.
    auto comments = pulse().comments(ownerSession(), Quarter{2026, 4});
    ASSERT_TRUE(comments.ok());
    EXPECT_EQ(*comments, (QStringList{QStringLiteral("Mango"), QStringLiteral("zebra crossings are safer")}));
    // 2026-Q3 has one answer: nothing of it shows.
    EXPECT_TRUE(pulse().results(ownerSession(), Quarter{2026, 3})->answers.suppressed());
    EXPECT_TRUE(pulse().comments(ownerSession(), Quarter{2026, 3})->isEmpty());
    // A quarter with no answers at all.
    EXPECT_TRUE(pulse().results(ownerSession(), Quarter{2025, 1})->answers.suppressed());
}

TEST_P(PulseTest, CommentsOfManyAnswersComeInAlphabeticalOrder)
{
    answers({answer(3, 3, 3, QStringLiteral("delta")), answer(3, 3, 3, QStringLiteral("Bravo")), answer(3, 3, 3, QStringLiteral("echo")),
        answer(3, 3, 3, QStringLiteral("alpha")), answer(3, 3, 3, QStringLiteral("Charlie"))});
    auto comments = pulse().comments(ownerSession(), Quarter{2026, 4});
    ASSERT_TRUE(comments.ok());
    EXPECT_EQ(*comments,
        (QStringList{QStringLiteral("alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie"), QStringLiteral("delta"), QStringLiteral("echo")}));
}

TEST_P(PulseTest, AnAnswerKeepsNoPersonNoTimeAndNoOrderOfWriting)
{
    EXPECT_EQ(columnsOf(QStringLiteral("pulse_answers")),
        (QStringList{QStringLiteral("answer_key"), QStringLiteral("comfort"), QStringLiteral("comment"), QStringLiteral("pressure"),
            QStringLiteral("quarter"), QStringLiteral("satisfaction")}));
    // Who answered is a separate set, without any time.
    EXPECT_EQ(columnsOf(QStringLiteral("pulse_answered")), (QStringList{QStringLiteral("person_id"), QStringLiteral("quarter")}));

    answers({answer(1, 1, 1, QStringLiteral("first")), answer(2, 2, 2, QStringLiteral("second")), answer(3, 3, 3, QStringLiteral("third")),
        answer(4, 4, 4, QStringLiteral("fourth")), answer(5, 5, 5, QStringLiteral("fifth")), answer(1, 2, 3, QStringLiteral("sixth")),
        answer(3, 2, 1, QStringLiteral("seventh"))});
    const QStringList keys = column(QStringLiteral("SELECT answer_key FROM pulse_answers"));
    ASSERT_EQ(keys.size(), 7);
    EXPECT_EQ(QSet<QString>(keys.begin(), keys.end()).size(), 7);
    for (const QString &key : keys) {
        EXPECT_EQ(key.size(), 32) << key.toStdString();
        EXPECT_FALSE(key.contains(QRegularExpression(QStringLiteral("[^0-9a-f]")))) << key.toStdString();
    }
    if (db().engine() == storage::Engine::Sqlite) {
        // Stored in key order (no rowid): a plain read gives the keys sorted, so the order of
        // the rows is the random keys' and not the order of answering (7! orders; the
        // chance that writing order is sorted by accident is 1 in 5040).
        QStringList sorted = keys;
        sorted.sort();
        EXPECT_EQ(keys, sorted);
        const QString sql
            = db().scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'pulse_answers'"), {}, QStringLiteral("t"))->toString();
        EXPECT_TRUE(sql.contains(QStringLiteral("WITHOUT ROWID"))) << sql.toStdString();
    }
}

TEST_P(PulseTest, OnlyTheOwnerReadsTheResults)
{
    answers({answer(4, 1, 5, QStringLiteral("a")), answer(5, 2, 4, QStringLiteral("b")), answer(3, 2, 4, QStringLiteral("c"))});
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    auto results = pulse().results(session(ana), Quarter{2026, 4});
    ASSERT_FALSE(results.ok());
    EXPECT_TRUE(results.message().contains(QStringLiteral("owner"))) << results.message().toStdString();
    EXPECT_FALSE(pulse().comments(session(ana), Quarter{2026, 4}).ok());
    const qint64 admin = person(QStringLiteral("Ada Admin"), QStringLiteral("Management"), false, consent::Role::Admin);
    auto adminResults = pulse().results(session(admin), Quarter{2026, 4});
    ASSERT_TRUE(adminResults.ok()) << adminResults.message().toStdString();
    EXPECT_EQ(adminResults->answers.value(), 3);
    // The owner's figures carry the quarter's results.
    auto m = metrics::Metrics(db()).compute(ownerSession(), MonthRange::snap(QDate(2026, 10, 1), QDate(2026, 10, 31)));
    ASSERT_TRUE(m.ok()) << m.message().toStdString();
    ASSERT_EQ(m->pulses.size(), 1U);
    EXPECT_EQ(m->pulses[0].answers.value(), 3);
    ASSERT_TRUE(m->pulses[0].comfort);
    EXPECT_DOUBLE_EQ(*m->pulses[0].comfort, 4.0);
}
