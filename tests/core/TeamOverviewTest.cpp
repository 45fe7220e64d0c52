// What the owner sees of the team. Privacy rules: participation and discoverable counts
// only per department and never below three; opting out, or leaving, removes an employee
// from every figure at once.
#include "consent/TeamOverview.h"
#include "support/StoreTest.h"

using namespace consentric;
using namespace consentric::test;

namespace {

const consent::DepartmentSummary *department(const std::vector<consent::DepartmentSummary> &list, const QString &name)
{
    for (const auto &d : list)
        if (d.department == name)
            return &d;
    return nullptr;
}

const consent::TeamMember *member(const std::vector<consent::TeamMember> &list, qint64 id)
{
    for (const auto &m : list)
        if (m.id == id)
            return &m;
    return nullptr;
}

} // namespace

class TeamOverviewTest : public StoreTest
{
protected:
    consent::TeamOverview overview() { return consent::TeamOverview(db()); }
};
CONSENTRIC_BOTH_ENGINES(TeamOverviewTest);

TEST_P(TeamOverviewTest, FewerThanThreeParticipantsIsNeverANumber)
{
    person(QStringLiteral("A One"), QStringLiteral("Sales"), true);
    person(QStringLiteral("A Two"), QStringLiteral("Sales"), true);
    person(QStringLiteral("A Three"), QStringLiteral("Sales"), false);
    auto departments = overview().departments();
    ASSERT_TRUE(departments.ok());
    const auto *sales = department(*departments, QStringLiteral("Sales"));
    ASSERT_NE(sales, nullptr);
    EXPECT_EQ(sales->activePeople, 3);
    EXPECT_TRUE(sales->participants.suppressed());
    EXPECT_FALSE(sales->participants.value().has_value());
    EXPECT_EQ(sales->participants.toString(), QStringLiteral("fewer than 3"));

    person(QStringLiteral("A Four"), QStringLiteral("Sales"), true);
    departments = overview().departments();
    sales = department(*departments, QStringLiteral("Sales"));
    EXPECT_EQ(sales->participants.value(), 3);
    EXPECT_EQ(sales->participants.toString(), QStringLiteral("3"));
}

TEST_P(TeamOverviewTest, NobodyTakingPartIsAlsoFewerThanThree)
{
    person(QStringLiteral("B One"), QStringLiteral("Legal"));
    auto departments = overview().departments();
    const auto *legal = department(*departments, QStringLiteral("Legal"));
    ASSERT_NE(legal, nullptr);
    EXPECT_TRUE(legal->participants.suppressed());
    EXPECT_TRUE(legal->discoverableConnections.suppressed());
}

TEST_P(TeamOverviewTest, DiscoverableCountsNeedThreeHolders)
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        const qint64 e = person(QStringLiteral("C ") + QString::number(i), QStringLiteral("Sales"), true);
        const QList<qint64> mine = connections(e, 4);
        share(e, mine.mid(0, i == 0 ? 4 : 1), consent::Level::Discoverable);
        ids << e;
    }
    auto departments = overview().departments();
    const auto *sales = department(*departments, QStringLiteral("Sales"));
    EXPECT_EQ(sales->discoverableConnections.value(), 6);

    // One of the three takes everything back to private: two holders are fewer than three.
    auto mineAgain
        = db().exec(QStringLiteral("SELECT id FROM connections WHERE employee_id = :e"), {{QStringLiteral(":e"), ids[2]}}, QStringLiteral("t"));
    QList<qint64> third;
    while (mineAgain->next())
        third << mineAgain->value(0).toLongLong();
    share(ids[2], third, consent::Level::Private);
    departments = overview().departments();
    sales = department(*departments, QStringLiteral("Sales"));
    EXPECT_TRUE(sales->discoverableConnections.suppressed());
    EXPECT_FALSE(sales->discoverableConnections.value().has_value());
}

TEST_P(TeamOverviewTest, SharedCountsOnlyWhatWasSharedByAParticipant)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const QList<qint64> mine = connections(ana, 5);
    share(ana, mine.mid(0, 2), consent::Level::Shared);
    share(ana, mine.mid(2, 2), consent::Level::Discoverable);
    auto members = overview().members();
    ASSERT_TRUE(members.ok());
    EXPECT_EQ(member(*members, ana)->sharedConnections, 2);
}

TEST_P(TeamOverviewTest, OptingOutRemovesEverythingAtOnceAndOptingInRestoresIt)
{
    std::vector<qint64> team;
    for (int i = 0; i < 4; ++i) {
        const qint64 e = person(QStringLiteral("D ") + QString::number(i), QStringLiteral("Sales"), true);
        const QList<qint64> mine = connections(e, 3);
        share(e, {mine[0]}, consent::Level::Shared);
        share(e, {mine[1], mine[2]}, consent::Level::Discoverable);
        team.push_back(e);
    }
    auto before = overview().departments();
    EXPECT_EQ(department(*before, QStringLiteral("Sales"))->participants.value(), 4);
    EXPECT_EQ(department(*before, QStringLiteral("Sales"))->discoverableConnections.value(), 8);

    leave(team[0]);
    auto members = overview().members();
    EXPECT_EQ(member(*members, team[0])->sharedConnections, 0);
    auto after = overview().departments();
    EXPECT_EQ(department(*after, QStringLiteral("Sales"))->participants.value(), 3);
    EXPECT_EQ(department(*after, QStringLiteral("Sales"))->discoverableConnections.value(), 6);

    // Levels were kept: joining again restores what the employee had chosen.
    join(team[0]);
    members = overview().members();
    EXPECT_EQ(member(*members, team[0])->sharedConnections, 1);
    const auto restored = *overview().departments();
    EXPECT_EQ(department(restored, QStringLiteral("Sales"))->discoverableConnections.value(), 8);
}

TEST_P(TeamOverviewTest, PeopleWhoLeftCountNowhere)
{
    std::vector<qint64> team;
    for (int i = 0; i < 3; ++i) {
        const qint64 e = person(QStringLiteral("E ") + QString::number(i), QStringLiteral("Sales"), true);
        share(e, connections(e, 2), consent::Level::Shared);
        team.push_back(e);
    }
    ASSERT_TRUE(people().setStatus(team[1], consent::Status::Left).ok());
    auto members = overview().members();
    EXPECT_EQ(member(*members, team[1])->status, consent::Status::Left);
    EXPECT_EQ(member(*members, team[1])->sharedConnections, 0);
    const auto departments = *overview().departments();
    const auto *sales = department(departments, QStringLiteral("Sales"));
    EXPECT_EQ(sales->activePeople, 2);
    EXPECT_TRUE(sales->participants.suppressed());
}

TEST_P(TeamOverviewTest, PrivateConnectionsNeverCount)
{
    std::vector<qint64> team;
    for (int i = 0; i < 3; ++i) {
        const qint64 e = person(QStringLiteral("F ") + QString::number(i), QStringLiteral("Sales"), true);
        connections(e, 10); // all private
        team.push_back(e);
    }
    for (const auto &m : *overview().members()) {
        EXPECT_EQ(m.sharedConnections, 0);
    }
    const auto departments = *overview().departments();
    const auto *sales = department(departments, QStringLiteral("Sales"));
    // Three participants, but nobody holds a discoverable connection.
    EXPECT_EQ(sales->participants.value(), 3);
    EXPECT_TRUE(sales->discoverableConnections.suppressed());
}
