// Erasure: the data is gone from every query and, on SQLite, from the bytes of the
// database and its write-ahead log; one tombstone stays in the audit log.
#include "consent/Erasure.h"
#include "consent/AuditLog.h"
#include "consent/TeamOverview.h"
#include "support/StoreTest.h"

#include <QFile>

using namespace consentric;
using namespace consentric::test;

namespace {

// Distinctive words, so a search of raw bytes means something.
const QStringList kSecrets{QStringLiteral("Zorblatt"), QStringLiteral("Quimbyworth"), QStringLiteral("zorblatt.q@hushmail.example")};

QByteArray rawFiles(const QString &path)
{
    QByteArray all;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all.toLower();
}

} // namespace

class ErasureTest : public StoreTest
{
protected:
    qint64 anaWithSecrets()
    {
        const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
        contacts::ContactInput secret;
        secret.givenName = kSecrets[0];
        secret.familyName = kSecrets[1];
        secret.email = kSecrets[2];
        secret.company = QStringLiteral("Acme Inc.");
        auto ids = contacts::ContactStore(db()).addConnections(session(ana), {secret});
        EXPECT_TRUE(ids.ok());
        share(ana, *ids, consent::Level::Shared);
        connections(ana, 5);
        return ana;
    }
    qint64 count(const QString &sql) { return db().scalar(sql, {}, QStringLiteral("t"))->toLongLong(); }
};
CONSENTRIC_BOTH_ENGINES(ErasureTest);

TEST_P(ErasureTest, AnEmployeeErasesTheirOwnDataAndKeepsAnEmptyAccount)
{
    const qint64 ana = anaWithSecrets();
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), true);
    connections(bo, 2);
    auto erased = consent::Erasure(db()).eraseOwnData(session(ana));
    ASSERT_TRUE(erased.ok()) << erased.message().toStdString();
    EXPECT_EQ(erased->connections, 6);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM connections WHERE employee_id = %1").arg(ana)), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE owner_id = %1").arg(ana)), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM connections")), 2); // Bo's stay
    auto p = people().byId(ana);
    EXPECT_FALSE((*p)->participating);
    EXPECT_EQ((*p)->status, consent::Status::Active);
    const auto members = *consent::TeamOverview(db()).members();
    for (const auto &m : members) {
        if (m.id == ana) {
            EXPECT_EQ(m.sharedConnections, 0);
        }
    }
    auto about = consent::AuditLog(db()).entries(ana);
    EXPECT_EQ(about->back().action, QStringLiteral("erased"));
    EXPECT_TRUE(about->back().details.isEmpty());
    EXPECT_TRUE(consent::AuditLog(db()).verify()->intact);
    EXPECT_TRUE(consent::Accounts(db()).signIn(QStringLiteral("ana.lima@test.example"), kTestPassphrase).ok()); // the account stays
}

TEST_P(ErasureTest, TheOwnerErasesSomeoneWhoLeftAndClosesTheAccount)
{
    const qint64 owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
    const qint64 ana = anaWithSecrets();
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"));
    auto refused = consent::Erasure(db()).eraseSomeoneWhoLeft(session(bo), QStringLiteral("ana.lima@test.example"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("Only the owner or an admin")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM connections WHERE employee_id = %1").arg(ana)), 6);

    auto erased = consent::Erasure(db()).eraseSomeoneWhoLeft(session(owner), QStringLiteral("ana.lima@test.example"));
    ASSERT_TRUE(erased.ok()) << erased.message().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM connections WHERE employee_id = %1").arg(ana)), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE person_id = %1").arg(ana)), 0);
    EXPECT_EQ((*people().byId(ana))->status, consent::Status::Left);
    auto signIn = consent::Accounts(db()).signIn(QStringLiteral("ana.lima@test.example"), kTestPassphrase);
    ASSERT_FALSE(signIn.ok());
    EXPECT_TRUE(signIn.message().contains(QStringLiteral("left the organisation")));
    auto tombstone = consent::AuditLog(db()).entries(ana)->back();
    EXPECT_EQ(tombstone.action, QStringLiteral("erased-and-closed"));
    EXPECT_EQ(tombstone.actor, owner);
    EXPECT_FALSE(consent::Erasure(db()).eraseSomeoneWhoLeft(session(owner), QStringLiteral("olive.owner@test.example")).ok());
}

class SqliteErasureTest : public ErasureTest
{
};
INSTANTIATE_TEST_SUITE_P(Engines, SqliteErasureTest, testing::Values(Backend::Sqlite), backendName);

TEST_P(SqliteErasureTest, ErasedNamesAreGoneFromTheFilesInAnyLetterCase)
{
    const qint64 ana = anaWithSecrets();
    const QString path = test().location().path;
    const QByteArray before = rawFiles(path);
    for (const QString &secret : kSecrets)
        ASSERT_TRUE(before.contains(secret.toLower().toUtf8())) << "the test must see the name before it is erased: " << secret.toStdString();
    auto erased = consent::Erasure(db()).eraseOwnData(session(ana));
    ASSERT_TRUE(erased.ok());
    EXPECT_TRUE(erased->filesClean);
    const QByteArray after = rawFiles(path);
    for (const QString &secret : kSecrets)
        EXPECT_FALSE(after.contains(secret.toLower().toUtf8())) << secret.toStdString();
}
