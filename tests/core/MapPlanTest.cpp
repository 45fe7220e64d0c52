// What the network map may draw, on a small hand-made team on both engines: the owner's plan
// holds only shared connections and names nobody behind a discoverable one; filters; the
// item limit turns the plan into department and company aggregates whose members expand;
// positions kept between sessions name nobody and bring the picture back where it was.
#include "graph/MapPlan.h"
#include "consent/AuditLog.h"
#include "consent/Sharing.h"
#include "support/StoreTest.h"

#include <QFile>
#include <QLineF>
#include <QTemporaryDir>

using namespace consentric;
using namespace consentric::test;

namespace {

int countOf(const graph::MapPlan &plan, graph::MapNodeKind kind)
{
    return int(std::count_if(plan.nodes.cbegin(), plan.nodes.cend(), [kind](const graph::MapNode &n) { return n.kind == kind; }));
}

const graph::MapNode *named(const graph::MapPlan &plan, const QString &label)
{
    for (const graph::MapNode &n : plan.nodes) {
        if (n.label == label)
            return &n;
    }
    return nullptr;
}

} // namespace

class MapPlanTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
        ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
        bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), true);
        cleo = person(QStringLiteral("Cleo Diaz"), QStringLiteral("Engineering"), true);
        // Ana: one shared at Acme, one shared personal at Globex, two discoverable at Acme;
        // Bo: two discoverable at Initech (and nothing else); Cleo: one shared at Acme, two private.
        anas = connections(ana, 3);
        share(ana, anas.mid(0, 2), consent::Level::Discoverable);
        anaShared = anas.mid(2, 1);
        share(ana, anaShared, consent::Level::Shared);
        anaPersonal = connections(ana, 1, QStringLiteral("Globex"), consent::Context::Personal);
        ASSERT_TRUE(consent::Sharing(db()).setLevel(session(ana), anaPersonal, consent::Level::Shared, consent::PersonalConfirmation::Given).ok());
        share(bo, connections(bo, 2, QStringLiteral("Initech")), consent::Level::Discoverable);
        share(cleo, connections(cleo, 1), consent::Level::Shared);
        connections(cleo, 2, QStringLiteral("Hooli"));
    }
    graph::Snapshot ownerSnapshot()
    {
        auto snapshot = graph::Snapshot::forOwner(db(), session(owner));
        EXPECT_TRUE(snapshot.ok()) << (snapshot ? std::string() : snapshot.message().toStdString());
        return std::move(*snapshot);
    }
    qint64 owner = 0, ana = 0, bo = 0, cleo = 0;
    QList<qint64> anas, anaShared, anaPersonal;
};
CONSENTRIC_BOTH_ENGINES(MapPlanTest);

TEST_P(MapPlanTest, TheOwnersMapHoldsSharedConnectionsAndCountsTheRest)
{
    const graph::Snapshot snapshot = ownerSnapshot();
    const graph::MapPlan plan = graph::planMap(snapshot, {});
    EXPECT_FALSE(plan.aggregated);
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Employee), 4) << "everyone active, taking part or not";
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Contact), 3) << "Ana's two shared and Cleo's one";
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Company), 3) << "Acme, Globex, and Initech by its count";
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Team), 1);
    for (const graph::MapNode &n : plan.nodes) {
        EXPECT_FALSE(n.label.startsWith(QStringLiteral("Contact %1-").arg(bo))) << "Bo's discoverable contacts are not named";
        if (n.kind == graph::MapNodeKind::Contact) {
            EXPECT_EQ(n.level, consent::Level::Shared);
        }
    }
    // Bo reaches Initech only through discoverable connections: no edge of his, only the
    // team's counted one. Acme's two discoverable people (Ana's) are counted the same way.
    const int boNode = int(named(plan, QStringLiteral("Bo Lund")) - plan.nodes.data());
    for (const graph::MapEdge &e : plan.edges) {
        if (e.from == boNode || e.to == boNode) {
            EXPECT_EQ(e.kind, graph::MapEdge::Kind::Colleague) << "Bo has only a colleague edge to Ana";
        }
    }
    std::map<QString, qint64> counted;
    for (const graph::MapEdge &e : plan.edges) {
        if (e.kind == graph::MapEdge::Kind::Discoverable) {
            EXPECT_EQ(plan.nodes[std::size_t(e.from)].kind, graph::MapNodeKind::Team);
            counted[plan.nodes[std::size_t(e.to)].label] = e.count;
        }
    }
    EXPECT_EQ(counted, (std::map<QString, qint64>{{QStringLiteral("Acme Inc."), 2}, {QStringLiteral("Initech"), 2}}));
    EXPECT_EQ(named(plan, QStringLiteral("Initech"))->teamMembers, QStringLiteral("fewer than 3"));
    EXPECT_EQ(named(plan, QStringLiteral("Acme Inc."))->count, 4);
    // A consent change is seen by the next plan.
    share(ana, anaShared, consent::Level::Private);
    EXPECT_EQ(countOf(graph::planMap(ownerSnapshot(), {}), graph::MapNodeKind::Contact), 2);
}

