// The promise at rest and in the owner's API: after an employee imports contacts, the
// private and discoverable ones cannot be read from the database files (SQLite file and
// WAL, a pg_dump of PostgreSQL), nor through any owner-facing call, nor with any key but
// the employee's; shared ones can, by design, until the employee takes them back.
#include "consent/AuditLog.h"
#include "consent/BusinessView.h"
#include "consent/ContactVault.h"
#include "consent/TeamOverview.h"
#include "support/StoreTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace consentric;
using namespace consentric::test;

namespace {

struct Secret
{
    QString given, family, email, url;
    QStringList identity() const { return {given, family, email, url}; }
};

// Distinctive words, so that a search of raw bytes means something.
const Secret kPrivate{QStringLiteral("Zorblatt"), QStringLiteral("Quimbyworth"), QStringLiteral("zorblatt.q@hushmail.example"),
    QStringLiteral("https://www.linkedin.com/in/zorblatt-quimby")};
const Secret kFamily{QStringLiteral("Grunhilde"), QStringLiteral("Ottersprang"), QStringLiteral("GRUNHILDE@family.example"),
    QStringLiteral("https://example.org/grunhilde")};
const Secret kDiscoverable{QStringLiteral("Xanthippe"), QStringLiteral("Vollmondt"), QStringLiteral("xanthippe.v@globex.example"),
    QStringLiteral("https://www.linkedin.com/in/xanthippe-vollmondt")};
const Secret kShared{QStringLiteral("Bartholomew"), QStringLiteral("Sharewell"), QStringLiteral("bart.sharewell@initech.example"),
    QStringLiteral("https://www.linkedin.com/in/bart-sharewell")};
const QString kPrivateCompany = QStringLiteral("Umbrellacorp Hushhush");

contacts::ContactInput input(const Secret &s, const QString &company, consent::Context context = consent::Context::Professional)
{
    contacts::ContactInput in;
    in.givenName = s.given;
    in.familyName = s.family;
    in.email = s.email;
    in.profileUrl = s.url;
    in.company = company;
    in.title = QStringLiteral("Director");
    in.notes = QStringLiteral("met at the Plumbfizzle conference");
    in.context = context;
    return in;
}

} // namespace

class PrivacyAtRestTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
        ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
        bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), true);
        auto ids = contacts::ContactStore(db()).addConnections(session(ana),
            {input(kPrivate, kPrivateCompany), input(kFamily, QString(), consent::Context::Family),
                input(kDiscoverable, QStringLiteral("Globex GmbH")), input(kShared, QStringLiteral("Initech"))});
        ASSERT_TRUE(ids.ok()) << ids.message().toStdString();
        anas = *ids;
        share(ana, {anas[2]}, consent::Level::Discoverable);
        share(ana, {anas[3]}, consent::Level::Shared);
    }

    // Everything the owner's API returns, as one lower-case text.
    QByteArray everythingTheOwnerSees()
    {
        QJsonArray all;
        consent::TeamOverview team(db());
        for (const auto &m : *team.members())
            all.append(QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("shared"), m.sharedConnections}});
        for (const auto &d : *team.departments())
            all.append(QJsonObject{{QStringLiteral("d"), d.department}, {QStringLiteral("p"), d.participants.toString()},
                {QStringLiteral("c"), d.discoverableConnections.toString()}});
        consent::BusinessView view(db());
        auto companies = view.companies(session(owner));
        EXPECT_TRUE(companies.ok());
        for (const auto &c : *companies)
            all.append(consent::BusinessView::toJson(c, false));
        auto shared = view.sharedConnections(session(owner));
        EXPECT_TRUE(shared.ok());
        for (const auto &s : *shared)
            all.append(consent::BusinessView::toJson(s));
        for (const auto &e : *consent::AuditLog(db()).entries())
            all.append(QJsonObject{{QStringLiteral("a"), e.action}, {QStringLiteral("d"), e.details}});
        return QJsonDocument(all).toJson().toLower();
    }

    QByteArray rawDatabase()
    {
        QByteArray all;
        if (GetParam() == Backend::Sqlite) {
            for (const QString &file : QStringList{test().location().path, test().location().path + QStringLiteral("-wal")}) {
                QFile f(file);
                if (f.open(QIODevice::ReadOnly))
                    all += f.readAll();
            }
        } else {
            QProcess dump;
            const auto &at = test().location();
            dump.start(QStringLiteral("pg_dump"),
                {QStringLiteral("--host"), at.host, QStringLiteral("--port"), QString::number(at.port), QStringLiteral("--username"), at.user,
                    QStringLiteral("--no-password"), QStringLiteral("--no-owner"), at.databaseName});
            EXPECT_TRUE(dump.waitForFinished(60000));
            EXPECT_EQ(dump.exitCode(), 0) << dump.readAllStandardError().toStdString();
            all = dump.readAllStandardOutput();
            EXPECT_TRUE(all.contains("consent_ledger")) << "pg_dump must really have dumped the database";
        }
        return all.toLower();
    }

    static void expectAbsent(const QByteArray &haystack, const QStringList &needles, const char *where)
    {
        for (const QString &needle : needles)
            EXPECT_FALSE(haystack.contains(needle.toLower().toUtf8())) << needle.toStdString() << " is readable in " << where;
    }

    qint64 owner = 0, ana = 0, bo = 0;
    QList<qint64> anas;
};
CONSENTRIC_BOTH_ENGINES(PrivacyAtRestTest);

