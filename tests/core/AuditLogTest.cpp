// The audit log is append-only in effect: any edit or removal is found by verify(), and
// entries removed from the end are found against a head printed earlier.
#include "consent/AuditLog.h"
#include "consent/Crypto.h"
#include "support/StoreTest.h"

using namespace consentric;
using namespace consentric::test;

class AuditLogTest : public StoreTest
{
protected:
    consent::AuditLog log() { return consent::AuditLog(db()); }
    void exec(const QString &sql)
    {
        auto done = db().exec(sql, QStringLiteral("tampering"));
        ASSERT_TRUE(done.ok()) << done.message().toStdString();
    }
    // Five entries, one a minute.
    void fill()
    {
        for (int i = 0; i < 5; ++i) {
            ASSERT_TRUE(log().append(std::nullopt, i + 1, QStringLiteral("person-added"), {{QStringLiteral("person"), i + 1}}).ok());
            test().clock().advanceSeconds(60);
        }
    }
};
CONSENTRIC_BOTH_ENGINES(AuditLogTest);

TEST_P(AuditLogTest, AnEmptyLogIsIntact)
{
    auto check = log().verify();
    ASSERT_TRUE(check.ok()) << check.message().toStdString();
    EXPECT_TRUE(check->intact);
    EXPECT_EQ(check->count, 0);
    EXPECT_EQ(check->head, consent::AuditLog::genesisHash());
}

TEST_P(AuditLogTest, EntriesChainAndVerify)
{
    fill();
    auto check = log().verify();
    ASSERT_TRUE(check.ok()) << check.message().toStdString();
    EXPECT_TRUE(check->intact) << check->problem.toStdString();
    EXPECT_EQ(check->count, 5);
    auto all = log().entries();
    ASSERT_EQ(all->size(), 5U);
    EXPECT_EQ(all->front().prevHash, consent::AuditLog::genesisHash());
    for (size_t i = 1; i < all->size(); ++i)
        EXPECT_EQ((*all)[i].prevHash, (*all)[i - 1].hash);
    EXPECT_EQ(check->head, all->back().hash);
    EXPECT_EQ(all->at(2).details, QStringLiteral("{\"person\":3}"));
    EXPECT_EQ(all->at(2).at, test().clock().now().addSecs(-180).toUTC());
    // An earlier head is still in the chain.
    EXPECT_TRUE(log().verify(all->at(2).hash)->intact);
}

TEST_P(AuditLogTest, AnEditedEntryIsFound)
{
    fill();
    exec(QStringLiteral("UPDATE audit_log SET details = '{\"person\":99}' WHERE id = 3"));
    auto check = log().verify();
    ASSERT_TRUE(check.ok()) << check.message().toStdString();
    EXPECT_FALSE(check->intact);
    EXPECT_EQ(check->firstBroken, 3);
    EXPECT_TRUE(check->problem.contains(QStringLiteral("entry 3 was changed"))) << check->problem.toStdString();
}

TEST_P(AuditLogTest, AnEditedEntryWithARecomputedHashBreaksTheNext)
{
    fill();
    auto all = log().entries();
    consent::AuditEntry forged = all->at(1);
    forged.action = QStringLiteral("nothing-happened");
    forged.hash = consent::AuditLog::hashOf(forged);
    exec(QStringLiteral("UPDATE audit_log SET action = 'nothing-happened', hash = '%1' WHERE id = 2").arg(forged.hash));
    auto check = log().verify();
    EXPECT_FALSE(check->intact);
    EXPECT_EQ(check->firstBroken, 3);
    EXPECT_TRUE(check->problem.contains(QStringLiteral("does not follow"))) << check->problem.toStdString();
}

TEST_P(AuditLogTest, ARemovedEntryIsFound)
{
    fill();
    exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
    auto check = log().verify();
    EXPECT_FALSE(check->intact);
    EXPECT_EQ(check->firstBroken, 3);
    EXPECT_TRUE(check->problem.contains(QStringLiteral("entry 2 is missing"))) << check->problem.toStdString();
}

