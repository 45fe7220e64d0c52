#include "graph/Connectors.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <numeric>
#include <random>

namespace consentric::graph {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::graph::Connectors", text);
}

} // namespace

std::vector<Vertex> pivotsOf(const Graph &g, int pivots, quint64 seed)
{
    const auto n = boost::num_vertices(g);
    std::vector<Vertex> all(n);
    std::iota(all.begin(), all.end(), Vertex(0));
    if (pivots <= 0 || std::size_t(pivots) >= n)
        return all;
    // A partial Fisher–Yates shuffle: the first `pivots` are a uniform sample (the same
    // on every machine: mt19937_64 is specified exactly, and no distribution is used).
    std::mt19937_64 random(seed);
    for (std::size_t i = 0; i < std::size_t(pivots); ++i)
        std::swap(all[i], all[i + std::size_t(random() % (n - i))]);
    all.resize(std::size_t(pivots));
    return all;
}

std::vector<double> betweenness(const Graph &g, int pivots, quint64 seed)
{
    const std::size_t n = boost::num_vertices(g);
    std::vector<double> score(n, 0.0);
    if (n < 3)
        return score;
    const std::vector<Vertex> sources = pivotsOf(g, pivots, seed);
    // Brandes: one breadth-first search per source counts shortest paths (sigma), then
    // dependencies flow back in reverse order of discovery.
    std::vector<double> sigma(n), delta(n);
    std::vector<int> distance(n);
    std::vector<std::vector<Vertex>> predecessors(n);
    std::vector<Vertex> order, queue;
    order.reserve(n);
    queue.reserve(n);
    for (const Vertex s : sources) {
        std::fill(sigma.begin(), sigma.end(), 0.0);
        std::fill(delta.begin(), delta.end(), 0.0);
        std::fill(distance.begin(), distance.end(), -1);
        for (auto &p : predecessors)
            p.clear();
        order.clear();
        queue.clear();
        sigma[s] = 1.0;
        distance[s] = 0;
        queue.push_back(s);
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const Vertex v = queue[head];
            order.push_back(v);
            for (const Vertex w : boost::make_iterator_range(boost::adjacent_vertices(v, g))) {
                if (distance[w] < 0) {
                    distance[w] = distance[v] + 1;
                    queue.push_back(w);
                }
                if (distance[w] == distance[v] + 1) {
                    sigma[w] += sigma[v];
                    predecessors[w].push_back(v);
                }
            }
        }
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const Vertex w = *it;
            for (const Vertex v : predecessors[w])
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            if (w != s)
                score[w] += delta[w];
        }
    }
    // Each pair was counted from both ends; sampled runs stand for all n sources.
    const double sampled = double(n) / double(sources.size());
    const double normalise = 1.0 / (double(n - 1) * double(n - 2));
    for (double &x : score)
        x *= sampled * normalise;
    return score;
}

Result<std::vector<Connector>> connectors(const Snapshot &owners, int limit, int pivots)
{
    if (owners.viewer() != Snapshot::Viewer::Owner)
        return fail(tr("The team's connectors are the owner's view; an employee sees their own figure."));
    const Graph &g = owners.graph();
    const std::vector<double> score = betweenness(g, pivots);
    std::vector<Connector> list;
    QHash<QString, std::pair<double, int>> departments; // sum, people
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const Node &node = g[v];
        switch (node.kind) {
        case NodeKind::Contact: list.push_back({Connector::Kind::Contact, node.label, score[v]}); break;
        case NodeKind::Company: list.push_back({Connector::Kind::Company, node.label, score[v]}); break;
        case NodeKind::Employee:
            if (!node.department.isEmpty()) {
                auto &d = departments[node.department];
                d.first += score[v];
                ++d.second;
            }
            break;
        }
    }
    for (auto it = departments.cbegin(); it != departments.cend(); ++it) {
        if (it->second >= metrics::kMinimumGroup)
            list.push_back({Connector::Kind::Department, it.key(), it->first});
    }
    std::sort(
        list.begin(), list.end(), [](const Connector &a, const Connector &b) { return a.score != b.score ? a.score > b.score : a.label < b.label; });
    std::erase_if(list, [](const Connector &c) { return c.score <= 0.0; });
    if (int(list.size()) > limit)
        list.resize(std::size_t(std::max(0, limit)));
    return list;
}

Result<double> ownScore(const Snapshot &mine, qint64 personId)
{
    if (mine.viewer() != Snapshot::Viewer::Employee)
        return fail(tr("An employee's own figure comes from their own network."));
    const std::optional<Vertex> me = mine.employee(personId);
    if (!me)
        return fail(tr("This network is someone else's."));
    return betweenness(mine.graph())[*me];
}

} // namespace consentric::graph
