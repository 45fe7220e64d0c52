#include "consent/AuditLog.h"
#include "support/StoreTest.h"

#include <QSignalSpy>

using namespace consentric;
using namespace consentric::test;

class PeopleTest : public StoreTest
{
};
CONSENTRIC_BOTH_ENGINES(PeopleTest);

TEST_P(PeopleTest, AddCreatesTheDepartmentAndAnnouncesIt)
{
    QSignalSpy changed(&people(), &consent::People::changed);
    auto id
        = people().add({QStringLiteral("  Ana.Lima@Example.COM "), QStringLiteral(" Ana   Lima "), QStringLiteral("Sales"), consent::Role::Admin});
    ASSERT_TRUE(id.ok()) << id.message().toStdString();
    EXPECT_EQ(changed.count(), 1);
    auto found = people().byEmail(QStringLiteral("ana.lima@example.com"));
    ASSERT_TRUE(found.ok() && found->has_value());
    const consent::Person &p = **found;
    EXPECT_EQ(p.name, QStringLiteral("Ana Lima"));
    EXPECT_EQ(p.email, QStringLiteral("ana.lima@example.com"));
    EXPECT_EQ(p.department, QStringLiteral("Sales"));
    EXPECT_EQ(p.role, consent::Role::Admin);
    EXPECT_EQ(p.status, consent::Status::Active);
    EXPECT_FALSE(p.participating); // nobody takes part until they choose to
    EXPECT_EQ(p.joinedOn, test().clock().today());
    EXPECT_EQ(*people().departments(), QStringList{QStringLiteral("Sales")});
}

TEST_P(PeopleTest, DuplicateEmailIsRefusedWithTheOtherPersonsName)
{
    person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
    auto again
        = people().add({QStringLiteral("ANA.LIMA@test.example"), QStringLiteral("Someone Else"), QStringLiteral("Sales"), consent::Role::Employee});
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.message().contains(QStringLiteral("Ana Lima"))) << again.message().toStdString();
    EXPECT_EQ(people().all()->size(), 1U);
}

TEST_P(PeopleTest, ThereIsOnlyOneOwner)
{
    person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
    auto second = people().add({QStringLiteral("b@test.example"), QStringLiteral("Bo"), QStringLiteral("Sales"), consent::Role::Owner});
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.message().contains(QStringLiteral("already has an owner")));
}

TEST_P(PeopleTest, InvalidDetailsGetASentence)
{
    auto badEmail = people().add({QStringLiteral("not-an-email"), QStringLiteral("X"), QStringLiteral("Sales"), consent::Role::Employee});
    ASSERT_FALSE(badEmail.ok());
    EXPECT_TRUE(badEmail.message().contains(QStringLiteral("is not an email address")));
    auto noName = people().add({QStringLiteral("x@test.example"), QStringLiteral("  "), QStringLiteral("Sales"), consent::Role::Employee});
    EXPECT_FALSE(noName.ok());
    auto noDepartment = people().add({QStringLiteral("x@test.example"), QStringLiteral("X"), QString(), consent::Role::Employee});
    EXPECT_FALSE(noDepartment.ok());
    EXPECT_TRUE(people().all()->empty());
}

TEST_P(PeopleTest, UpdateChangesDetailsButNotOwnership)
{
    const qint64 owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
    ASSERT_TRUE(
        people()
            .update(ana, {QStringLiteral("ana@test.example"), QStringLiteral("Ana Lima-Souza"), QStringLiteral("Marketing"), consent::Role::Admin})
            .ok());
    auto p = people().byId(ana);
    EXPECT_EQ((*p)->name, QStringLiteral("Ana Lima-Souza"));
    EXPECT_EQ((*p)->department, QStringLiteral("Marketing"));
    EXPECT_EQ((*p)->role, consent::Role::Admin);
    auto promote = people().update(ana, {QStringLiteral("ana@test.example"), QStringLiteral("Ana"), QStringLiteral("Sales"), consent::Role::Owner});
    EXPECT_FALSE(promote.ok());
    auto demote
        = people().update(owner, {QStringLiteral("olive.owner@test.example"), QStringLiteral("Olive"), QStringLiteral("Ops"), consent::Role::Admin});
    EXPECT_FALSE(demote.ok());
    auto steal
        = people().update(ana, {QStringLiteral("olive.owner@test.example"), QStringLiteral("Ana"), QStringLiteral("Sales"), consent::Role::Employee});
    ASSERT_FALSE(steal.ok());
    EXPECT_TRUE(steal.message().contains(QStringLiteral("Olive Owner")));
}

TEST_P(PeopleTest, MarkingAsLeftAndBack)
{
    const qint64 owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    test().clock().advanceDays(10);
    ASSERT_TRUE(people().setStatus(ana, consent::Status::Left).ok());
    auto p = people().byId(ana);
    EXPECT_EQ((*p)->status, consent::Status::Left);
    EXPECT_EQ((*p)->leftOn, test().clock().today());
    EXPECT_TRUE((*p)->participating); // their own choice stays theirs; "left" takes them out of every figure
    ASSERT_TRUE(people().setStatus(ana, consent::Status::Active).ok());
    p = people().byId(ana);
    EXPECT_EQ((*p)->status, consent::Status::Active);
    EXPECT_FALSE((*p)->leftOn.isValid());
    auto ownerLeaves = people().setStatus(owner, consent::Status::Left);
    EXPECT_FALSE(ownerLeaves.ok());
}

TEST_P(PeopleTest, RemoveOnlyWhileThereAreNoContacts)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"));
    connections(bo, 1);
    EXPECT_TRUE(people().remove(ana).ok());
    auto refused = people().remove(bo);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("marked as having left")));
    EXPECT_EQ(people().all()->size(), 1U);
}

TEST_P(PeopleTest, OrganisationIsCreatedOnce)
{
    EXPECT_FALSE(people().organisationName()->has_value());
    ASSERT_TRUE(people().createOrganisation(QStringLiteral("Harbor Lane")).ok());
    EXPECT_EQ(**people().organisationName(), QStringLiteral("Harbor Lane"));
    auto again = people().createOrganisation(QStringLiteral("Other"));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.message().contains(QStringLiteral("Harbor Lane")));
}

TEST_P(PeopleTest, TheAuditLogNamesWhoChangedAPerson)
{
    const qint64 owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
    people().setActor(owner);
    auto id = people().add({QStringLiteral("kim@test.example"), QStringLiteral("Kim Park"), QStringLiteral("Sales")});
    ASSERT_TRUE(id.ok());
    auto entries = consent::AuditLog(db()).entries(*id);
    ASSERT_FALSE(entries->empty());
    EXPECT_EQ(entries->back().action, QStringLiteral("person-added"));
    EXPECT_EQ(entries->back().actor, owner);
}
