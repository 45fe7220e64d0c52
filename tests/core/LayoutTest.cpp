// The map's layouts on graphs whose shape is known: rings by hop distance, and a
// force-directed layout that brings connected nodes together (the edge/pair length
// ratio), repeatably, and stops when asked.
#include "graph/Layout.h"

#include <QLineF>

#include <gtest/gtest.h>

#include <random>

using namespace consentric;

namespace {

graph::Graph grid(int side)
{
    graph::Graph g(static_cast<graph::Graph::vertices_size_type>(side * side));
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const auto v = graph::Vertex(y * side + x);
            if (x + 1 < side)
                boost::add_edge(v, v + 1, g);
            if (y + 1 < side)
                boost::add_edge(v, v + graph::Vertex(side), g);
        }
    }
    return g;
}

graph::Positions scattered(std::size_t n, quint64 seed)
{
    std::mt19937_64 random(seed);
    graph::Positions p(n);
    for (QPointF &point : p)
        point = QPointF(double(random() % 2000), double(random() % 2000));
    return p;
}

double radius(const QPointF &p)
{
    return QLineF(QPointF(), p).length();
}

} // namespace

TEST(LayoutTest, ConcentricRingsFollowHopDistance)
{
    graph::Graph g(7);
    for (int leaf = 1; leaf <= 4; ++leaf)
        boost::add_edge(graph::Vertex(0), graph::Vertex(leaf), g);
    boost::add_edge(graph::Vertex(1), graph::Vertex(5), g); // two hops out
    // Vertex 6 is in a piece of its own.
    const graph::Positions p = graph::concentricLayout(g, 0, 100.0);
    EXPECT_NEAR(radius(p[0]), 0.0, 1e-9);
    for (int leaf = 1; leaf <= 4; ++leaf)
        EXPECT_NEAR(radius(p[std::size_t(leaf)]), 100.0, 1e-9);
    EXPECT_NEAR(radius(p[5]), 200.0, 1e-9);
    EXPECT_NEAR(radius(p[6]), 300.0, 1e-9) << "other pieces on the outer ring";
    // The centre may be any node.
    EXPECT_NEAR(radius(graph::concentricLayout(g, 5, 50.0)[0]), 100.0, 1e-9);
}

TEST(LayoutTest, ForceDirectedBringsNeighboursTogether)
{
    const graph::Graph g = grid(30);
    graph::Positions p = scattered(900, 3);
    EXPECT_GT(graph::edgeToPairRatio(g, p), 0.8) << "random placement";
    ASSERT_TRUE(graph::forceDirectedLayout(g, p));
    EXPECT_LT(graph::edgeToPairRatio(g, p), 0.25);
    // Repeatable: the same start gives the same picture.
    graph::Positions again = scattered(900, 3);
    graph::forceDirectedLayout(g, again);
    EXPECT_EQ(again, p);
    // From the concentric layout, too.
    graph::Positions rings = graph::concentricLayout(g, 0);
    graph::forceDirectedLayout(g, rings);
    EXPECT_LT(graph::edgeToPairRatio(g, rings), 0.25);
}

TEST(LayoutTest, ForceDirectedReportsProgressAndStopsWhenAsked)
{
    const graph::Graph g = grid(10);
    graph::Positions p = scattered(100, 5);
    const graph::Positions before = p;
    int calls = 0;
    graph::ForceOptions options;
    options.progress = [&calls](int done, int total) {
        EXPECT_EQ(total, 150);
        EXPECT_EQ(done, calls + 1);
        return ++calls < 3;
    };
    EXPECT_FALSE(graph::forceDirectedLayout(g, p, options));
    EXPECT_EQ(calls, 3);
    EXPECT_NE(p, before) << "what was done is kept";
    // Nodes on top of each other are pushed apart, never left as NaN.
    graph::Positions same(100, QPointF(5, 5));
    graph::forceDirectedLayout(g, same);
    for (const QPointF &point : same) {
        EXPECT_TRUE(std::isfinite(point.x()) && std::isfinite(point.y()));
    }
    EXPECT_GT(QLineF(same[0], same[99]).length(), 1.0);
}
