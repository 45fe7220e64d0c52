// The connection graph on a demo company, side by side with NetworkX (bench/graph_networkx.py):
// builds the owner's snapshot, answers 50 reach queries (everything within 2 hops of a
// company), 50 strongest paths from an employee to a company (at most 4 hops) and a sampled
// betweenness (32 pivots), and writes the graph, the queries and the pivots so the Python
// side answers the same questions with NetworkX's own routines. Both print checksums.
//   bench_graph DATABASE OUTDIR      (bench/graph-vs-networkx.sh runs both)
#include "DemoOwner.h"
#include "graph/Connectors.h"
#include "graph/Layout.h"
#include "graph/Paths.h"
#include "graph/Snapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace consentric;

namespace {

struct Times
{
    std::vector<double> ms;
    double mean() const { return ms.empty() ? 0.0 : std::accumulate(ms.begin(), ms.end(), 0.0) / double(ms.size()); }
    double slowest() const { return ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()); }
};

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

char kindLetter(graph::NodeKind kind)
{
    switch (kind) {
    case graph::NodeKind::Employee: return 'E';
    case graph::NodeKind::Contact: return 'C';
    case graph::NodeKind::Company: return 'K';
    }
    return '?';
}

// `count` items spread evenly over a list.
template<typename T> std::vector<T> spread(const std::vector<T> &all, int count)
{
    std::vector<T> picked;
    for (int i = 0; i < count && !all.empty(); ++i)
        picked.push_back(all[std::size_t(i) * all.size() / std::size_t(count)]);
    return picked;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_graph DATABASE OUTDIR\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[2]);
    const auto demo = bench::openDemoAsOwner(argv[1]);
    if (!demo)
        return 1;
    storage::Database &database = *demo->db;
    const consent::Session &owner = *demo->session;

    Times build;
    std::optional<graph::Snapshot> snapshot;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        auto built = graph::Snapshot::forOwner(database, owner);
        build.ms.push_back(elapsedMs(t));
        if (!built) {
            std::fprintf(stderr, "%s\n", qPrintable(built.message()));
            return 1;
        }
        snapshot.emplace(std::move(*built));
    }
    const graph::Graph &g = snapshot->graph();

    std::vector<graph::Vertex> companies, employees;
    for (const graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        if (g[v].kind == graph::NodeKind::Company)
            companies.push_back(v);
        else if (g[v].kind == graph::NodeKind::Employee && boost::degree(v, g) > 0)
            employees.push_back(v);
    }
    const std::vector<graph::Vertex> targets = spread(companies, 50);
    const std::vector<graph::Vertex> froms = spread(employees, 50);

    Times reach;
    qint64 reachSum = 0;
    for (const graph::Vertex company : targets) {
        QElapsedTimer t;
        t.start();
        const auto found = graph::within(*snapshot, company, 2);
        reach.ms.push_back(elapsedMs(t));
        reachSum += qint64(found.size());
    }

    Times paths;
    double pathSum = 0.0;
    int pathsFound = 0;
    std::vector<std::optional<std::pair<double, int>>> pathAnswers; // weight and hops, per query
    for (std::size_t i = 0; i < targets.size() && i < froms.size(); ++i) {
        QElapsedTimer t;
        t.start();
        const auto found = graph::strongestPaths(*snapshot, {froms[i]}, targets[i], 4, 1);
        paths.ms.push_back(elapsedMs(t));
        pathAnswers.push_back(found.empty() ? std::nullopt : std::optional(std::pair(found.front().weight, found.front().hops())));
        if (!found.empty()) {
            pathSum += found.front().weight;
            ++pathsFound;
        }
    }

    QElapsedTimer t;
    t.start();
    const std::vector<double> scores = graph::betweenness(g, 32, 1);
    const double betweennessMs = elapsedMs(t);
    const double scoreSum = std::accumulate(scores.begin(), scores.end(), 0.0);

    // Layout of a 5,000-node piece around the best-connected employee: the concentric
    // layout is the first picture, the force-directed one starts from it.
    graph::Vertex centre = employees.empty() ? 0 : employees.front();
    for (const graph::Vertex v : employees) {
        if (boost::degree(v, g) > boost::degree(centre, g))
            centre = v;
    }
    std::vector<int> index(boost::num_vertices(g), -1);
    std::vector<graph::Vertex> piece{centre};
    index[centre] = 0;
    for (std::size_t head = 0; head < piece.size() && piece.size() < 5000; ++head) {
        for (const graph::Vertex w : boost::make_iterator_range(boost::adjacent_vertices(piece[head], g))) {
            if (index[w] < 0 && piece.size() < 5000) {
                index[w] = int(piece.size());
                piece.push_back(w);
            }
        }
    }
    graph::Graph visible(piece.size());
    for (const auto e : boost::make_iterator_range(boost::edges(g))) {
        const int a = index[boost::source(e, g)], b = index[boost::target(e, g)];
        if (a >= 0 && b >= 0)
            boost::add_edge(graph::Vertex(a), graph::Vertex(b), g[e], visible);
    }
    t.restart();
    graph::Positions positions = graph::concentricLayout(visible, 0);
    const double firstPictureMs = elapsedMs(t);
    const double ringsRatio = graph::edgeToPairRatio(visible, positions);
    t.restart();
    graph::forceDirectedLayout(visible, positions);
    const double convergedMs = elapsedMs(t);
    const double forceRatio = graph::edgeToPairRatio(visible, positions);

    // The same graph and questions for NetworkX.
    QFile file(out + QStringLiteral("/graph.tsv"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        return 1;
    }
    QTextStream text(&file);
    for (const graph::Vertex v : boost::make_iterator_range(boost::vertices(g)))
        text << "V\t" << v << '\t' << kindLetter(g[v].kind) << '\n';
    for (const auto e : boost::make_iterator_range(boost::edges(g)))
        text << "E\t" << boost::source(e, g) << '\t' << boost::target(e, g) << '\t' << QString::number(graph::edgeWeight(g, e), 'g', 17) << '\n';
    for (const graph::Vertex v : targets)
        text << "R\t" << v << '\n';
    // Each path query with the C++ answer (weight, or "-"), so the Python side can compare
    // query by query.
    for (std::size_t i = 0; i < pathAnswers.size(); ++i) {
        text << "P\t" << froms[i] << '\t' << targets[i] << '\t'
             << (pathAnswers[i] ? QString::number(pathAnswers[i]->first, 'g', 17) : QStringLiteral("-")) << '\n';
    }
    text << "B";
    for (const graph::Vertex v : graph::pivotsOf(g, 32, 1))
        text << '\t' << v;
    text << '\n';
    text.flush();

    std::printf("graph\t%zu nodes\t%zu edges\n", boost::num_vertices(g), boost::num_edges(g));
    std::printf("snapshot\t%.3f\t%.3f\n", build.mean(), build.slowest());
    std::printf("reach\t%.4f\t%.4f\t%lld\n", reach.mean(), reach.slowest(), static_cast<long long>(reachSum));
    std::printf("path\t%.4f\t%.4f\t%d %.6f\n", paths.mean(), paths.slowest(), pathsFound, pathSum);
    std::printf("betweenness\t%.1f\t%.1f\t%.6f\n", betweennessMs, betweennessMs, scoreSum);
    std::printf("layout\t%zu nodes\t%zu edges\t%.1f\t%.3f\t%.1f\t%.3f\n", boost::num_vertices(visible), boost::num_edges(visible), firstPictureMs,
        ringsRatio, convergedMs + firstPictureMs, forceRatio);
    return 0;
}