TEST_P(PrivacyAtRestTest, PrivateAndDiscoverableIdentitiesAreNotInTheDatabaseFiles)
{
    const QByteArray raw = rawDatabase();
    // The check can see: what was shared is there, in clear, by design.
    ASSERT_TRUE(raw.contains(kShared.email.toUtf8())) << "the raw search must find what is stored in clear";
    for (const Secret &s : {kPrivate, kFamily, kDiscoverable})
        expectAbsent(raw, s.identity(), "the database");
    expectAbsent(raw, {kPrivateCompany, QStringLiteral("Plumbfizzle")}, "the database");
}

TEST_P(PrivacyAtRestTest, TheOwnersApiReturnsNoPrivateOrDiscoverableIdentity)
{
    const QByteArray seen = everythingTheOwnerSees();
    ASSERT_TRUE(seen.contains(kShared.email.toUtf8()));
    for (const Secret &s : {kPrivate, kFamily, kDiscoverable})
        expectAbsent(seen, s.identity(), "the owner's API");
    expectAbsent(seen, {kPrivateCompany, QStringLiteral("Plumbfizzle")}, "the owner's API");
    // The discoverable one counts, without a name.
    EXPECT_TRUE(seen.contains("globex gmbh"));
    // An employee cannot call the owner's API.
    EXPECT_FALSE(consent::BusinessView(db()).companies(session(ana)).ok());
    EXPECT_FALSE(consent::BusinessView(db()).sharedConnections(session(bo)).ok());
}

TEST_P(PrivacyAtRestTest, NoOtherKeyOpensAnEmployeesRows)
{
    // Every credential but Ana's passphrase: the owner's and Bo's sessions.
    consent::ContactVault vault(db());
    auto own = contacts::ContactStore(db()).ownConnections(session(ana));
    ASSERT_TRUE(own.ok());
    const qint64 privateContact = std::find_if(own->begin(), own->end(), [&](const auto &c) { return c.id == anas[0]; })->contactId;
    const QByteArray sealed
        = db().scalar(QStringLiteral("SELECT sealed FROM contacts WHERE id = :id"), {{QStringLiteral(":id"), privateContact}}, QStringLiteral("t"))
              ->toByteArray();
    for (qint64 other : {owner, bo}) {
        EXPECT_FALSE(vault.read(session(other), privateContact).ok());
        EXPECT_FALSE(vault.open(session(other), privateContact, sealed).ok());
        EXPECT_FALSE(consent::open(session(other).dataKey(), sealed, "contact:" + QByteArray::number(privateContact)).ok());
        auto theirs = contacts::ContactStore(db()).ownConnections(session(other));
        ASSERT_TRUE(theirs.ok());
        EXPECT_TRUE(theirs->empty());
        EXPECT_FALSE(contacts::ContactStore(db()).ownConnection(session(other), anas[0]).ok());
    }
    // Ana's own key opens it.
    auto mine = vault.read(session(ana), privateContact);
    ASSERT_TRUE(mine.ok());
    EXPECT_EQ(mine->email, kPrivate.email);
    // The owner holds no pseudonym key, so cannot test a guessed email either.
    EXPECT_TRUE(
        db().scalar(QStringLiteral("SELECT pseudonym_key FROM accounts WHERE person_id = :p"), {{QStringLiteral(":p"), owner}}, QStringLiteral("t"))
            ->isNull());
    EXPECT_TRUE(session(owner).pseudonymKey().isNull());
}