TEST_P(AuditLogTest, EntriesRemovedFromTheEndAreFoundAgainstAnEarlierHead)
{
    fill();
    const QString head = log().verify()->head;
    exec(QStringLiteral("DELETE FROM audit_log WHERE id >= 4"));
    EXPECT_TRUE(log().verify()->intact); // on its own, a shorter chain looks fine
    auto check = log().verify(head);
    EXPECT_FALSE(check->intact);
    EXPECT_TRUE(check->problem.contains(QStringLiteral("is not in the chain"))) << check->problem.toStdString();
    EXPECT_FALSE(log().verify(QStringLiteral("not-a-hash"))->intact);
}

TEST_P(AuditLogTest, PrivateEntriesSayNothingToTheOwnerAndOpenForTheEmployee)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"));
    auto appended = log().appendPrivate(ana, QStringLiteral("level-changed"), {{QStringLiteral("connections"), 3}});
    ASSERT_TRUE(appended.ok()) << appended.message().toStdString();
    auto about = log().entries(ana);
    ASSERT_EQ(about->size(), 3U); // person-added, account-created, then the private entry
    EXPECT_EQ(about->back().action, consent::kPrivateEntry);
    EXPECT_TRUE(about->back().details.isEmpty());
    EXPECT_EQ(about->back().actor, ana);
    EXPECT_FALSE(about->back().sealedDetails.isEmpty());

    // Ana reads what she did; nobody else's key opens it.
    auto own = log().ownEntries(session(ana));
    ASSERT_TRUE(own.ok()) << own.message().toStdString();
    EXPECT_EQ(own->back().action, QStringLiteral("level-changed"));
    EXPECT_EQ(own->back().details, QStringLiteral("{\"connections\":3}"));
    EXPECT_FALSE(consent::openSealedBox(session(bo).box().publicKey, session(bo).box().secretKey, about->back().sealedDetails).ok());
    EXPECT_TRUE(log().verify()->intact);

    // The sealed details are part of the hashed entry: swapping them is caught.
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE audit_log SET sealed_details = :s WHERE id = :id"),
                        {{QStringLiteral(":s"), QByteArray(about->back().sealedDetails.size(), 'x')}, {QStringLiteral(":id"), about->back().id}},
                        QStringLiteral("t"))
                    .ok());
    EXPECT_FALSE(log().verify()->intact);
    auto tampered = log().ownEntries(session(ana));
    ASSERT_FALSE(tampered.ok());
    EXPECT_TRUE(tampered.message().contains(QStringLiteral("altered"))) << tampered.message().toStdString();
}

TEST_P(AuditLogTest, TheOwnerSeesSignInsOnlyAsDailyCounts)
{
    const qint64 owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
    consent::Accounts accounts(db());
    ASSERT_TRUE(accounts.signIn(QStringLiteral("ana.lima@test.example"), kTestPassphrase).ok());
    ASSERT_FALSE(accounts.signIn(QStringLiteral("ana.lima@test.example"), QStringLiteral("wrong")).ok());
    ASSERT_TRUE(accounts.signIn(QStringLiteral("olive.owner@test.example"), kTestPassphrase).ok());
    test().clock().advanceSeconds(86400);
    ASSERT_TRUE(accounts.signIn(QStringLiteral("ana.lima@test.example"), kTestPassphrase).ok());

    auto view = log().ownerView(session(owner));
    ASSERT_TRUE(view.ok()) << view.message().toStdString();
    int summaries = 0;
    for (const auto &e : *view) {
        EXPECT_NE(e.action, QStringLiteral("signed-in"));
        EXPECT_NE(e.action, QStringLiteral("sign-in-refused"));
        if (e.action == QStringLiteral("sign-ins")) {
            ++summaries;
            EXPECT_FALSE(e.subject.has_value());
            EXPECT_FALSE(e.actor.has_value());
        }
    }
    EXPECT_EQ(summaries, 2);
    EXPECT_EQ(view->back().details, QStringLiteral("{\"refused\":0,\"sign_ins\":1}"));
    EXPECT_FALSE(log().ownerView(session(ana)).ok());
}
