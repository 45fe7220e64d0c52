// The demo company: sizes, the two known people, the privacy mix, the one-to-ones, and
// determinism (the same seed gives the same export and the same round on any day, on
// either engine).
#include "consent/AuditLog.h"
#include "consent/TeamOverview.h"
#include "contacts/CompanyName.h"
#include "contacts/Export.h"
#include "demo/DemoCompany.h"
#include "demo/DemoData.h"
#include "oneonones/Members.h"
#include "support/StoreTest.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTimeZone>

#include <map>

using namespace consentric;
using namespace consentric::test;

namespace {

// Every employee's export, hashed together: the whole database's people-facing content.
QByteArray allExports(storage::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Only each person can read their own; people who left have no account and no data.
    auto emails = db.exec(QStringLiteral("SELECT email FROM people WHERE status = 'active' ORDER BY id"), QStringLiteral("t"));
    QStringList active;
    while (emails->next())
        active << emails->value(0).toString();
    emails->finish();
    for (const QString &email : active) {
        auto session = consent::Accounts(db).signIn(email, demo::kDemoPassphrase);
        EXPECT_TRUE(session.ok()) << email.toStdString();
        if (!session)
            continue;
        auto json = contacts::exportConnectionsJson(db, *session);
        EXPECT_TRUE(json.ok());
        hash.addData(*json);
    }
    return hash.result().toHex();
}

qint64 count(storage::Database &db, const QString &sql)
{
    return db.scalar(sql, {}, QStringLiteral("t"))->toLongLong();
}

} // namespace

class DemoTest : public StoreTest
{
};
CONSENTRIC_BOTH_ENGINES(DemoTest);

TEST_P(DemoTest, SmallCompanyHasItsPeopleAndConnections)
{
    int calls = 0;
    demo::Options options;
    options.progress = [&](int done, int total) {
        EXPECT_EQ(total, 12);
        EXPECT_EQ(done, ++calls);
        return true;
    };
    auto summary = demo::createDemoCompany(db(), options);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    EXPECT_EQ(summary->people, 12);
    EXPECT_EQ(summary->departments, 4);
    EXPECT_EQ(calls, 12);
    EXPECT_GT(summary->connections, 2000);
    EXPECT_LT(summary->connections, 3000);
    EXPECT_GE(summary->companies, 100);

    auto sam = people().byEmail(QStringLiteral("sam.rivera@demo.example"));
    ASSERT_TRUE(sam.ok() && sam->has_value());
    EXPECT_EQ((*sam)->department, QStringLiteral("Sales"));
    EXPECT_TRUE((*sam)->participating);
    auto jo = people().byEmail(QStringLiteral("jo.chen@demo.example"));
    ASSERT_TRUE(jo.ok() && jo->has_value());
    EXPECT_EQ((*jo)->department, QStringLiteral("Engineering"));
    EXPECT_FALSE((*jo)->participating);
    auto owner = people().byEmail(QStringLiteral("owner@demo.example"));
    ASSERT_TRUE(owner.ok() && owner->has_value());
    EXPECT_EQ((*owner)->role, consent::Role::Owner);

    // A mix of contexts and levels, and employees who do not take part.
    for (const char *level : {"private", "discoverable", "shared"})
        EXPECT_GT(count(db(), QStringLiteral("SELECT COUNT(*) FROM connections WHERE level = '%1'").arg(QLatin1String(level))), 50) << level;
    for (const char *context : {"professional", "personal", "family"})
        EXPECT_GT(count(db(), QStringLiteral("SELECT COUNT(*) FROM connections WHERE context = '%1'").arg(QLatin1String(context))), 20) << context;
    EXPECT_GE(count(db(), QStringLiteral("SELECT COUNT(*) FROM people WHERE participating = 0")), 1);
    // Sam knows people at Acme, shared: the tutorials' first introduction.
    EXPECT_GE(count(db(),
                  QStringLiteral("SELECT COUNT(*) FROM connections n JOIN contacts c ON c.id = n.contact_id "
                                 "JOIN companies co ON co.id = c.company_id JOIN people p ON p.id = n.employee_id "
                                 "WHERE p.email = 'sam.rivera@demo.example' AND co.normalised = 'acme' AND n.level = 'shared'")),
        4);
    // Company names are private details too: a company is written in clear only once some
    // connection there left private.
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT COUNT(*) FROM companies co WHERE NOT EXISTS (SELECT 1 FROM contacts c "
                                 "JOIN connections n ON n.contact_id = c.id WHERE c.company_id = co.id AND n.level <> 'private')")),
        0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT COUNT(*) FROM contacts c JOIN connections n ON n.contact_id = c.id "
                                 "WHERE n.level = 'private' AND (c.company_id IS NOT NULL OR c.display_name <> '' OR c.sealed IS NULL)")),
        0);
}

