// Joining and leaving (the consent ledger), pseudonyms that count a person once without
// naming them, the employee's preview of what the business sees, and the owner's only
// answer to a forgotten passphrase.
#include "consent/AuditLog.h"
#include "consent/BusinessView.h"
#include "consent/Erasure.h"
#include "consent/Pseudonyms.h"
#include "support/StoreTest.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace consentric;
using namespace consentric::test;

class ConsentTest : public StoreTest
{
protected:
    QString policyVersion() { return policy::PolicyStore(db()).current()->version; }
    bool participating(qint64 id) { return (*people().byId(id))->participating; }

    QList<qint64> knowsKim(qint64 employee, const QString &spelling)
    {
        contacts::ContactInput kim;
        kim.displayName = QStringLiteral("Kim Park");
        kim.email = QStringLiteral("Kim.Park@acme.example");
        kim.company = spelling;
        auto ids = contacts::ContactStore(db()).addConnections(session(employee), {kim});
        EXPECT_TRUE(ids.ok());
        return *ids;
    }

    const consent::CompanyReach *acme(const std::vector<consent::CompanyReach> &list)
    {
        for (const auto &c : list) {
            if (c.normalised == QStringLiteral("acme"))
                return &c;
        }
        return nullptr;
    }
};
CONSENTRIC_BOTH_ENGINES(ConsentTest);

TEST_P(ConsentTest, ThePolicyShipsWithAVersion)
{
    auto policy = policy::PolicyStore(db()).current();
    ASSERT_TRUE(policy.ok());
    EXPECT_TRUE(policy->builtin);
    EXPECT_EQ(policy->version, policy::kBuiltinVersion);
    EXPECT_TRUE(policy->markdown().contains(QStringLiteral("leave the program at any time")));
}

TEST_P(ConsentTest, JoiningAcknowledgesTheCurrentPolicyAndEveryChangeIsInTheLedger)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
    consent::Participation participation(db());
    auto stale = participation.optIn(session(ana), QStringLiteral("2019.1"));
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(stale.message().contains(policyVersion())) << stale.message().toStdString();
    EXPECT_FALSE(participating(ana));

    ASSERT_TRUE(participation.optIn(session(ana), policyVersion()).ok());
    test().clock().advanceSeconds(3600);
    ASSERT_TRUE(participation.optOut(session(ana)).ok());
    EXPECT_FALSE(participating(ana));
    auto ledger = participation.ledger(session(ana));
    ASSERT_TRUE(ledger.ok()) << ledger.message().toStdString();
    ASSERT_EQ(ledger->size(), 2U);
    EXPECT_EQ(ledger->at(0).action, QStringLiteral("opted-in"));
    EXPECT_EQ(ledger->at(0).policyVersion, policyVersion());
    EXPECT_EQ(ledger->at(1).action, QStringLiteral("opted-out"));
    EXPECT_EQ(ledger->at(0).at.secsTo(ledger->at(1).at), 3600);
    // The owner reads "private entry"; Ana reads what she did.
    auto entries = consent::AuditLog(db()).entries(ana);
    EXPECT_EQ(entries->back().action, consent::kPrivateEntry);
    auto own = consent::AuditLog(db()).ownEntries(session(ana));
    ASSERT_TRUE(own.ok());
    EXPECT_EQ(own->back().action, QStringLiteral("opted-out"));
    EXPECT_EQ(own->at(own->size() - 2).action, QStringLiteral("opted-in"));
    EXPECT_TRUE(own->at(own->size() - 2).details.contains(policyVersion()));
}

TEST_P(ConsentTest, ALedgerRowEditedBehindTheProgramsBackStopsTheNextChange)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE consent_ledger SET action = 'opted-out' WHERE person_id = :p"), {{QStringLiteral(":p"), ana}},
                        QStringLiteral("t"))
                    .ok());
    auto left = consent::Participation(db()).optOut(session(ana));
    ASSERT_FALSE(left.ok());
    EXPECT_TRUE(left.message().contains(QStringLiteral("changed outside Consentric at row 1"))) << left.message().toStdString();
    EXPECT_TRUE(participating(ana)) << "nothing was changed";
    EXPECT_FALSE(consent::Participation(db()).ledger(session(ana)).ok());
}

