// Connectors: the nodes many shortest paths pass through (betweenness centrality, Brandes'
// algorithm over hops). Exact on small graphs; on big ones, sampled from `pivots` sources
// chosen with a fixed seed and scaled by n / pivots, as NetworkX's betweenness_centrality(k,
// seed) does (Boost's brandes_betweenness_centrality has no sampled variant).
//
// What the owner may see of them: contacts, companies and departments, never a ranking of
// employees. A department's figure is the sum over its employees, shown only for departments
// of three or more people. An employee sees their own figure on their own snapshot.
#pragma once

#include "graph/Snapshot.h"

#include <QString>

#include <vector>

namespace consentric::graph {

// Normalised betweenness of every vertex (as NetworkX: 2 / ((n − 1)(n − 2)) on an
// undirected graph). `pivots` 0 or ≥ n: exact.
std::vector<double> betweenness(const Graph &g, int pivots = 0, quint64 seed = 1);
// The sources a sampled run starts from (for comparing with another implementation).
std::vector<Vertex> pivotsOf(const Graph &g, int pivots, quint64 seed);

struct Connector
{
    enum class Kind { Contact, Company, Department };
    Kind kind = Kind::Contact;
    QString label;
    double score = 0.0;
};

// The owner's list, strongest first, at most `limit` entries.
Result<std::vector<Connector>> connectors(const Snapshot &owners, int limit = 20, int pivots = 32);
// The signed-in employee's own figure, on their own snapshot.
Result<double> ownScore(const Snapshot &mine, qint64 personId);

} // namespace consentric::graph
