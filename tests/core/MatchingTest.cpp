// Maximum-weight matching (oneonones/Matching): hand-made cases whose optimum is written down, cross-checked
// against an exhaustive search; 3000 random small graphs against the exhaustive search in both modes;
// and a 200-vertex complete graph.
#include "oneonones/Matching.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

using namespace consentric::oneonones;

namespace {

using Edges = std::vector<WeightedEdge>;

// The best weight overall, and the best (cardinality, weight) pair, over all matchings.
struct Optimum
{
    long long weight = -1;
    int cardinality = -1;
    long long cardinalityWeight = -1;
};

void enumerateMatchings(const std::vector<std::vector<long long>> &w, std::vector<char> &used, int cardinality, long long weight, Optimum &best)
{
    const int n = static_cast<int>(w.size());
    int v = 0;
    while (v < n && used[v])
        ++v;
    if (v == n) {
        if (weight > best.weight)
            best.weight = weight;
        if (cardinality > best.cardinality || (cardinality == best.cardinality && weight > best.cardinalityWeight)) {
            best.cardinality = cardinality;
            best.cardinalityWeight = weight;
        }
        return;
    }
    used[v] = 1;
    enumerateMatchings(w, used, cardinality, weight, best); // v stays unmatched
    for (int u = v + 1; u < n; ++u) {
        if (!used[u] && w[v][u] >= 0) {
            used[u] = 1;
            enumerateMatchings(w, used, cardinality + 1, weight + w[v][u], best);
            used[u] = 0;
        }
    }
    used[v] = 0;
}

Optimum bruteForce(int n, const Edges &edges)
{
    std::vector<std::vector<long long>> w(n, std::vector<long long>(n, -1));
    for (const WeightedEdge &e : edges) {
        w[e.a][e.b] = std::max(w[e.a][e.b], e.weight);
        w[e.b][e.a] = w[e.a][e.b];
    }
    std::vector<char> used(n, 0);
    Optimum best;
    enumerateMatchings(w, used, 0, 0, best);
    return best;
}

// Empty when mate is a valid matching of the graph, otherwise what is wrong.
std::string matchingProblem(int n, const Edges &edges, const std::vector<int> &mate)
{
    if (static_cast<int>(mate.size()) != n)
        return "mate has " + std::to_string(mate.size()) + " entries";
    for (int v = 0; v < n; ++v) {
        const int m = mate[v];
        if (m == -1)
            continue;
        if (m < 0 || m >= n || m == v || mate[m] != v)
            return "mate not symmetric at " + std::to_string(v);
        bool found = false;
        for (const WeightedEdge &e : edges)
            found = found || (e.a == v && e.b == m) || (e.a == m && e.b == v);
        if (!found)
            return "no edge " + std::to_string(v) + "-" + std::to_string(m);
    }
    return {};
}

int cardinality(const std::vector<int> &mate)
{
    int pairs = 0;
    for (int v = 0; v < static_cast<int>(mate.size()); ++v)
        pairs += mate[v] > v ? 1 : 0;
    return pairs;
}

// Checks one mode against a known weight (and cardinality), and against the exhaustive search.
void expectOptimum(int n, const Edges &edges, bool maxCardinality, long long weight, int pairs)
{
    const std::vector<int> mate = *maximumWeightMatching(n, edges, maxCardinality);
    ASSERT_EQ(matchingProblem(n, edges, mate), "");
    EXPECT_EQ(*matchingWeight(mate, edges), weight);
    EXPECT_EQ(cardinality(mate), pairs);
    const Optimum best = bruteForce(n, edges);
    if (maxCardinality) {
        EXPECT_EQ(best.cardinality, pairs);
        EXPECT_EQ(best.cardinalityWeight, weight);
    } else {
        EXPECT_EQ(best.weight, weight);
    }
}

// Vertices numbered from 1 as in the usual write-ups; vertex 0 stays isolated.
Edges oneBased(std::initializer_list<WeightedEdge> list)
{
    return Edges(list);
}

} // namespace

