// Betweenness on graphs whose answers are known by hand, the sampled variant, and what the
// owner's connector list may name.
#include "graph/Connectors.h"
#include "support/StoreTest.h"

using namespace consentric;
using namespace consentric::test;

namespace {

graph::Graph graphOf(int n, const std::vector<std::pair<int, int>> &edges)
{
    graph::Graph g(static_cast<graph::Graph::vertices_size_type>(n));
    for (const auto &[a, b] : edges)
        boost::add_edge(graph::Vertex(a), graph::Vertex(b), g);
    return g;
}

} // namespace

TEST(BetweennessTest, KnownAnswersOnSmallGraphs)
{
    // A path a–b–c–d: b lies on a–c and a–d, out of three pairs not involving it.
    const std::vector<double> path = graph::betweenness(graphOf(4, {{0, 1}, {1, 2}, {2, 3}}));
    EXPECT_DOUBLE_EQ(path[0], 0.0);
    EXPECT_NEAR(path[1], 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(path[2], 2.0 / 3.0, 1e-12);
    // A star: the centre is on every path between leaves.
    const std::vector<double> star = graph::betweenness(graphOf(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}));
    EXPECT_NEAR(star[0], 1.0, 1e-12);
    EXPECT_DOUBLE_EQ(star[3], 0.0);
    // A square: two shortest paths between opposite corners, each corner on half of one pair.
    const std::vector<double> square = graph::betweenness(graphOf(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}));
    for (double x : square)
        EXPECT_NEAR(x, 1.0 / 6.0, 1e-12);
    // Two pieces: nothing crosses between them.
    const std::vector<double> apart = graph::betweenness(graphOf(6, {{0, 1}, {1, 2}, {3, 4}, {4, 5}}));
    EXPECT_NEAR(apart[1], 2.0 / 20.0, 1e-12);
}

TEST(BetweennessTest, SampledRunsAreRepeatableAndExactWithEveryPivot)
{
    std::vector<std::pair<int, int>> edges;
    for (int i = 0; i < 60; ++i)
        edges.emplace_back(i, (i + 1) % 60); // a ring
    for (int i = 0; i < 60; i += 6)
        edges.emplace_back(i, 60); // and a hub
    const graph::Graph g = graphOf(61, edges);
    const std::vector<double> exact = graph::betweenness(g);
    EXPECT_EQ(graph::betweenness(g, 61), exact);
    EXPECT_EQ(graph::betweenness(g, 500), exact);
    const std::vector<double> sampled = graph::betweenness(g, 32, 7);
    EXPECT_EQ(graph::betweenness(g, 32, 7), sampled) << "the same seed gives the same pivots";
    EXPECT_NE(graph::betweenness(g, 32, 8), sampled);
    EXPECT_EQ(graph::pivotsOf(g, 32, 7).size(), 32u);
    // The hub is the strongest connector either way, and the estimate is close.
    EXPECT_EQ(std::max_element(sampled.begin(), sampled.end()) - sampled.begin(), 60);
    EXPECT_NEAR(sampled[60], exact[60], 0.25 * exact[60]);
}

class ConnectorsTest : public StoreTest
{
};
CONSENTRIC_BOTH_ENGINES(ConnectorsTest);

TEST_P(ConnectorsTest, TheOwnersListNamesNoEmployee)
{
    const qint64 owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
    std::vector<qint64> sales;
    for (const char *name : {"Ana Lima", "Bo Lund", "Cy Okafor"})
        sales.push_back(person(QString::fromLatin1(name), QStringLiteral("Sales"), true));
    const qint64 eli = person(QStringLiteral("Eli Stone"), QStringLiteral("Engineering"), true);
    for (const qint64 id : sales)
        share(id, connections(id, 1), consent::Level::Shared);
    share(eli, connections(eli, 2, QStringLiteral("Globex")), consent::Level::Shared);
    auto snapshot = graph::Snapshot::forOwner(db(), session(owner));
    ASSERT_TRUE(snapshot.ok());
    auto list = graph::connectors(*snapshot, 50, 0);
    ASSERT_TRUE(list.ok()) << list.message().toStdString();
    ASSERT_FALSE(list->empty());
    bool company = false, department = false;
    for (const graph::Connector &c : *list) {
        for (const char *name : {"Olive", "Ana", "Bo ", "Cy ", "Eli"})
            EXPECT_FALSE(c.label.startsWith(QLatin1String(name))) << c.label.toStdString();
        company = company || (c.kind == graph::Connector::Kind::Company && c.label == QLatin1String("Acme Inc."));
        department = department || (c.kind == graph::Connector::Kind::Department && c.label == QLatin1String("Sales"));
        EXPECT_FALSE(c.kind == graph::Connector::Kind::Department && c.label == QLatin1String("Engineering")) << "one person: not shown";
    }
    EXPECT_TRUE(company);
    EXPECT_TRUE(department);
    // An employee gets their own figure, and only from their own network.
    auto mine = graph::Snapshot::forEmployee(db(), session(eli));
    ASSERT_TRUE(mine.ok());
    EXPECT_GT(*graph::ownScore(*mine, eli), 0.0) << "Eli is between his contacts";
    EXPECT_FALSE(graph::ownScore(*mine, sales.front()).ok());
    EXPECT_FALSE(graph::connectors(*mine).ok());
    EXPECT_FALSE(graph::ownScore(*snapshot, eli).ok());
}
