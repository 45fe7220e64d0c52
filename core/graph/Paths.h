// Queries over one snapshot: the strongest introduction paths to a person or company, the
// degrees of separation between two nodes, and the connected pieces of the graph.
//
// A path's weight is the sum of −log(strength / 5) over its connections (strength 5 costs
// nothing, 1 costs 1.61); two colleagues of one department count as strength 3, and
// "works at" costs nothing. The strongest path is the lightest one of at most `maxHops`
// edges (4 by default). Alternatives differ in their introducer: the last employee on the
// path, the one who would make the introduction.
//
// On the owner's snapshot every contact node is a shared connection, so no path can pass
// through a discoverable one: the privacy rule holds by construction.
#pragma once

#include "graph/Snapshot.h"

#include <optional>
#include <vector>

namespace consentric::graph {

struct Path
{
    std::vector<Vertex> vertices; // from a source to the target
    double weight = 0.0;
    int hops() const { return int(vertices.size()) - 1; }
    Vertex introducer = 0; // the last employee on the path
};

// Weight of one edge, as above.
double edgeWeight(const Graph &g, Graph::edge_descriptor edge);

// The strongest paths from any of `sources` to `target`, at most `alternatives` of them
// with different introducers, lightest first. Empty when none is within `maxHops`.
std::vector<Path> strongestPaths(const Snapshot &snapshot, const std::vector<Vertex> &sources, Vertex target, int maxHops = 4, int alternatives = 3);

// Every employee of the snapshot, as sources "from the team".
std::vector<Vertex> employees(const Snapshot &snapshot);

// Every vertex within `cutoff` hops of `from` (itself included, at 0), with its distance:
// "who is within two hops of Acme" is the employees among them.
std::vector<std::pair<Vertex, int>> within(const Snapshot &snapshot, Vertex from, int cutoff);

// The fewest hops between two nodes, or nothing when they are in different pieces.
std::optional<int> degreesOfSeparation(const Snapshot &snapshot, Vertex from, Vertex to);

// The connected piece of each vertex (indexed by vertex), numbered from 0; `count` how many.
std::vector<int> components(const Snapshot &snapshot, int *count = nullptr);

} // namespace consentric::graph
