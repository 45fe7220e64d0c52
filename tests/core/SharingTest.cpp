// Connections start private, and only their employee moves them; personal and family ones
// leave private one at a time, confirmed.
#include "support/StoreTest.h"

using namespace consentric;
using namespace consentric::test;

namespace {

QString levelOf(storage::Database &db, qint64 connection)
{
    return db.scalar(QStringLiteral("SELECT level FROM connections WHERE id = :id"), {{QStringLiteral(":id"), connection}}, QStringLiteral("t"))
        ->toString();
}

} // namespace

class SharingTest : public StoreTest
{
};
CONSENTRIC_BOTH_ENGINES(SharingTest);

TEST_P(SharingTest, EverythingImportedStartsPrivate)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    for (qint64 id : connections(ana, 3))
        EXPECT_EQ(levelOf(db(), id), QStringLiteral("private"));
    for (qint64 id : connections(ana, 2, QStringLiteral("Home"), consent::Context::Family))
        EXPECT_EQ(levelOf(db(), id), QStringLiteral("private"));
}

TEST_P(SharingTest, OnlyTheEmployeeChangesTheirConnections)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), true);
    const QList<qint64> anas = connections(ana, 2);
    auto stolen = consent::Sharing(db()).setLevel(session(bo), anas, consent::Level::Shared);
    ASSERT_FALSE(stolen.ok());
    EXPECT_TRUE(stolen.message().contains(QStringLiteral("not one of your connections")));
    for (qint64 id : anas)
        EXPECT_EQ(levelOf(db(), id), QStringLiteral("private"));
}

TEST_P(SharingTest, ProfessionalConnectionsMoveInBulk)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const QList<qint64> ids = connections(ana, 4);
    auto changed = consent::Sharing(db()).setLevel(session(ana), ids, consent::Level::Discoverable);
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(*changed, 4);
    auto again = consent::Sharing(db()).setLevel(session(ana), ids, consent::Level::Discoverable);
    EXPECT_EQ(*again, 0); // nothing to change
}

TEST_P(SharingTest, PersonalConnectionsLeavePrivateOneAtATimeWithConfirmation)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const QList<qint64> work = connections(ana, 2);
    const QList<qint64> family = connections(ana, 2, QStringLiteral("Home"), consent::Context::Family);
    consent::Sharing sharing(db());

    // In bulk (even mixed with professional ones): refused, and nothing changes.
    auto bulk = sharing.setLevel(session(ana), work + family, consent::Level::Shared, consent::PersonalConfirmation::Given);
    ASSERT_FALSE(bulk.ok());
    EXPECT_TRUE(bulk.message().contains(QStringLiteral("one at a time")));
    for (qint64 id : work + family)
        EXPECT_EQ(levelOf(db(), id), QStringLiteral("private"));

    auto unconfirmed = sharing.setLevel(session(ana), {family[0]}, consent::Level::Discoverable);
    ASSERT_FALSE(unconfirmed.ok());
    EXPECT_TRUE(unconfirmed.message().contains(QStringLiteral("confirm")));
    EXPECT_EQ(levelOf(db(), family[0]), QStringLiteral("private"));

    ASSERT_TRUE(sharing.setLevel(session(ana), {family[0]}, consent::Level::Discoverable, consent::PersonalConfirmation::Given).ok());
    EXPECT_EQ(levelOf(db(), family[0]), QStringLiteral("discoverable"));
    // Going back to private never needs a confirmation, and may be done in bulk.
    ASSERT_TRUE(sharing.setLevel(session(ana), family, consent::Level::Private).ok());
    EXPECT_EQ(levelOf(db(), family[0]), QStringLiteral("private"));
}

TEST_P(SharingTest, OnlyActivePeopleJoinTheProgram)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
    ASSERT_TRUE(people().setStatus(ana, consent::Status::Left).ok());
    auto joined = consent::Participation(db()).optIn(session(ana), policy::PolicyStore(db()).current()->version);
    EXPECT_FALSE(joined.ok());
}

TEST_P(SharingTest, ConnectionsNeedANameAndAnActiveEmployee)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
    contacts::ContactInput nameless;
    auto refused = contacts::ContactStore(db()).addConnections(session(ana), {nameless});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("neither a name nor an email")));
    contacts::ContactInput strong;
    strong.displayName = QStringLiteral("Kim");
    strong.strength = 7;
    EXPECT_FALSE(contacts::ContactStore(db()).addConnections(session(ana), {strong}).ok());
    auto none = db().scalar(QStringLiteral("SELECT COUNT(*) FROM contacts"), {}, QStringLiteral("t"));
    EXPECT_EQ(none->toInt(), 0);
}

TEST_P(SharingTest, ByCompanyAndAllProfessionalLeavePersonalConnectionsAlone)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const QList<qint64> acme = connections(ana, 3, QStringLiteral("Acme Inc."));
    const QList<qint64> acmeOtherSpelling = connections(ana, 2, QStringLiteral("ACME, Inc"));
    const QList<qint64> acmeFriend = connections(ana, 1, QStringLiteral("Acme Incorporated"), consent::Context::Personal);
    const QList<qint64> globex = connections(ana, 2, QStringLiteral("Globex GmbH"));
    consent::Sharing sharing(db());

    auto byCompany = sharing.setLevelForCompany(session(ana), QStringLiteral("acme"), consent::Level::Discoverable);
    ASSERT_TRUE(byCompany.ok()) << byCompany.message().toStdString();
    EXPECT_EQ(byCompany->changed, 5); // both spellings meet on one name
    EXPECT_EQ(byCompany->personalLeftAlone, 1);
    EXPECT_EQ(levelOf(db(), acmeOtherSpelling[1]), QStringLiteral("discoverable"));
    EXPECT_EQ(levelOf(db(), acmeFriend[0]), QStringLiteral("private"));
    EXPECT_EQ(levelOf(db(), globex[0]), QStringLiteral("private"));

    auto all = sharing.setLevelForAllProfessional(session(ana), consent::Level::Shared);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->changed, 7);
    EXPECT_EQ(all->personalLeftAlone, 1);
    EXPECT_EQ(levelOf(db(), acmeFriend[0]), QStringLiteral("private"));

    EXPECT_FALSE(sharing.setLevelForCompany(session(ana), QStringLiteral(" , "), consent::Level::Shared).ok());
}

TEST_P(SharingTest, OwnConnectionsAreTheEmployeesOnly)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), true);
    const QList<qint64> anas = connections(ana, 3);
    connections(bo, 4);
    share(ana, {anas[1]}, consent::Level::Shared);
    auto mine = contacts::ContactStore(db()).ownConnections(session(ana));
    ASSERT_TRUE(mine.ok());
    ASSERT_EQ(mine->size(), 3U);
    for (const auto &c : *mine) {
        EXPECT_TRUE(anas.contains(c.id));
        EXPECT_EQ(c.details.company, QStringLiteral("Acme Inc."));
        EXPECT_EQ(c.level, c.id == anas[1] ? consent::Level::Shared : consent::Level::Private);
    }
}