TEST_P(DemoTest, EveryQuarterHasRequestsAnswersIntroductionsOutcomesAndConcerns)
{
    ASSERT_TRUE(demo::createDemoCompany(db(), {}).ok());
    for (QDate start(2025, 4, 1); start < QDate(2026, 10, 1); start = start.addMonths(3)) {
        const QString from = start.toString(Qt::ISODate);
        const QString to = start.addMonths(3).toString(Qt::ISODate);
        const QString in = QStringLiteral(" >= '%1' AND %2 < '%3'");
        auto within = [&](const QString &column) -> QString { return column + in.arg(from, column, to); };
        const QString quarter = from;
        EXPECT_GE(count(db(), QStringLiteral("SELECT COUNT(*) FROM requests WHERE ") + within(QStringLiteral("created_at"))), 2)
            << quarter.toStdString();
        EXPECT_GE(count(db(), QStringLiteral("SELECT COUNT(*) FROM requests WHERE ") + within(QStringLiteral("accepted_at"))), 1)
            << quarter.toStdString();
        EXPECT_GE(
            count(db(),
                QStringLiteral("SELECT COUNT(*) FROM request_recipients WHERE status = 'declined' AND ") + within(QStringLiteral("answered_at"))),
            1)
            << quarter.toStdString();
        EXPECT_GE(count(db(), QStringLiteral("SELECT COUNT(*) FROM requests WHERE ") + within(QStringLiteral("introduced_at"))), 1)
            << quarter.toStdString();
        EXPECT_GE(count(db(), QStringLiteral("SELECT COUNT(*) FROM requests WHERE ") + within(QStringLiteral("outcome_on"))), 1)
            << quarter.toStdString();
        EXPECT_GE(count(db(), QStringLiteral("SELECT COUNT(*) FROM concerns WHERE ") + within(QStringLiteral("reported_on"))), 1)
            << quarter.toStdString();
        // The pulse and the quarterly review of issue 7. Accounts appear one by one as the
        // history goes by, so the small demo's first two quarters have fewer than three answers
        // (hidden, as they should be); every later one has enough to show.
        const QString period = QStringLiteral("%1-Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
        const qint64 answers = count(db(), QStringLiteral("SELECT COUNT(*) FROM pulse_answers WHERE quarter = '%1'").arg(period));
        EXPECT_GE(answers, start < QDate(2025, 10, 1) ? 1 : 3) << period.toStdString();
        EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM policy_reviews WHERE kind = 'quarterly' AND period = '%1'").arg(period)), 1)
            << period.toStdString();
    }
    EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM policy_reviews WHERE kind = 'annual' AND period = '2025'")), 1);
    // Two published versions; every participant has acknowledged the latest.
    EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM policy_versions")), 2);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT COUNT(*) FROM people p WHERE p.participating = 1 AND p.status = 'active' AND p.role <> 'owner' AND "
                                 "(SELECT l.policy_version FROM consent_ledger l WHERE l.person_id = p.id AND l.action IN ('opted-in', "
                                 "'acknowledged') ORDER BY l.id DESC LIMIT 1) <> (SELECT MAX(version) FROM policy_versions)")),
        0);
    EXPECT_GE(count(db(), QStringLiteral("SELECT COUNT(*) FROM consent_ledger WHERE action = 'acknowledged'")), 3);
    // Every kind of ending, and the owner's view names nobody who declined.
    EXPECT_GE(count(db(), QStringLiteral("SELECT COUNT(*) FROM requests WHERE stage = 'closed'")), 3);
    EXPECT_GE(count(db(), QStringLiteral("SELECT COUNT(DISTINCT outcome) FROM requests")), 3);
    EXPECT_GE(count(db(), QStringLiteral("SELECT COUNT(*) FROM recognition_list")), 2);
}

