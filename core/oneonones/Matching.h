// Exact maximum-weight matching in general (not necessarily bipartite) graphs.
// See Matching.cpp for the algorithm and for why Boost's implementation is not used.
#pragma once

#include "util/Result.h"

#include <vector>

namespace consentric::oneonones {

// An undirected edge between vertices a and b (0 <= a, b < vertexCount, a != b) with weight >= 0.
struct WeightedEdge
{
    int a;
    int b;
    long long weight;
};

// Returns mate, where mate[v] is the partner of v or -1 when v stays unmatched.
// With maxCardinality: among all matchings of maximum size, one of maximum total weight.
// Without: a matching of maximum total weight (its size is then unspecified when zero-weight edges or ties exist).
// Parallel edges are allowed (the heaviest one counts). A vertex out of range, a loop (a == b) or a
// negative weight is an error (a programming mistake of the caller). Runs in O(n^3) time.
Result<std::vector<int>> maximumWeightMatching(int vertexCount, const std::vector<WeightedEdge> &edges, bool maxCardinality);

// The sum of the weights of the matched edges (the heaviest edge of a matched pair when there are parallel edges).
// An error when mate pairs two vertices that no edge joins, or mate is not symmetric.
Result<long long> matchingWeight(const std::vector<int> &mate, const std::vector<WeightedEdge> &edges);

} // namespace consentric::oneonones
