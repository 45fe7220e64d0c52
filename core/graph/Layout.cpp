#include "graph/Layout.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>
#include <random>

namespace consentric::graph {

Positions concentricLayout(const Graph &g, Vertex centre, double ringGap)
{
    const std::size_t n = boost::num_vertices(g);
    Positions positions(n);
    if (n == 0)
        return positions;
    // Breadth-first rings; each node remembers the node it was reached from.
    std::vector<int> ring(n, -1);
    std::vector<Vertex> parent(n, centre);
    std::vector<std::vector<Vertex>> rings{{centre}};
    ring[centre] = 0;
    for (std::size_t r = 0; r < rings.size(); ++r) {
        std::vector<Vertex> next;
        for (const Vertex v : rings[r]) {
            for (const Vertex w : boost::make_iterator_range(boost::adjacent_vertices(v, g))) {
                if (ring[w] < 0) {
                    ring[w] = int(r) + 1;
                    parent[w] = v;
                    next.push_back(w);
                }
            }
        }
        if (next.empty())
            break;
        rings.push_back(std::move(next));
    }
    std::vector<Vertex> elsewhere;
    for (Vertex v = 0; v < n; ++v) {
        if (ring[v] < 0)
            elsewhere.push_back(v);
    }
    if (!elsewhere.empty())
        rings.push_back(std::move(elsewhere));
    std::vector<double> angle(n, 0.0);
    positions[centre] = QPointF(0, 0);
    for (std::size_t r = 1; r < rings.size(); ++r) {
        std::vector<Vertex> &members = rings[r];
        // Children follow their parent's angle (stable: siblings keep their order).
        std::stable_sort(members.begin(), members.end(),
            [&](Vertex a, Vertex b) { return ring[a] >= 0 && ring[b] >= 0 ? angle[parent[a]] < angle[parent[b]] : a < b; });
        const double radius = ringGap * double(r);
        for (std::size_t i = 0; i < members.size(); ++i) {
            const double a = 2.0 * std::numbers::pi * (double(i) + 0.5) / double(members.size());
            angle[members[i]] = a;
            positions[members[i]] = QPointF(radius * std::cos(a), radius * std::sin(a));
        }
    }
    return positions;
}

namespace {

// A Barnes–Hut quadtree over the node positions: each cell knows how many nodes it holds
// and their centre of mass.
class QuadTree
{
public:
    QuadTree(const Positions &positions)
        : m_positions(positions)
    {
        double minX = 0, minY = 0, maxX = 1, maxY = 1;
        if (!positions.empty()) {
            minX = maxX = positions.front().x();
            minY = maxY = positions.front().y();
            for (const QPointF &p : positions) {
                minX = std::min(minX, p.x());
                maxX = std::max(maxX, p.x());
                minY = std::min(minY, p.y());
                maxY = std::max(maxY, p.y());
            }
        }
        const double size = std::max({maxX - minX, maxY - minY, 1.0});
        m_cells.push_back(cellAt(minX, minY, size));
        for (std::size_t i = 0; i < positions.size(); ++i)
            insert(0, i, 0);
    }

    // The repulsion on node `i`: bodies k² / d away from it.
    QPointF repulsion(std::size_t i, double k2, double theta) const
    {
        QPointF force;
        const QPointF p = m_positions[i];
        std::vector<int> stack{0};
        while (!stack.empty()) {
            const Cell &cell = m_cells[std::size_t(stack.back())];
            stack.pop_back();
            if (cell.count == 0 || (cell.count == 1 && cell.body == i))
                continue;
            const QPointF centre = cell.mass / double(cell.count);
            QPointF d = p - centre;
            double distance = std::hypot(d.x(), d.y());
            const bool leaf = cell.children[0] < 0;
            if (leaf || cell.size / std::max(distance, 1e-9) < theta) {
                double bodies = double(cell.count);
                if (leaf && cell.body == i)
                    continue;
                if (distance < 1e-6) { // on top of each other: push apart in a fixed direction
                    d = QPointF(1e-3 * double(i % 7 + 1), 1e-3 * double(i % 5 + 1));
                    distance = std::hypot(d.x(), d.y());
                }
                force += d / distance * (k2 * bodies / distance);
                continue;
            }
            for (const int child : cell.children) {
                if (child >= 0)
                    stack.push_back(child);
            }
        }
        return force;
    }

private:
    struct Cell
    {
        double x = 0, y = 0, size = 0;
        int count = 0;
        QPointF mass; // sum of positions
        std::size_t body = 0; // the one node of a leaf
        int children[4] = {-1, -1, -1, -1};
    };