TEST_P(DemoTest, JoChenWhoLeftTheProgramShowsNothingToTheOwner)
{
    ASSERT_TRUE(demo::createDemoCompany(db(), {}).ok());
    auto jo = people().byEmail(QStringLiteral("jo.chen@demo.example"));
    // Jo chose levels once, then opted out: the levels are kept...
    EXPECT_GT(count(db(), QStringLiteral("SELECT COUNT(*) FROM connections WHERE level = 'shared' AND employee_id = %1").arg((*jo)->id)), 0);
    // ...and none of them reaches the owner.
    const auto members = *consent::TeamOverview(db()).members();
    for (const auto &m : members) {
        if (m.id == (*jo)->id) {
            EXPECT_EQ(m.sharedConnections, 0);
        }
    }
}

TEST_P(DemoTest, SameSeedSameContentOnAnyDay)
{
    ASSERT_TRUE(demo::createDemoCompany(db(), {}).ok());
    TestDatabase later(GetParam());
    ASSERT_TRUE(later.problem().isEmpty()) << later.problem().toStdString();
    later.clock().set(QDateTime(QDate(2031, 2, 17), QTime(23, 59), Qt::UTC));
    ASSERT_TRUE(demo::createDemoCompany(later.db(), {}).ok());
    // The history happened on fixed dates: the audit chains are intact and identical.
    auto first = consent::AuditLog(db()).verify();
    auto second = consent::AuditLog(later.db()).verify();
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_TRUE(first->intact) << first->problem.toStdString();
    EXPECT_GT(first->count, 50);
    // Private entries are sealed with a fresh ephemeral key each time, so the heads differ;
    // everything readable in the entries is the same.
    auto readable = [](storage::Database &database) {
        QStringList lines;
        for (const auto &e : *consent::AuditLog(database).entries())
            lines << QStringLiteral("%1 %2 %3 %4 %5").arg(e.id).arg(e.at.toString(Qt::ISODate), e.action, e.details).arg(e.subject.value_or(0));
        return lines;
    };
    EXPECT_EQ(readable(db()), readable(later.db()));
    // The one-to-ones too: the same people met at the same times and marked the same.
    auto oneOnOnes = [](storage::Database &database) {
        QStringList lines;
        auto rows
            = database.exec(QStringLiteral("SELECT m.starts_at, a.person_id, a.mark, o.cadence, o.work_days, o.work_start FROM oneonone_attendees a "
                                           "JOIN oneonone_meetings m ON m.id = a.meeting_id JOIN oneonone_members o ON o.person_id = a.person_id "
                                           "ORDER BY m.id, a.person_id"),
                QStringLiteral("t"));
        while (rows && rows->next())
            lines << QStringList{rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString(),
                rows->value(4).toString(), rows->value(5).toString()}
                         .join(QLatin1Char(' '));
        return lines;
    };
    EXPECT_FALSE(oneOnOnes(db()).isEmpty());
    EXPECT_EQ(oneOnOnes(db()), oneOnOnes(later.db()));
    // Signing in to read the exports adds entries at today's date, so this comes last.
    EXPECT_EQ(allExports(db()), allExports(later.db()));
    EXPECT_EQ(consent::AuditLog(db()).entries()->front().at, QDateTime(QDate(2025, 4, 1), QTime(9, 0), Qt::UTC));
    // The database's own clock is back to the real one afterwards.
    EXPECT_EQ(later.db().clock().now(), later.clock().now());

    TestDatabase other(GetParam());
    demo::Options seeded;
    seeded.seed = 2;
    ASSERT_TRUE(demo::createDemoCompany(other.db(), seeded).ok());
    EXPECT_NE(allExports(db()), allExports(other.db()));
}

