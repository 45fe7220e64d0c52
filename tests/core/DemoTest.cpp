// The demo company: sizes, the two known people, the privacy mix, and determinism (the
// same seed gives the same export on any day, on either engine).
#include "consent/AuditLog.h"
#include "consent/TeamOverview.h"
#include "contacts/CompanyName.h"
#include "contacts/Export.h"
#include "demo/DemoCompany.h"
#include "demo/DemoData.h"
#include "support/StoreTest.h"

#include <QCryptographicHash>
#include <QSet>

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