TEST_P(MapPlanTest, OpeningTheOwnersMapIsRecordedAndAnEmployeesIsTheirOwn)
{
    auto before = consent::AuditLog(db()).entries();
    ASSERT_TRUE(before.ok());
    auto snapshot = graph::mapSnapshot(db(), session(owner));
    ASSERT_TRUE(snapshot.ok()) << snapshot.message().toStdString();
    EXPECT_EQ(snapshot->viewer(), graph::Snapshot::Viewer::Owner);
    auto after = consent::AuditLog(db()).entries();
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), before->size() + 1);
    EXPECT_EQ(after->back().action, QStringLiteral("read-shared"));
    EXPECT_TRUE(after->back().details.contains(QLatin1String("\"connections\":3"))) << after->back().details.toStdString();
    auto own = graph::mapSnapshot(db(), session(bo));
    ASSERT_TRUE(own.ok());
    EXPECT_EQ(own->viewer(), graph::Snapshot::Viewer::Employee);
    EXPECT_EQ(consent::AuditLog(db()).entries()->size(), after->size()) << "an employee's own map reads nothing of anyone else's";
}

TEST_P(MapPlanTest, FiltersNarrowTheMapAndNeverCountWhatTheyCouldSingleOut)
{
    const graph::Snapshot snapshot = ownerSnapshot();
    graph::MapFilter personal;
    personal.context = consent::Context::Personal;
    graph::MapPlan plan = graph::planMap(snapshot, personal);
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Contact), 1);
    EXPECT_NE(named(plan, QStringLiteral("Globex")), nullptr);
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Team), 0) << "a context filter would tell whose discoverable connections are counted";

    graph::MapFilter engineering;
    engineering.department = QStringLiteral("Engineering");
    plan = graph::planMap(snapshot, engineering);
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Employee), 1);
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Contact), 1) << "Cleo's shared one";
    EXPECT_EQ(named(plan, QStringLiteral("Initech")), nullptr) << "nor a department";

    graph::MapFilter acme;
    acme.company = QStringLiteral("ACME, inc");
    plan = graph::planMap(snapshot, acme);
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Company), 1);
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Contact), 2);

    graph::MapFilter strong;
    strong.minimumStrength = 4;
    plan = graph::planMap(snapshot, strong);
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Contact), 0) << "every test connection has strength 3";
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Employee), 4) << "people stay, with no connections";
}

TEST_P(MapPlanTest, AnEmployeesOwnMapShowsEveryLevelOfTheirs)
{
    auto snapshot = graph::Snapshot::forEmployee(db(), session(cleo));
    ASSERT_TRUE(snapshot.ok()) << snapshot.message().toStdString();
    graph::MapPlan plan = graph::planMap(*snapshot, {});
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Employee), 1);
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Contact), 3);
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Team), 0);
    int privateOnes = 0;
    for (const graph::MapNode &n : plan.nodes)
        privateOnes += n.kind == graph::MapNodeKind::Contact && n.level == consent::Level::Private;
    EXPECT_EQ(privateOnes, 2);
    graph::MapFilter shared;
    shared.level = consent::Level::Shared;
    EXPECT_EQ(countOf(graph::planMap(*snapshot, shared), graph::MapNodeKind::Contact), 1);
}