    static Cell cellAt(double x, double y, double size)
    {
        Cell cell;
        cell.x = x;
        cell.y = y;
        cell.size = size;
        return cell;
    }

    void insert(int cellIndex, std::size_t node, int depth)
    {
        for (;;) {
            Cell &cell = m_cells[std::size_t(cellIndex)];
            const QPointF p = m_positions[node];
            if (cell.count == 0) {
                cell.count = 1;
                cell.mass = p;
                cell.body = node;
                return;
            }
            // Nodes at (nearly) the same place share a leaf rather than splitting forever.
            if (cell.children[0] < 0 && depth >= 40) {
                ++cell.count;
                cell.mass += p;
                return;
            }
            if (cell.children[0] < 0) {
                const double half = cell.size / 2.0;
                for (int q = 0; q < 4; ++q) {
                    const int index = int(m_cells.size());
                    m_cells.push_back(cellAt(
                        m_cells[std::size_t(cellIndex)].x + (q & 1 ? half : 0.0), m_cells[std::size_t(cellIndex)].y + (q & 2 ? half : 0.0), half));
                    m_cells[std::size_t(cellIndex)].children[q] = index;
                }
                Cell &again = m_cells[std::size_t(cellIndex)];
                const std::size_t old = again.body;
                again.count = 0;
                again.mass = QPointF();
                const int oldQuadrant = quadrant(again, m_positions[old]);
                ++again.count;
                again.mass += m_positions[old];
                insert(again.children[oldQuadrant], old, depth + 1);
            }
            Cell &parent = m_cells[std::size_t(cellIndex)];
            ++parent.count;
            parent.mass += p;
            cellIndex = parent.children[quadrant(parent, p)];
            ++depth;
        }
    }
    static int quadrant(const Cell &cell, QPointF p)
    {
        const double half = cell.size / 2.0;
        return (p.x() >= cell.x + half ? 1 : 0) | (p.y() >= cell.y + half ? 2 : 0);
    }

    const Positions &m_positions;
    std::vector<Cell> m_cells;
};

} // namespace

bool forceDirectedLayout(const Graph &g, Positions &positions, const ForceOptions &options)
{
    const std::size_t n = boost::num_vertices(g);
    positions.resize(n);
    if (n < 2)
        return true;
    const double k = options.edgeLength;
    const double k2 = k * k;
    // The largest step shrinks from one edge length to almost nothing.
    const double startTemperature = k;
    std::vector<QPointF> displacement(n);
    for (int step = 0; step < options.steps; ++step) {
        const double temperature = startTemperature * (1.0 - double(step) / double(options.steps)) + 0.5;
        const QuadTree tree(positions);
        for (std::size_t i = 0; i < n; ++i)
            displacement[i] = tree.repulsion(i, k2, options.theta) - positions[i] * options.gravity;
        for (const auto e : boost::make_iterator_range(boost::edges(g))) {
            const Vertex a = boost::source(e, g);
            const Vertex b = boost::target(e, g);
            const QPointF d = positions[a] - positions[b];
            const double distance = std::max(std::hypot(d.x(), d.y()), 1e-6);
            const QPointF pull = d / distance * (distance * distance / k);
            displacement[a] -= pull;
            displacement[b] += pull;
        }
        for (std::size_t i = 0; i < n; ++i) {
            const double length = std::hypot(displacement[i].x(), displacement[i].y());
            if (length > 1e-9)
                positions[i] += displacement[i] / length * std::min(length, temperature);
        }
        if (options.progress && !options.progress(step + 1, options.steps))
            return false;
    }
    return true;
}

double edgeToPairRatio(const Graph &g, const Positions &positions, int pairs, quint64 seed)
{
    const std::size_t n = boost::num_vertices(g);
    if (n < 2 || boost::num_edges(g) == 0)
        return 0.0;
    double edges = 0.0;
    for (const auto e : boost::make_iterator_range(boost::edges(g)))
        edges += QLineF(positions[boost::source(e, g)], positions[boost::target(e, g)]).length();
    edges /= double(boost::num_edges(g));
    std::mt19937_64 random(seed);
    double apart = 0.0;
    for (int i = 0; i < pairs; ++i) {
        const std::size_t a = random() % n;
        std::size_t b = random() % n;
        if (b == a)
            b = (b + 1) % n;
        apart += QLineF(positions[a], positions[b]).length();
    }
    apart /= double(pairs);
    return apart > 0.0 ? edges / apart : 0.0;
}

} // namespace consentric::graph