// Issue 8: about three quarters of the employees take part in the one-to-ones with mixed
// cadences and working hours, Sam Rivera does and Jo Chen does not; there are exactly two
// do-not-pair entries and one round, in September 2026, which most attendees marked held.
TEST_P(DemoTest, OneOnOnesHaveMembersTwoListEntriesAndOneMarkedRound)
{
    ASSERT_TRUE(demo::createDemoCompany(db(), {}).ok());
    const qint64 team = count(db(), QStringLiteral("SELECT COUNT(*) FROM people WHERE status = 'active' AND role = 'employee'"));
    const qint64 members = count(db(), QStringLiteral("SELECT COUNT(*) FROM oneonone_members WHERE active = 1"));
    EXPECT_NEAR(double(members) / double(team), 0.75, 0.06) << members << " of " << team;
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT COUNT(*) FROM oneonone_members o JOIN people p ON p.id = o.person_id "
                                 "WHERE p.email = 'sam.rivera@demo.example' AND o.active = 1 AND o.cadence = 'two-weekly'")),
        1);
    EXPECT_EQ(
        count(db(),
            QStringLiteral("SELECT COUNT(*) FROM oneonone_members o JOIN people p ON p.id = o.person_id WHERE p.email = 'jo.chen@demo.example'")),
        0);
    // Most every two weeks, some weekly, some every four weeks.
    const auto cadence = [&](const char *key) {
        return count(db(), QStringLiteral("SELECT COUNT(*) FROM oneonone_members WHERE cadence = '%1'").arg(QLatin1String(key)));
    };
    EXPECT_GE(cadence("weekly"), 1);
    EXPECT_GE(cadence("monthly"), 1);
    EXPECT_GT(cadence("two-weekly") * 2, members);
    // Most work 09:00–17:00 on weekdays; some 08:00–16:00; a few part-time.
    EXPECT_GT(
        count(db(),
            QStringLiteral("SELECT COUNT(*) FROM oneonone_members WHERE work_days = '1,2,3,4,5' AND work_start = '09:00' AND work_end = '17:00'"))
            * 2,
        members);
    EXPECT_GE(count(db(), QStringLiteral("SELECT COUNT(*) FROM oneonone_members WHERE work_start = '08:00' AND work_end = '16:00'")), 1);
    EXPECT_GE(count(db(), QStringLiteral("SELECT COUNT(*) FROM oneonone_members WHERE work_days <> '1,2,3,4,5' OR work_start = '10:00'")), 1);

    // Exactly two do-not-pair entries in the whole company.
    oneonones::Members lists(db());
    auto tokens = lists.tokens();
    ASSERT_TRUE(tokens.ok()) << tokens.message().toStdString();
    EXPECT_EQ(tokens->size(), 2U);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM oneonone_do_not_pair")), 2);

    // One round, for Monday 14 September 2026, with meetings.
    EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM oneonone_rounds")), 1);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM oneonone_rounds WHERE round_on = '2026-09-14'")), 1);
    const qint64 meetings = count(db(), QStringLiteral("SELECT COUNT(*) FROM oneonone_meetings"));
    EXPECT_GE(meetings, 3);
    // Most marked held, a few skipped, some with private notes (sealed: never in clear).
    const auto marks = [&](const char *mark) {
        return count(db(), QStringLiteral("SELECT COUNT(*) FROM oneonone_attendees WHERE mark = '%1'").arg(QLatin1String(mark)));
    };
    EXPECT_GE(marks("skipped"), 1);
    EXPECT_GT(marks("held"), marks("skipped") + marks("open"));
    EXPECT_GE(count(db(), QStringLiteral("SELECT COUNT(*) FROM oneonone_attendees WHERE notes IS NOT NULL")), 1);

    // Nobody met someone on a do-not-pair list, and every meeting is inside everyone's hours.
    auto rows = db().exec(QStringLiteral("SELECT a.meeting_id, a.person_id, m.starts_at, m.ends_at, o.work_days, o.work_start, o.work_end "
                                         "FROM oneonone_attendees a JOIN oneonone_meetings m ON m.id = a.meeting_id "
                                         "JOIN oneonone_members o ON o.person_id = a.person_id ORDER BY a.meeting_id, a.person_id"),
        QStringLiteral("t"));
    ASSERT_TRUE(rows.ok()) << rows.message().toStdString();
    const QTimeZone london("Europe/London");
    std::map<qint64, std::vector<qint64>> people;
    int checked = 0;
    while (rows->next()) {
        people[rows->value(0).toLongLong()].push_back(rows->value(1).toLongLong());
        QDateTime start = QDateTime::fromString(rows->value(2).toString(), Qt::ISODate);
        QDateTime end = QDateTime::fromString(rows->value(3).toString(), Qt::ISODate);
        start.setTimeZone(QTimeZone::utc());
        end.setTimeZone(QTimeZone::utc());
        const QDateTime localStart = start.toTimeZone(london);
        const QDateTime localEnd = end.toTimeZone(london);
        const QList<int> days = oneonones::WorkingHours::daysFrom(rows->value(4).toString());
        const QTime from = QTime::fromString(rows->value(5).toString(), QStringLiteral("HH:mm"));
        const QTime to = QTime::fromString(rows->value(6).toString(), QStringLiteral("HH:mm"));
        EXPECT_TRUE(days.contains(localStart.date().dayOfWeek())) << localStart.toString(Qt::ISODate).toStdString();
        EXPECT_GE(localStart.time(), from) << localStart.toString(Qt::ISODate).toStdString();
        EXPECT_LE(localEnd.time(), to) << localEnd.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(localStart.date(), localEnd.date());
        ++checked;
    }
    EXPECT_GE(checked, 2 * meetings);
    for (const auto &[meeting, attendees] : people) {
        EXPECT_GE(attendees.size(), 2U);
        EXPECT_LE(attendees.size(), 3U);
        for (size_t i = 0; i < attendees.size(); ++i)
            for (size_t j = i + 1; j < attendees.size(); ++j)
                EXPECT_EQ(tokens->count(*lists.pairToken(attendees[i], attendees[j])), 0U) << "meeting " << meeting;
    }
}

