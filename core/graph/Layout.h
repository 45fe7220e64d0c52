// Where the map draws each node. Two layouts, both in core so they run off the GUI thread:
//
// - concentric: rings by hop distance from a chosen person (the product's namesake); within
//   a ring, nodes follow the angle of the node that led to them, so branches stay together;
//   nodes in other pieces of the graph go on one outer ring;
// - force-directed: springs along edges and repulsion between all nodes, the repulsion
//   approximated with a Barnes–Hut quadtree (O(n log n) a step; Boost's
//   Fruchterman–Reingold costs 55–77 ms a step at 6,300 nodes here). It starts from given
//   positions (the concentric layout, or where the map last was, so it does not jump),
//   cools over its steps, reports progress and stops when asked.
#pragma once

#include "graph/Snapshot.h"

#include <QPointF>

#include <functional>
#include <vector>

namespace consentric::graph {

using Positions = std::vector<QPointF>; // indexed by vertex

// Rings `ringGap` apart around `centre`.
Positions concentricLayout(const Graph &g, Vertex centre, double ringGap = 100.0);

struct ForceOptions
{
    int steps = 150;
    double edgeLength = 60.0; // the length springs pull towards
    double theta = 0.9; // Barnes–Hut: a cell this far away (size / distance below theta) counts as one body
    double gravity = 0.02; // keeps separate pieces from drifting apart
    // Called after each step with (done, total); returning false stops the layout there.
    std::function<bool(int, int)> progress;
};

// Improves `start` in place; returns false when cancelled (the positions so far are kept).
bool forceDirectedLayout(const Graph &g, Positions &start, const ForceOptions &options = {});

// The quality figure of the issue: the mean edge length divided by the mean distance between
// `pairs` random pairs of nodes (about 1.0 for random placement, lower is better).
double edgeToPairRatio(const Graph &g, const Positions &positions, int pairs = 20'000, quint64 seed = 1);

} // namespace consentric::graph