TEST_P(PrivacyAtRestTest, ATamperedRowGetsAClearMessageAndShowsNothing)
{
    const qint64 contact = contacts::ContactStore(db()).ownConnection(session(ana), anas[0])->contactId;
    const qint64 other = contacts::ContactStore(db()).ownConnection(session(ana), anas[1])->contactId;
    // Copying another row's ciphertext over this one is caught too (it is bound to its id).
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE contacts SET sealed = (SELECT sealed FROM contacts WHERE id = :o) WHERE id = :id"),
                        {{QStringLiteral(":o"), other}, {QStringLiteral(":id"), contact}}, QStringLiteral("t"))
                    .ok());
    auto list = contacts::ContactStore(db()).ownConnections(session(ana));
    ASSERT_FALSE(list.ok());
    EXPECT_TRUE(list.message().contains(QStringLiteral("altered outside Consentric"))) << list.message().toStdString();
    EXPECT_FALSE(list.message().contains(kFamily.given)) << "nothing of the row is shown";
    // Nothing was changed by trying.
    EXPECT_FALSE(consent::Sharing(db()).setLevel(session(ana), {anas[0]}, consent::Level::Shared).ok());
    EXPECT_EQ(db().scalar(QStringLiteral("SELECT level FROM connections WHERE id = :id"), {{QStringLiteral(":id"), anas[0]}}, QStringLiteral("t"))
                  ->toString(),
        QStringLiteral("private"));
}

TEST_P(PrivacyAtRestTest, RevokingAShareTakesItBackAtOnceAndFromTheFiles)
{
    ASSERT_TRUE(everythingTheOwnerSees().contains(kShared.email.toUtf8()));
    share(ana, {anas[3]}, consent::Level::Private);
    expectAbsent(everythingTheOwnerSees(), kShared.identity(), "the owner's API after revoking");
    if (GetParam() == Backend::Sqlite)
        expectAbsent(rawDatabase(), kShared.identity(), "the database after revoking");
    // Ana still has it, with every detail.
    auto mine = contacts::ContactStore(db()).ownConnection(session(ana), anas[3]);
    ASSERT_TRUE(mine.ok());
    EXPECT_EQ(mine->details.profileUrl, kShared.url);
    EXPECT_EQ(mine->details.company, QStringLiteral("Initech"));
}

TEST_P(PrivacyAtRestTest, EveryOwnerQueryStopsCountingSomeoneWhoOptsOut)
{
    const QByteArray before = everythingTheOwnerSees();
    ASSERT_TRUE(before.contains(kShared.email.toUtf8()));
    ASSERT_TRUE(before.contains("globex gmbh"));
    leave(ana);
    const QByteArray after = everythingTheOwnerSees();
    expectAbsent(after, kShared.identity(), "the owner's API after opting out");
    EXPECT_FALSE(after.contains("globex gmbh"));
    EXPECT_FALSE(after.contains("initech"));
    // The levels were kept: joining again restores them.
    join(ana);
    EXPECT_TRUE(everythingTheOwnerSees().contains(kShared.email.toUtf8()));
}