TEST(MatchingTest, EmptyAndTinyGraphs)
{
    EXPECT_TRUE(maximumWeightMatching(0, {}, false)->empty());
    EXPECT_EQ(*maximumWeightMatching(1, {}, true), std::vector<int>({-1}));
    EXPECT_EQ(*maximumWeightMatching(3, {}, true), std::vector<int>({-1, -1, -1}));
    EXPECT_EQ(*maximumWeightMatching(2, {{0, 1, 0}}, true), std::vector<int>({1, 0}));
    EXPECT_EQ(*maximumWeightMatching(2, {{1, 0, 7}}, false), std::vector<int>({1, 0}));
    EXPECT_EQ(*maximumWeightMatching(4, {{2, 3, 4}}, false), std::vector<int>({-1, -1, 3, 2}));
    EXPECT_FALSE(maximumWeightMatching(2, {{0, 2, 1}}, false).ok());
    EXPECT_FALSE(maximumWeightMatching(2, {{1, 1, 1}}, false).ok());
    EXPECT_FALSE(maximumWeightMatching(2, {{0, 1, -1}}, false).ok());
}

TEST(MatchingTest, PathPrefersWeightOrCardinality)
{
    const Edges path{{0, 1, 1}, {1, 2, 10}, {2, 3, 1}};
    EXPECT_EQ(*maximumWeightMatching(4, path, false), std::vector<int>({-1, 2, 1, -1}));
    EXPECT_EQ(*maximumWeightMatching(4, path, true), std::vector<int>({1, 0, 3, 2}));
    expectOptimum(4, path, false, 10, 1);
    expectOptimum(4, path, true, 2, 2);
    // 1-2 (5), 2-3 (11), 3-4 (5)
    const Edges three = oneBased({{1, 2, 5}, {2, 3, 11}, {3, 4, 5}});
    expectOptimum(5, three, false, 11, 1);
    expectOptimum(5, three, true, 10, 2);
}

TEST(MatchingTest, ParallelEdgesKeepTheHeaviest)
{
    const Edges edges{{0, 1, 3}, {1, 0, 9}, {1, 2, 8}, {0, 1, 2}};
    const std::vector<int> mate = *maximumWeightMatching(3, edges, false);
    EXPECT_EQ(mate, std::vector<int>({1, 0, -1}));
    EXPECT_EQ(*matchingWeight(mate, edges), 9);
}

TEST(MatchingTest, TriangleAndFiveCycle)
{
    const Edges triangle{{0, 1, 5}, {1, 2, 6}, {0, 2, 7}};
    EXPECT_EQ(*maximumWeightMatching(3, triangle, false), std::vector<int>({2, -1, 0}));
    expectOptimum(3, triangle, true, 7, 1);
    // Odd cycle: the best two disjoint edges are 2-3 (3) and 4-0 (5).
    const Edges cycle{{0, 1, 1}, {1, 2, 2}, {2, 3, 3}, {3, 4, 4}, {4, 0, 5}};
    EXPECT_EQ(*maximumWeightMatching(5, cycle, false), std::vector<int>({4, -1, 3, 2, 0}));
    expectOptimum(5, cycle, true, 8, 2);
    // A 5-cycle with a pendant edge to each of two vertices: a blossom must form and be augmented through.
    const Edges pendants{{0, 1, 6}, {1, 2, 6}, {2, 3, 6}, {3, 4, 6}, {4, 0, 6}, {0, 5, 2}, {2, 6, 2}};
    expectOptimum(7, pendants, false, 14, 3);
    expectOptimum(7, pendants, true, 14, 3);
}

TEST(MatchingTest, ZeroWeightsStillCountForCardinality)
{
    const Edges zeros{{0, 1, 0}, {1, 2, 0}, {2, 3, 0}, {3, 4, 0}, {4, 0, 0}, {4, 5, 0}};
    expectOptimum(6, zeros, true, 0, 3);
    EXPECT_EQ(*matchingWeight(*maximumWeightMatching(6, zeros, false), zeros), 0);
    // A heavy middle edge and zero-weight ends: maximum cardinality must give up the heavy edge.
    const Edges mixed{{0, 1, 0}, {1, 2, 5}, {2, 3, 0}};
    expectOptimum(4, mixed, false, 5, 1);
    expectOptimum(4, mixed, true, 0, 2);
}