TEST_P(DemoTest, ANonEmptyDatabaseIsRefused)
{
    person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
    auto refused = demo::createDemoCompany(db(), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("new, empty database")));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM people")), 1);
}

TEST_P(DemoTest, CancellingWritesNothing)
{
    demo::Options options;
    options.progress = [](int done, int) { return done < 5; };
    auto cancelled = demo::createDemoCompany(db(), options);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_TRUE(cancelled.message().contains(QStringLiteral("cancelled")));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM people")), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM connections")), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM organisation")), 0);
}

TEST(DemoDataTest, VocabularyIsLargeAndVaried)
{
    EXPECT_GE(demo::givenNames().size(), 200);
    EXPECT_GE(demo::surnames().size(), 200);
    EXPECT_GE(demo::companies().size(), 300U);
    int withOtherSpellings = 0;
    QSet<QString> keys;
    for (const auto &c : demo::companies()) {
        withOtherSpellings += c.otherSpellings.isEmpty() ? 0 : 1;
        keys.insert(contacts::normaliseCompanyName(c.name));
        for (const QString &other : c.otherSpellings)
            EXPECT_EQ(contacts::normaliseCompanyName(other), contacts::normaliseCompanyName(c.name)) << other.toStdString();
    }
    EXPECT_EQ(keys.size(), qsizetype(demo::companies().size())); // distinct companies stay distinct
    EXPECT_NEAR(double(withOtherSpellings) / double(demo::companies().size()), 0.1, 0.02);
    EXPECT_EQ(demo::asciiKey(QStringLiteral("Łukasz Wiśniewski")), QStringLiteral("lukaszwisniewski"));
    EXPECT_EQ(demo::asciiKey(QStringLiteral("Søren O'Brien")), QStringLiteral("sorenobrien"));
}
