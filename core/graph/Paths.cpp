#include "graph/Paths.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace consentric::graph {

namespace {

constexpr int kColleagueStrength = 3;

// One way of reaching a vertex in a given number of hops: its weight, the employee who
// would introduce (the last one passed), and where it came from (a vertex and the index of
// that vertex's entry one layer earlier).
struct Entry
{
    double weight = 0.0;
    std::optional<Vertex> introducer;
    Vertex parent = 0;
    int parentEntry = -1;
};

using Layer = std::unordered_map<Vertex, std::vector<Entry>>;

// Keeps the `k` lightest entries of a vertex, one per introducer.
void offer(std::vector<Entry> &entries, const Entry &candidate, int k)
{
    for (Entry &e : entries) {
        if (e.introducer == candidate.introducer) {
            if (candidate.weight < e.weight)
                e = candidate;
            return;
        }
    }
    entries.push_back(candidate);
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.weight < b.weight; });
    if (int(entries.size()) > k)
        entries.resize(std::size_t(k));
}

} // namespace

double edgeWeight(const Graph &g, Graph::edge_descriptor edge)
{
    const Vertex a = boost::source(edge, g);
    const Vertex b = boost::target(edge, g);
    if (g[a].kind == NodeKind::Company || g[b].kind == NodeKind::Company)
        return 0.0;
    const int strength = g[a].kind == NodeKind::Employee && g[b].kind == NodeKind::Employee ? kColleagueStrength : g[edge].strength;
    return -std::log(double(std::clamp(strength, 1, 5)) / 5.0);
}

std::vector<Path> strongestPaths(const Snapshot &snapshot, const std::vector<Vertex> &sources, Vertex target, int maxHops, int alternatives)
{
    const Graph &g = snapshot.graph();
    std::vector<Layer> layers(1);
    for (const Vertex s : sources) {
        const std::optional<Vertex> introducer = g[s].kind == NodeKind::Employee ? std::optional<Vertex>(s) : std::nullopt;
        offer(layers[0][s], Entry{0.0, introducer, s, -1}, alternatives);
    }
    // Layer by layer (a hop bound, which Dijkstra does not keep), each vertex keeping its
    // best few ways in by distinct introducers. A company is an end: nobody is reached
    // through one, so "works at" never joins two people.
    for (int hop = 1; hop <= maxHops; ++hop) {
        Layer next;
        for (const auto &[vertex, entries] : layers.back()) {
            if (vertex == target || (g[vertex].kind == NodeKind::Company && hop > 1))
                continue;
            for (const auto edge : boost::make_iterator_range(boost::out_edges(vertex, g))) {
                const Vertex to = boost::target(edge, g);
                const double w = edgeWeight(g, edge);
                for (int i = 0; i < int(entries.size()); ++i) {
                    const Entry &from = entries[std::size_t(i)];
                    const std::optional<Vertex> introducer = g[to].kind == NodeKind::Employee ? std::optional<Vertex>(to) : from.introducer;
                    offer(next[to], Entry{from.weight + w, introducer, vertex, i}, alternatives);
                }
            }
        }
        layers.push_back(std::move(next));
    }
    // The best entries at the target over all layers, one per introducer.
    struct Found
    {
        int layer;
        int entry;
        Entry e;
    };
    std::vector<Found> found;
    for (int layer = 0; layer < int(layers.size()); ++layer) {
        const auto at = layers[std::size_t(layer)].find(target);
        if (at == layers[std::size_t(layer)].end())
            continue;
        for (int i = 0; i < int(at->second.size()); ++i) {
            const Entry &e = at->second[std::size_t(i)];
            if (!e.introducer)
                continue;
            auto same = std::find_if(found.begin(), found.end(), [&e](const Found &f) { return f.e.introducer == e.introducer; });
            if (same == found.end())
                found.push_back({layer, i, e});
            else if (e.weight < same->e.weight)
                *same = {layer, i, e};
        }
    }
    std::sort(found.begin(), found.end(),
        [](const Found &a, const Found &b) { return a.e.weight != b.e.weight ? a.e.weight < b.e.weight : a.layer < b.layer; });
    if (int(found.size()) > alternatives)
        found.resize(std::size_t(alternatives));
    std::vector<Path> paths;
    for (const Found &f : found) {
        Path path;
        path.weight = f.e.weight;
        path.introducer = *f.e.introducer;
        Vertex vertex = target;
        int entry = f.entry;
        for (int layer = f.layer; layer >= 0; --layer) {
            path.vertices.push_back(vertex);
            const Entry &e = layers[std::size_t(layer)].at(vertex)[std::size_t(entry)];
            vertex = e.parent;
            entry = e.parentEntry;
        }
        std::reverse(path.vertices.begin(), path.vertices.end());
        paths.push_back(std::move(path));
    }
    return paths;
}

std::vector<Vertex> employees(const Snapshot &snapshot)
{
    std::vector<Vertex> list;
    for (const Vertex v : boost::make_iterator_range(boost::vertices(snapshot.graph()))) {
        if (snapshot.graph()[v].kind == NodeKind::Employee)
            list.push_back(v);
    }
    return list;
}

std::vector<std::pair<Vertex, int>> within(const Snapshot &snapshot, Vertex from, int cutoff)
{
    const Graph &g = snapshot.graph();
    std::vector<std::pair<Vertex, int>> found{{from, 0}};
    std::unordered_map<Vertex, int> seen{{from, 0}};
    for (std::size_t head = 0; head < found.size(); ++head) {
        const auto [v, d] = found[head];
        if (d == cutoff)
            continue;
        for (const Vertex w : boost::make_iterator_range(boost::adjacent_vertices(v, g))) {
            if (seen.emplace(w, d + 1).second)
                found.emplace_back(w, d + 1);
        }
    }
    return found;
}

std::optional<int> degreesOfSeparation(const Snapshot &snapshot, Vertex from, Vertex to)
{
    const Graph &g = snapshot.graph();
    std::vector<int> distance(boost::num_vertices(g), -1);
    distance[from] = 0;
    boost::breadth_first_search(g, from,
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(
            boost::make_iterator_property_map(distance.begin(), boost::get(boost::vertex_index, g)), boost::on_tree_edge()))));
    return distance[to] < 0 ? std::nullopt : std::optional<int>(distance[to]);
}

std::vector<int> components(const Snapshot &snapshot, int *count)
{
    const Graph &g = snapshot.graph();
    std::vector<int> piece(boost::num_vertices(g), 0);
    const int n = boost::num_vertices(g) == 0 ? 0 : boost::connected_components(g, piece.data());
    if (count)
        *count = n;
    return piece;
}

} // namespace consentric::graph