TEST(MatchingTest, BlossomCases)
{
    // S-blossom created, then used in augmentation.
    expectOptimum(5, oneBased({{1, 2, 8}, {1, 3, 9}, {2, 3, 10}, {3, 4, 7}}), false, 15, 2);
    expectOptimum(7, oneBased({{1, 2, 8}, {1, 3, 9}, {2, 3, 10}, {3, 4, 7}, {1, 6, 5}, {4, 5, 6}}), false, 21, 3);
    // T-blossom created and expanded, in three variants.
    expectOptimum(7, oneBased({{1, 2, 9}, {1, 3, 8}, {2, 3, 10}, {1, 4, 5}, {4, 5, 4}, {1, 6, 3}}), false, 17, 3);
    expectOptimum(7, oneBased({{1, 2, 9}, {1, 3, 8}, {2, 3, 10}, {1, 4, 5}, {4, 5, 3}, {1, 6, 4}}), false, 17, 3);
    expectOptimum(7, oneBased({{1, 2, 9}, {1, 3, 8}, {2, 3, 10}, {1, 4, 5}, {4, 5, 3}, {3, 6, 4}}), false, 16, 3);
    // Nested S-blossom.
    expectOptimum(7, oneBased({{1, 2, 9}, {1, 3, 9}, {2, 3, 10}, {2, 4, 8}, {3, 5, 8}, {4, 5, 10}, {5, 6, 6}}), false, 23, 3);
    // Relabelling of a nested S-blossom.
    expectOptimum(
        9, oneBased({{1, 2, 10}, {1, 7, 10}, {2, 3, 12}, {3, 4, 20}, {3, 5, 20}, {4, 5, 25}, {5, 6, 10}, {6, 7, 10}, {7, 8, 8}}), false, 48, 4);
    // Nested S-blossom expanded at the end of a stage.
    expectOptimum(9, oneBased({{1, 2, 8}, {1, 3, 8}, {2, 3, 10}, {2, 4, 12}, {3, 5, 12}, {4, 5, 14}, {4, 6, 12}, {5, 7, 12}, {6, 7, 14}, {7, 8, 12}}),
        false, 44, 4);
    // S-blossom that becomes a T-blossom and is expanded.
    expectOptimum(9, oneBased({{1, 2, 23}, {1, 5, 22}, {1, 6, 15}, {2, 3, 25}, {3, 4, 22}, {4, 5, 25}, {4, 8, 14}, {5, 7, 13}}), false, 67, 4);
    // Nested S-blossom relabelled T and expanded.
    expectOptimum(
        9, oneBased({{1, 2, 19}, {1, 3, 20}, {1, 8, 8}, {2, 3, 25}, {2, 4, 18}, {3, 5, 18}, {4, 5, 13}, {4, 7, 7}, {5, 6, 7}}), false, 47, 4);
}

TEST(MatchingTest, NastyTBlossomExpansions)
{
    // T-blossom expansion where the vertex labels inside the blossom matter.
    expectOptimum(11,
        oneBased({{1, 2, 45}, {1, 5, 45}, {2, 3, 50}, {3, 4, 45}, {4, 5, 50}, {1, 6, 30}, {3, 9, 35}, {4, 8, 35}, {5, 7, 26}, {9, 10, 5}}), false,
        146, 5);
    expectOptimum(11,
        oneBased({{1, 2, 45}, {1, 5, 45}, {2, 3, 50}, {3, 4, 45}, {4, 5, 50}, {1, 6, 30}, {3, 9, 35}, {4, 8, 26}, {5, 7, 40}, {9, 10, 5}}), false,
        151, 5);
    // Least-slack edge bookkeeping across a T-blossom expansion.
    expectOptimum(11,
        oneBased({{1, 2, 45}, {1, 5, 45}, {2, 3, 50}, {3, 4, 45}, {4, 5, 50}, {1, 6, 30}, {3, 9, 35}, {4, 8, 28}, {5, 7, 26}, {9, 10, 5}}), false,
        139, 5);
    // Nested blossom inside a T-blossom that is expanded.
    expectOptimum(13,
        oneBased({{1, 2, 45}, {1, 7, 45}, {2, 3, 50}, {3, 4, 45}, {4, 5, 95}, {4, 6, 94}, {5, 6, 94}, {6, 7, 50}, {1, 8, 30}, {3, 11, 35}, {5, 9, 36},
            {7, 10, 26}, {11, 12, 5}}),
        false, 241, 6);
    // Relabelling of nested blossoms during expansion.
    expectOptimum(11,
        oneBased(
            {{1, 2, 40}, {1, 3, 40}, {2, 3, 60}, {2, 4, 55}, {3, 5, 55}, {4, 5, 50}, {1, 8, 15}, {5, 7, 30}, {7, 6, 10}, {8, 10, 10}, {4, 9, 30}}),
        false, 145, 5);
}