TEST_P(MapPlanTest, BeyondTheItemLimitDepartmentsAndCompaniesStandForTheirMembers)
{
    const graph::Snapshot snapshot = ownerSnapshot();
    const graph::MapPlan detailed = graph::planMap(snapshot, {});
    const graph::MapPlan plan = graph::planMap(snapshot, {}, detailed.items() - 1);
    ASSERT_TRUE(plan.aggregated);
    EXPECT_LT(plan.items(), detailed.items());
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Department), 3);
    EXPECT_EQ(countOf(plan, graph::MapNodeKind::Contact), 0);
    const graph::MapNode *sales = named(plan, QStringLiteral("Sales"));
    ASSERT_NE(sales, nullptr);
    EXPECT_EQ(sales->count, 2);
    const graph::MapNode *acme = named(plan, QStringLiteral("Acme Inc."));
    ASSERT_NE(acme, nullptr);
    EXPECT_EQ(acme->kind, graph::MapNodeKind::CompanyGroup);
    EXPECT_EQ(acme->members.size(), 2u) << "the two shared contacts there";
    // Every snapshot node on the map is shown by exactly one node: itself or its aggregate.
    for (std::size_t v = 0; v < plan.nodeOfVertex.size(); ++v)
        EXPECT_EQ(plan.nodeOfVertex[v] >= 0, detailed.nodeOfVertex[v] >= 0) << v;
    // Zoomed in, Acme shows its people, each joined to the departments that know them.
    const int acmeNode = int(acme - plan.nodes.data());
    const graph::MapExpansion people = graph::expand(snapshot, plan, acmeNode, {});
    ASSERT_EQ(people.nodes.size(), 2u);
    int toDepartments = 0;
    for (const graph::MapEdge &e : people.edges) {
        if (e.kind == graph::MapEdge::Kind::Connection) {
            ++toDepartments;
            EXPECT_EQ(plan.nodes[std::size_t(e.to)].kind, graph::MapNodeKind::Department);
        }
    }
    EXPECT_EQ(toDepartments, 2) << "Sales (Ana) and Engineering (Cleo)";
    const graph::MapExpansion team = graph::expand(snapshot, plan, int(sales - plan.nodes.data()), {});
    EXPECT_EQ(team.nodes.size(), 2u);
}

TEST_P(MapPlanTest, KeptPositionsNameNobodyAndBringThePictureBack)
{
    const graph::Snapshot snapshot = ownerSnapshot();
    const graph::MapPlan plan = graph::planMap(snapshot, {});
    graph::Positions positions(plan.nodes.size());
    for (std::size_t i = 0; i < positions.size(); ++i)
        positions[i] = QPointF(double(i) * 10.0, -double(i));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("maps/owner.map"));
    ASSERT_TRUE(graph::writePositions(path, plan, positions).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_FALSE(bytes.contains("Ana")) << "keys are hashed";
    EXPECT_FALSE(bytes.contains("acme"));
    int kept = 0;
    const graph::Positions again = graph::startingPositions(plan, graph::readPositions(path), 0, &kept);
    EXPECT_EQ(kept, int(plan.nodes.size()));
    EXPECT_EQ(again, positions);
    // A new shared contact starts next to the employee who holds it.
    const QList<qint64> more = connections(cleo, 1, QStringLiteral("Umbrella"));
    share(cleo, more, consent::Level::Shared);
    const graph::MapPlan grown = graph::planMap(ownerSnapshot(), {});
    const graph::Positions start = graph::startingPositions(grown, graph::readPositions(path), 0, &kept);
    EXPECT_EQ(kept, int(plan.nodes.size()));
    const QPointF cleoAt = start[std::size_t(named(grown, QStringLiteral("Cleo Diaz")) - grown.nodes.data())];
    const graph::MapNode *added = nullptr;
    for (const graph::MapNode &n : grown.nodes) {
        if (std::none_of(plan.nodes.cbegin(), plan.nodes.cend(), [&](const graph::MapNode &old) { return old.key == n.key; })
            && n.kind == graph::MapNodeKind::Contact)
            added = &n;
    }
    ASSERT_NE(added, nullptr);
    EXPECT_LT(QLineF(cleoAt, start[std::size_t(added - grown.nodes.data())]).length(), 31.0);
    // A damaged file gives a fresh layout, never half an old one.
    file.close();
    ASSERT_TRUE(QFile::resize(path, bytes.size() / 2));
    EXPECT_TRUE(graph::readPositions(path).isEmpty());
}