TEST_P(ConsentTest, OnlyEmployeesHoldThePseudonymKeyAndPassItOn)
{
    const qint64 owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), true, consent::Role::Owner);
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), true);
    const QList<qint64> anas = knowsKim(ana, QStringLiteral("Acme Inc."));
    const QList<qint64> bos = knowsKim(bo, QStringLiteral("ACME, Inc"));
    // Ana is the first to need the key: she makes it.
    share(ana, anas, consent::Level::Discoverable);
    EXPECT_FALSE(session(ana).pseudonymKey().isNull());
    // Bo must wait for a colleague to pass it on: until then his Kim counts on its own.
    share(bo, bos, consent::Level::Discoverable);
    EXPECT_TRUE(session(bo).pseudonymKey().isNull());
    consent::BusinessView view(db());
    EXPECT_EQ(acme(*view.companies(session(owner)))->contacts, 2);

    // Ana signs in again and passes the key on; Bo's next sign-in fills in his pseudonyms.
    ASSERT_TRUE(consent::Accounts(db()).signIn(QStringLiteral("ana.lima@test.example"), kTestPassphrase).ok());
    auto boAgain = consent::Accounts(db()).signIn(QStringLiteral("bo.lund@test.example"), kTestPassphrase);
    ASSERT_TRUE(boAgain.ok()) << boAgain.message().toStdString();
    EXPECT_FALSE(boAgain->pseudonymKey().isNull());
    const auto reach = *view.companies(session(owner));
    ASSERT_NE(acme(reach), nullptr);
    EXPECT_EQ(acme(reach)->contacts, 1) << "the same person, known to two employees, counts once";
    EXPECT_TRUE(acme(reach)->teamMembers.suppressed());
    // Never the owner: it would let them test a guessed email against the table.
    auto ownerAgain = consent::Accounts(db()).signIn(QStringLiteral("olive.owner@test.example"), kTestPassphrase);
    ASSERT_TRUE(ownerAgain.ok());
    EXPECT_TRUE(ownerAgain->pseudonymKey().isNull());
    EXPECT_FALSE(*consent::Pseudonyms(db()).acquire(*ownerAgain));
    // The pseudonym is of the email, whatever its letter case.
    EXPECT_EQ(consent::Pseudonyms::identityOf(QStringLiteral(" KIM.park@Acme.example"), {}, {}, {}), QByteArray("email:kim.park@acme.example"));
    EXPECT_EQ(consent::Pseudonyms::identityOf({}, QStringLiteral("https://www.linkedin.com/in/kim/"), {}, {}), QByteArray("url:linkedin.com/in/kim"));
    // A company's website is shared by many people: it identifies nobody.
    EXPECT_EQ(
        consent::Pseudonyms::identityOf({}, QStringLiteral("https://www.acme.example/"), QStringLiteral("Kim Park"), QStringLiteral("ACME, Inc")),
        QByteArray("name:kim park\nacme"));
}

TEST_P(ConsentTest, ThePreviewIsTheOwnersViewRestrictedToTheEmployee)
{
    const qint64 owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), true);
    const qint64 cy = person(QStringLiteral("Cy Okafor"), QStringLiteral("Sales"), true);
    const QList<qint64> anaAcme = connections(ana, 3);
    const QList<qint64> anaGlobex = connections(ana, 2, QStringLiteral("Globex"));
    const QList<qint64> boAcme = connections(bo, 4);
    connections(cy, 2, QStringLiteral("Initech"));
    share(ana, {anaAcme[0], anaAcme[1]}, consent::Level::Discoverable);
    share(ana, {anaAcme[2], anaGlobex[0]}, consent::Level::Shared);
    share(bo, boAcme, consent::Level::Discoverable);

    consent::BusinessView view(db());
    auto preview = view.preview(session(ana));
    ASSERT_TRUE(preview.ok()) << preview.message().toStdString();
    const QJsonObject json = consent::BusinessView::toJson(*preview);

    // Companies: exactly the owner's rows for the companies Ana contributes to.
    QJsonArray expectedCompanies;
    for (const auto &c : *view.companies(session(owner))) {
        if (c.normalised == QStringLiteral("acme") || c.normalised == QStringLiteral("globex"))
            expectedCompanies.append(consent::BusinessView::toJson(c, false));
    }
    QJsonArray previewCompanies;
    for (const auto &c : json.value(QStringLiteral("companies")).toArray()) {
        QJsonObject o = c.toObject();
        o.remove(QStringLiteral("yours"));
        previewCompanies.append(o);
    }
    EXPECT_EQ(previewCompanies, expectedCompanies);
    EXPECT_EQ(preview->companies.front().yourContacts, 3); // Acme: two discoverable, one shared

    // Shared: exactly the owner's shared rows that are Ana's.
    QJsonArray expectedShared;
    for (const auto &s : *view.sharedConnections(session(owner))) {
        if (s.employeeId == ana)
            expectedShared.append(consent::BusinessView::toJson(s));
    }
    EXPECT_EQ(json.value(QStringLiteral("shared")).toArray(), expectedShared);
    EXPECT_EQ(expectedShared.size(), 2);

    // The Team page's row and the department's row, as the owner sees them.
    for (const auto &m : *consent::TeamOverview(db()).members()) {
        if (m.id == ana) {
            EXPECT_EQ(json.value(QStringLiteral("team_row")).toObject().value(QStringLiteral("shared_connections")).toInteger(), m.sharedConnections);
        }
    }
    EXPECT_EQ(json.value(QStringLiteral("department_row")).toObject().value(QStringLiteral("participants")).toInteger(), 3);

    // Leaving empties the preview, as it empties the owner's views.
    leave(ana);
    auto after = view.preview(session(ana));
    EXPECT_TRUE(after->companies.empty());
    EXPECT_TRUE(after->shared.empty());
    EXPECT_FALSE(after->participating);
}

TEST_P(ConsentTest, AForgottenPassphraseGetsAFreshEmptyAccountAndNoBackDoor)
{
    const qint64 owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    connections(ana, 3);
    consent::Erasure erasure(db());
    EXPECT_FALSE(
        erasure.giveFreshAccount(session(ana), QStringLiteral("ana.lima@test.example"), QStringLiteral("a new long passphrase"), kTestKdf).ok());
    auto fresh = erasure.giveFreshAccount(session(owner), QStringLiteral("ana.lima@test.example"), QStringLiteral("a new long passphrase"), kTestKdf);
    ASSERT_TRUE(fresh.ok()) << fresh.message().toStdString();
    EXPECT_EQ(fresh->connections, 3);
    EXPECT_FALSE(consent::Accounts(db()).signIn(QStringLiteral("ana.lima@test.example"), kTestPassphrase).ok());
    auto again = consent::Accounts(db()).signIn(QStringLiteral("ana.lima@test.example"), QStringLiteral("a new long passphrase"));
    ASSERT_TRUE(again.ok()) << again.message().toStdString();
    EXPECT_TRUE(contacts::ContactStore(db()).ownConnections(*again)->empty());
    EXPECT_FALSE(participating(ana));
}