TEST(MatchingTest, RandomGraphsAgainstBruteForce)
{
    std::mt19937_64 rng(0x5eed2024ULL);
    int compared = 0;
    for (int round = 0; round < 3000; ++round) {
        const int n = 1 + static_cast<int>(rng() % 12);
        const double density = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
        // Small weight ranges give many ties and zero weights.
        const long long maxWeight = std::vector<long long>{0, 1, 2, 3, 5, 20, 20}[rng() % 7];
        Edges edges;
        for (int a = 0; a < n; ++a) {
            for (int b = a + 1; b < n; ++b) {
                if (std::uniform_real_distribution<double>(0.0, 1.0)(rng) >= density)
                    continue;
                const long long w = static_cast<long long>(rng() % static_cast<unsigned long long>(maxWeight + 1));
                if (rng() % 2)
                    edges.push_back({a, b, w});
                else
                    edges.push_back({b, a, w});
                if (rng() % 10 == 0) // a parallel edge now and then
                    edges.push_back({b, a, static_cast<long long>(rng() % static_cast<unsigned long long>(maxWeight + 1))});
            }
        }
        const Optimum best = bruteForce(n, edges);
        for (bool maxCardinality : {false, true}) {
            const std::vector<int> mate = *maximumWeightMatching(n, edges, maxCardinality);
            const std::string problem = matchingProblem(n, edges, mate);
            ASSERT_EQ(problem, "") << "round " << round << " n " << n << " maxCardinality " << maxCardinality;
            const long long weight = *matchingWeight(mate, edges);
            if (maxCardinality) {
                ASSERT_EQ(cardinality(mate), best.cardinality) << "round " << round << " n " << n;
                ASSERT_EQ(weight, best.cardinalityWeight) << "round " << round << " n " << n;
            } else {
                // Without maxCardinality only the weight is determined (ties and zero-weight edges
                // leave the size open), but it can never exceed the maximum cardinality.
                ASSERT_EQ(weight, best.weight) << "round " << round << " n " << n;
                ASSERT_LE(cardinality(mate), best.cardinality) << "round " << round << " n " << n;
            }
            ++compared;
        }
    }
    EXPECT_EQ(compared, 6000);
}

TEST(MatchingTest, LargeCompleteGraphIsPerfect)
{
    std::mt19937_64 rng(200);
    const int n = 200;
    Edges edges;
    for (int a = 0; a < n; ++a)
        for (int b = a + 1; b < n; ++b)
            edges.push_back({a, b, static_cast<long long>(rng() % 1000)});
    const std::vector<int> card = *maximumWeightMatching(n, edges, true);
    ASSERT_EQ(matchingProblem(n, edges, card), "");
    EXPECT_EQ(cardinality(card), n / 2);
    const std::vector<int> heavy = *maximumWeightMatching(n, edges, false);
    ASSERT_EQ(matchingProblem(n, edges, heavy), "");
    // Weights are non-negative, so the heaviest matching can be completed to a perfect one of equal weight:
    // both modes must agree on the weight.
    EXPECT_EQ(*matchingWeight(heavy, edges), *matchingWeight(card, edges));
    EXPECT_GT(*matchingWeight(card, edges), 0);
}
