// The program's figures on the demo company (seed 1, small), against values counted by hand:
// each month's figure is recounted here with plain SQL and the "fewer than 3" rule applied
// by the test itself, and the quarter's totals for 2026-Q3 are written down as literals
// (read off the database once with sqlite3 and checked against the demo's script).
#include "consent/People.h"
#include "demo/DemoCompany.h"
#include "metrics/Metrics.h"
#include "support/StoreTest.h"

using namespace consentric;
using namespace consentric::test;

class DemoMetricsTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        auto made = demo::createDemoCompany(db(), demo::Options{});
        ASSERT_TRUE(made.ok()) << made.message().toStdString();
        auto people = consent::People(db()).all();
        for (const auto &p : *people) {
            if (p.role == consent::Role::Owner)
                m_owner = p.email;
        }
        // After the history: the demo ends on 30 September 2026.
        test().clock().set(QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC));
    }

    consent::Session owner() { return std::move(*consent::Accounts(db()).signIn(m_owner, demo::kDemoPassphrase)); }

    // By hand: rows and distinct people in one month, then the rule.
    std::optional<qint64> byHand(const QString &table, const QString &when, const QString &who, const QString &where, QDate month)
    {
        const QString sql = QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT %1) FROM %2 WHERE %3 AND %4 >= '%5' AND %4 < '%6'")
                                .arg(who, table, where, when, month.toString(Qt::ISODate), month.addMonths(1).toString(Qt::ISODate));
        auto rows = db().exec(sql, QStringLiteral("counting by hand"));
        EXPECT_TRUE(rows.ok());
        if (!rows || !rows->next())
            return std::nullopt;
        const qint64 value = rows->value(0).toLongLong();
        const qint64 people = rows->value(1).toLongLong();
        return people >= 3 ? std::optional<qint64>(value) : std::nullopt;
    }

private:
    QString m_owner;
};
CONSENTRIC_BOTH_ENGINES(DemoMetricsTest);

TEST_P(DemoMetricsTest, EveryMonthMatchesAHandCountAndHiddenMonthsAddNothing)
{
    const auto session = owner();
    const auto range = metrics::MonthRange::snap(QDate(2025, 4, 1), QDate(2026, 9, 30));
    auto m = metrics::Metrics(db()).compute(session, range);
    ASSERT_TRUE(m.ok()) << m.message().toStdString();
    const auto months = range.months();
    ASSERT_EQ(months.size(), 18u);
    struct Figure
    {
        const metrics::RangeCount &count;
        QString table, when, who, where;
    };
    const Figure figures[] = {
        {m->declines, QStringLiteral("request_recipients"), QStringLiteral("answered_at"), QStringLiteral("employee_id"),
            QStringLiteral("status = 'declined'")},
        {m->acceptances, QStringLiteral("request_recipients"), QStringLiteral("answered_at"), QStringLiteral("employee_id"),
            QStringLiteral("status = 'accepted'")},
        {m->introductions, QStringLiteral("requests"), QStringLiteral("introduced_at"), QStringLiteral("introducer_id"),
            QStringLiteral("introduced_at IS NOT NULL")},
        {m->optIns, QStringLiteral("consent_ledger"), QStringLiteral("at"), QStringLiteral("person_id"), QStringLiteral("action = 'opted-in'")},
        {m->acknowledgements, QStringLiteral("consent_ledger"), QStringLiteral("at"), QStringLiteral("person_id"),
            QStringLiteral("action = 'acknowledged'")},
        {m->concernsReported, QStringLiteral("concerns"), QStringLiteral("reported_on"), QStringLiteral("id"), QStringLiteral("1 = 1")},
    };
    int hiddenSomewhere = 0;
    int shownSomewhere = 0;
    for (const Figure &f : figures) {
        qint64 total = 0;
        for (size_t i = 0; i < months.size(); ++i) {
            const auto expected = byHand(f.table, f.when, f.who, f.where, months[i]);
            EXPECT_EQ(f.count.perMonth()[i], expected)
                << f.table.toStdString() << " " << f.where.toStdString() << " " << months[i].toString(Qt::ISODate).toStdString();
            if (expected) {
                EXPECT_GE(*expected, 3) << "a shown figure is never below 3";
                total += *expected;
                ++shownSomewhere;
            } else {
                ++hiddenSomewhere;
            }
        }
        EXPECT_EQ(f.count.shownTotal(), total) << f.where.toStdString();
    }
    // The small demo has both kinds of month, or this test would prove little.
    EXPECT_GT(hiddenSomewhere, 0);
    EXPECT_GT(shownSomewhere, 0);
}

TEST_P(DemoMetricsTest, TheThirdQuarterOfTwentyTwentySixByHand)
{
    const auto session = owner();
    auto m = metrics::Metrics(db()).compute(session, metrics::MonthRange::of({2026, 3}));
    ASSERT_TRUE(m.ok()) << m.message().toStdString();
    // The owner's own figures, as they are.
    EXPECT_EQ(m->requests, 9);
    EXPECT_EQ(m->meetings, 2);
    EXPECT_EQ(m->won + m->hired + m->partnered + m->noResult, 3);
    // Ten members of the team besides the owner at the end of September, eight taking part.
    ASSERT_EQ(m->participation.size(), 3u);
    EXPECT_EQ(m->participation.back().team, 10);
    EXPECT_EQ(m->participation.back().participants.value(), std::optional<qint64>(8));
    ASSERT_TRUE(m->participation.back().rate.has_value());
    EXPECT_DOUBLE_EQ(*m->participation.back().rate, 80.0);
    // Fewer than three people declined in any month of the quarter: nothing to show.
    EXPECT_EQ(m->declines.shownTotal(), 0);
    EXPECT_EQ(m->declines.hiddenMonths(), 3);
    EXPECT_EQ(m->declines.toString(), QStringLiteral("fewer than 3 a month"));
    EXPECT_FALSE(m->medianDaysToIntroduction.has_value()) << "fewer than three introducers in the quarter";
    // The pulse: six answers, averaged by hand from the table.
    ASSERT_EQ(m->pulses.size(), 1u);
    const auto &pulse = m->pulses.front();
    EXPECT_EQ(pulse.answers.value(), std::optional<qint64>(6));
    auto sums
        = db().exec(QStringLiteral("SELECT SUM(comfort), SUM(pressure), SUM(satisfaction), COUNT(*) FROM pulse_answers WHERE quarter = '2026-Q3'"),
            QStringLiteral("t"));
    ASSERT_TRUE(sums.ok() && sums->next());
    EXPECT_EQ(sums->value(3).toLongLong(), 6);
    EXPECT_DOUBLE_EQ(*pulse.comfort, sums->value(0).toDouble() / 6.0);
    EXPECT_DOUBLE_EQ(*pulse.pressure, sums->value(1).toDouble() / 6.0);
    EXPECT_DOUBLE_EQ(*pulse.satisfaction, sums->value(2).toDouble() / 6.0);
}
