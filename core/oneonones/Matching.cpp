// Maximum-weight matching in general graphs: Edmonds' primal-dual blossom algorithm, O(n^3)
// (as described in Z. Galil, "Efficient algorithms for finding maximum matching in graphs", 1986).
//
// Why not Boost: boost::maximum_weighted_matching (Boost 1.74, the version we build against) returns
// non-optimal or invalid matchings on some inputs (boostorg/graph issues #199, #223 and #399), and it has
// no "maximum cardinality first" mode. This file is self-contained and uses the standard library only.
//
// Outline. The algorithm keeps a matching and dual variables u(v) for vertices and z(B) for blossoms
// (odd sets of vertices contracted into one node), such that every edge has slack
//   slack(i, j) = u(i) + u(j) - 2 w(i, j) + sum of 2 z(B) over blossoms B containing both i and j  >= 0
// (this implementation stores doubled duals: vertex duals start at max weight and slack(i,j) is
// u(i)+u(j)-2w, so with integer weights every quantity stays an integer). Each stage grows alternating
// trees from all exposed vertices over tight (zero-slack) edges: vertices/blossoms at even depth are
// labelled S, at odd depth T. An edge between two S-nodes of different trees gives an augmenting path
// (augment, end the stage); between two S-nodes of the same tree it closes an odd cycle, which is
// contracted into a new S-blossom. When no tight edge helps, the duals are changed by delta, the least of:
//   delta1: the smallest vertex dual (u of S-vertices reaching 0 means the matching is optimal),
//   delta2: the least slack of an edge from an S-vertex to a free vertex,
//   delta3: half the least slack of an edge between two different S-blossoms,
//   delta4: the smallest z of a T-blossom (that blossom is then expanded into its sub-blossoms).
// S-duals go down by delta, T-duals up (blossom duals the other way), which keeps all slacks >= 0 and
// makes at least one new edge tight or one blossom expandable. At the end of a stage S-blossoms whose
// dual reached 0 are expanded. With maxCardinality, delta1 is not used while anything else applies,
// so the search continues until no augmenting path exists at all (vertex duals may then go negative).
//
// Data layout: vertices are 0..n-1, blossoms n..2n-1. Edge k has endpoints 2k and 2k+1 (endpointVertex);
// p ^ 1 is the other end of endpoint p. mate[v] holds the remote endpoint of v's matched edge.
// A blossom's children are listed from its base child around the cycle; ends[b][i] is the endpoint of
// the edge between children i and i+1 that lies in child i (its ^ 1 lies in child i+1).
#include "oneonones/Matching.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <utility>

namespace consentric::oneonones {

namespace {

class BlossomMatcher
{
public:
    BlossomMatcher(int vertexCount, std::vector<WeightedEdge> simpleEdges)
        : n(vertexCount)
        , edges(std::move(simpleEdges))
    { }

    std::vector<int> run(bool maxCardinality);

private:
    int n;
    std::vector<WeightedEdge> edges;
    std::vector<int> endpointVertex;
    std::vector<std::vector<int>> neighbourEnds; // per vertex: remote endpoints of its edges
    std::vector<int> mate;
    std::vector<int> label; // 0 free, 1 S, 2 T (5 temporarily while scanning)
    std::vector<int> labelEnd;
    std::vector<int> inBlossom;
    std::vector<int> parent;
    std::vector<std::vector<int>> children;
    std::vector<std::vector<int>> ends;
    std::vector<int> base;
    std::vector<int> bestEdge;
    std::vector<std::vector<int>> bestEdges; // per S-blossom: least-slack edges to other S-blossoms
    std::vector<int> unused;
    std::vector<long long> dual;
    std::vector<char> allowEdge;
    std::vector<int> queue;

    long long slack(int k) const { return dual[edges[k].a] + dual[edges[k].b] - 2 * edges[k].weight; }
    int other(int p) const { return endpointVertex[p ^ 1]; }
    static int at(const std::vector<int> &cycle, int j)
    {
        const int size = static_cast<int>(cycle.size());
        return cycle[((j % size) + size) % size];
    }
    void leaves(int b, std::vector<int> &out) const;
    void assignLabel(int w, int t, int p);
    int scanBlossom(int v, int w);
    void addBlossom(int baseVertex, int k);
    void expandBlossom(int b, bool endStage);
    void augmentBlossom(int b, int v);
    void augmentMatching(int k);
    bool runStage(bool maxCardinality);
};

void BlossomMatcher::leaves(int b, std::vector<int> &out) const
{
    if (b < n) {
        out.push_back(b);
        return;
    }
    for (int child : children[b])
        leaves(child, out);
}

// Labels the top-level blossom containing w with t, reached through endpoint p (p's vertex is outside).
// A T-blossom's base is matched, so its mate's blossom becomes S in turn.
void BlossomMatcher::assignLabel(int w, int t, int p)
{
    const int b = inBlossom[w];
    label[w] = label[b] = t;
    labelEnd[w] = labelEnd[b] = p;
    bestEdge[w] = bestEdge[b] = -1;
    if (t == 1) {
        leaves(b, queue);
    } else {
        const int m = mate[base[b]];
        assignLabel(endpointVertex[m], 1, m ^ 1);
    }
}

// Follows the trees back from S-vertices v and w alternately. Returns the base of the new blossom when
// both paths meet, or -1 when they reach two different roots (an augmenting path).
int BlossomMatcher::scanBlossom(int v, int w)
{
    std::vector<int> path;
    int found = -1;
    while (v != -1 || w != -1) {
        int b = inBlossom[v];
        if (label[b] & 4) {
            found = base[b];
            break;
        }
        path.push_back(b);
        label[b] = 5;
        if (labelEnd[b] == -1) {
            v = -1; // reached an exposed root
        } else {
            v = endpointVertex[labelEnd[b]]; // into the T-blossom
            b = inBlossom[v];
            v = endpointVertex[labelEnd[b]]; // and on to the next S-blossom
        }
        if (w != -1)
            std::swap(v, w);
    }
    for (int b : path)
        label[b] = 1;
    return found;
}

// Contracts the odd cycle closed by edge k (between two S-vertices of one tree) into a new S-blossom.
void BlossomMatcher::addBlossom(int baseVertex, int k)
{
    int v = edges[k].a;
    int w = edges[k].b;
    const int bb = inBlossom[baseVertex];
    int bv = inBlossom[v];
    int bw = inBlossom[w];
    const int b = unused.back();
    unused.pop_back();
    base[b] = baseVertex;
    parent[b] = -1;
    parent[bb] = b;
    std::vector<int> path;
    std::vector<int> endps;
    while (bv != bb) {
        parent[bv] = b;
        path.push_back(bv);
        endps.push_back(labelEnd[bv]);
        v = endpointVertex[labelEnd[bv]];
        bv = inBlossom[v];
    }
    path.push_back(bb);
    std::reverse(path.begin(), path.end());
    std::reverse(endps.begin(), endps.end());
    endps.push_back(2 * k);
    while (bw != bb) {
        parent[bw] = b;
        path.push_back(bw);
        endps.push_back(labelEnd[bw] ^ 1);
        w = endpointVertex[labelEnd[bw]];
        bw = inBlossom[w];
    }
    children[b] = path;
    ends[b] = std::move(endps);
    label[b] = 1;
    labelEnd[b] = labelEnd[bb];
    dual[b] = 0;
    std::vector<int> inside;
    leaves(b, inside);
    for (int x : inside) {
        if (label[inBlossom[x]] == 2)
            queue.push_back(x); // former T-vertices are S now and must be scanned
        inBlossom[x] = b;
    }
    // The least-slack edge from the new blossom to each other S-blossom.
    std::vector<int> bestTo(2 * n, -1);
    for (int child : path) {
        std::vector<int> candidates = bestEdges[child];
        if (candidates.empty()) {
            std::vector<int> childLeaves;
            leaves(child, childLeaves);
            for (int x : childLeaves)
                for (int p : neighbourEnds[x])
                    candidates.push_back(p / 2);
        }
        for (int e : candidates) {
            int j = edges[e].b;
            if (inBlossom[j] == b)
                j = edges[e].a;
            const int bj = inBlossom[j];
            if (bj != b && label[bj] == 1 && (bestTo[bj] == -1 || slack(e) < slack(bestTo[bj])))
                bestTo[bj] = e;
        }
        bestEdges[child].clear();
        bestEdge[child] = -1;
    }
    bestEdges[b].clear();
    bestEdge[b] = -1;
    for (int e : bestTo) {
        if (e == -1)
            continue;
        bestEdges[b].push_back(e);
        if (bestEdge[b] == -1 || slack(e) < slack(bestEdge[b]))
            bestEdge[b] = e;
    }
}

// Turns blossom b back into its children. For a T-blossom in mid-stage, the even-length alternating
// path from the entry child to the base child is relabelled T, S, ..., T, and children off that path
// become T only if one of their vertices was reached by a tight edge from an S-vertex.
void BlossomMatcher::expandBlossom(int b, bool endStage)
{
    for (int s : children[b]) {
        parent[s] = -1;
        if (s < n) {
            inBlossom[s] = s;
        } else if (endStage && dual[s] == 0) {
            expandBlossom(s, endStage);
        } else {
            std::vector<int> inside;
            leaves(s, inside);
            for (int x : inside)
                inBlossom[x] = s;
        }
    }
    if (!endStage && label[b] == 2) {
        const std::vector<int> &cyc = children[b];
        const std::vector<int> &cycEnds = ends[b];
        const int size = static_cast<int>(cyc.size());
        const int entryChild = inBlossom[endpointVertex[labelEnd[b] ^ 1]];
        int j = static_cast<int>(std::find(cyc.begin(), cyc.end(), entryChild) - cyc.begin());
        int step;
        int trick;
        if (j & 1) {
            j -= size; // go forward, around the end of the list, to the base child
            step = 1;
            trick = 0;
        } else {
            step = -1; // go backward to the base child
            trick = 1;
        }
        int p = labelEnd[b];
        while (j != 0) {
            label[endpointVertex[p ^ 1]] = 0;
            label[endpointVertex[at(cycEnds, j - trick) ^ trick ^ 1]] = 0;
            assignLabel(endpointVertex[p ^ 1], 2, p);
            allowEdge[at(cycEnds, j - trick) / 2] = 1; // the matched edge inside the path
            j += step;
            p = at(cycEnds, j - trick) ^ trick;
            allowEdge[p / 2] = 1;
            j += step;
        }
        // The base child becomes T without assignLabel: its mate outside is already S.
        const int bv = at(cyc, j);
        label[endpointVertex[p ^ 1]] = label[bv] = 2;
        labelEnd[endpointVertex[p ^ 1]] = labelEnd[bv] = p;
        bestEdge[bv] = -1;
        j += step;
        while (at(cyc, j) != entryChild) {
            const int child = at(cyc, j);
            j += step;
            if (label[child] == 1)
                continue; // labelled S through its neighbour just now
            std::vector<int> inside;
            leaves(child, inside);
            for (int x : inside) {
                if (label[x] != 0) {
                    label[x] = 0;
                    label[endpointVertex[mate[base[child]]]] = 0;
                    assignLabel(x, 2, labelEnd[x]);
                    break;
                }
            }
        }
    }
    label[b] = labelEnd[b] = -1;
    children[b].clear();
    ends[b].clear();
    base[b] = -1;
    bestEdges[b].clear();
    bestEdge[b] = -1;
    unused.push_back(b);
}

// Swaps matched and unmatched edges along the even path inside blossom b from vertex v to the base,
// so that v becomes the base; the children list is rotated accordingly.
void BlossomMatcher::augmentBlossom(int b, int v)
{
    int t = v;
    while (parent[t] != b)
        t = parent[t];
    if (t >= n)
        augmentBlossom(t, v);
    const int size = static_cast<int>(children[b].size());
    const int i = static_cast<int>(std::find(children[b].begin(), children[b].end(), t) - children[b].begin());
    int j = i;
    int step;
    int trick;
    if (i & 1) {
        j -= size;
        step = 1;
        trick = 0;
    } else {
        step = -1;
        trick = 1;
    }
    while (j != 0) {
        j += step;
        t = at(children[b], j);
        const int p = at(ends[b], j - trick) ^ trick;
        if (t >= n)
            augmentBlossom(t, endpointVertex[p]);
        j += step;
        t = at(children[b], j);
        if (t >= n)
            augmentBlossom(t, endpointVertex[p ^ 1]);
        mate[endpointVertex[p]] = p ^ 1;
        mate[endpointVertex[p ^ 1]] = p;
    }
    std::rotate(children[b].begin(), children[b].begin() + i, children[b].end());
    std::rotate(ends[b].begin(), ends[b].begin() + i, ends[b].end());
    base[b] = base[children[b][0]];
}

// Augments along the path through tight edge k, which joins the trees of two different exposed roots.
void BlossomMatcher::augmentMatching(int k)
{
    const std::pair<int, int> sides[] = {{edges[k].a, 2 * k + 1}, {edges[k].b, 2 * k}};
    for (auto [s, p] : sides) {
        while (true) {
            const int bs = inBlossom[s];
            if (bs >= n)
                augmentBlossom(bs, s);
            mate[s] = p;
            if (labelEnd[bs] == -1)
                break; // reached the root
            const int bt = inBlossom[endpointVertex[labelEnd[bs]]];
            s = endpointVertex[labelEnd[bt]];
            const int j = endpointVertex[labelEnd[bt] ^ 1];
            if (bt >= n)
                augmentBlossom(bt, j);
            mate[j] = labelEnd[bt];
            p = labelEnd[bt] ^ 1;
        }
    }
}

// One stage: grows the trees until an augmentation (returns true) or until the matching is optimal.
bool BlossomMatcher::runStage(bool maxCardinality)
{
    std::fill(label.begin(), label.end(), 0);
    std::fill(bestEdge.begin(), bestEdge.end(), -1);
    for (int b = n; b < 2 * n; ++b)
        bestEdges[b].clear();
    std::fill(allowEdge.begin(), allowEdge.end(), 0);
    queue.clear();
    for (int v = 0; v < n; ++v)
        if (mate[v] == -1 && label[inBlossom[v]] == 0)
            assignLabel(v, 1, -1);
    while (true) {
        while (!queue.empty()) {
            const int v = queue.back();
            queue.pop_back();
            for (int p : neighbourEnds[v]) {
                const int k = p / 2;
                const int w = endpointVertex[p];
                if (inBlossom[v] == inBlossom[w])
                    continue;
                long long kslack = 0;
                if (!allowEdge[k]) {
                    kslack = slack(k);
                    if (kslack <= 0)
                        allowEdge[k] = 1;
                }
                if (allowEdge[k]) {
                    if (label[inBlossom[w]] == 0) {
                        assignLabel(w, 2, p ^ 1);
                    } else if (label[inBlossom[w]] == 1) {
                        const int found = scanBlossom(v, w);
                        if (found < 0) {
                            augmentMatching(k);
                            return true;
                        }
                        addBlossom(found, k);
                    } else if (label[w] == 0) {
                        label[w] = 2; // w inside a T-blossom, reachable: remembered for its expansion
                        labelEnd[w] = p ^ 1;
                    }
                } else if (label[inBlossom[w]] == 1) {
                    const int b = inBlossom[v];
                    if (bestEdge[b] == -1 || kslack < slack(bestEdge[b]))
                        bestEdge[b] = k;
                } else if (label[w] == 0) {
                    if (bestEdge[w] == -1 || kslack < slack(bestEdge[w]))
                        bestEdge[w] = k;
                }
            }
        }
        int type = -1;
        long long delta = 0;
        int deltaEdge = -1;
        int deltaBlossom = -1;
        if (!maxCardinality) {
            type = 1;
            delta = *std::min_element(dual.begin(), dual.begin() + n);
        }
        for (int v = 0; v < n; ++v) {
            if (label[inBlossom[v]] == 0 && bestEdge[v] != -1) {
                const long long d = slack(bestEdge[v]);
                if (type == -1 || d < delta) {
                    delta = d;
                    type = 2;
                    deltaEdge = bestEdge[v];
                }
            }
        }
        for (int b = 0; b < 2 * n; ++b) {
            if (parent[b] == -1 && label[b] == 1 && bestEdge[b] != -1) {
                const long long s = slack(bestEdge[b]);
                if (s % 2 != 0)
                    throw std::logic_error("maximumWeightMatching: odd slack between S-blossoms");
                const long long d = s / 2;
                if (type == -1 || d < delta) {
                    delta = d;
                    type = 3;
                    deltaEdge = bestEdge[b];
                }
            }
        }
        for (int b = n; b < 2 * n; ++b) {
            if (base[b] >= 0 && parent[b] == -1 && label[b] == 2 && (type == -1 || dual[b] < delta)) {
                delta = dual[b];
                type = 4;
                deltaBlossom = b;
            }
        }
        if (type == -1) {
            // Maximum cardinality reached: finish with one more dual change that makes the duals optimal.
            type = 1;
            delta = std::max(0LL, *std::min_element(dual.begin(), dual.begin() + n));
        }
        for (int v = 0; v < n; ++v) {
            if (label[inBlossom[v]] == 1)
                dual[v] -= delta;
            else if (label[inBlossom[v]] == 2)
                dual[v] += delta;
        }
        for (int b = n; b < 2 * n; ++b) {
            if (base[b] >= 0 && parent[b] == -1) {
                if (label[b] == 1)
                    dual[b] += delta;
                else if (label[b] == 2)
                    dual[b] -= delta;
            }
        }
        if (type == 1)
            return false;
        if (type == 2) {
            allowEdge[deltaEdge] = 1;
            int i = edges[deltaEdge].a;
            if (label[inBlossom[i]] == 0)
                i = edges[deltaEdge].b;
            queue.push_back(i);
        } else if (type == 3) {
            allowEdge[deltaEdge] = 1;
            queue.push_back(edges[deltaEdge].a);
        } else {
            expandBlossom(deltaBlossom, false);
        }
    }
}

std::vector<int> BlossomMatcher::run(bool maxCardinality)
{
    const int m = static_cast<int>(edges.size());
    endpointVertex.resize(2 * m);
    neighbourEnds.assign(n, {});
    long long maxWeight = 0;
    for (int k = 0; k < m; ++k) {
        endpointVertex[2 * k] = edges[k].a;
        endpointVertex[2 * k + 1] = edges[k].b;
        neighbourEnds[edges[k].a].push_back(2 * k + 1);
        neighbourEnds[edges[k].b].push_back(2 * k);
        maxWeight = std::max(maxWeight, edges[k].weight);
    }
    mate.assign(n, -1);
    label.assign(2 * n, 0);
    labelEnd.assign(2 * n, -1);
    inBlossom.resize(n);
    for (int v = 0; v < n; ++v)
        inBlossom[v] = v;
    parent.assign(2 * n, -1);
    children.assign(2 * n, {});
    ends.assign(2 * n, {});
    base.assign(2 * n, -1);
    for (int v = 0; v < n; ++v)
        base[v] = v;
    bestEdge.assign(2 * n, -1);
    bestEdges.assign(2 * n, {});
    unused.clear();
    for (int b = 2 * n - 1; b >= n; --b)
        unused.push_back(b);
    dual.assign(2 * n, 0);
    std::fill(dual.begin(), dual.begin() + n, maxWeight);
    allowEdge.assign(m, 0);

    for (int stage = 0; stage < n; ++stage) {
        if (!runStage(maxCardinality))
            break;
        for (int b = n; b < 2 * n; ++b)
            if (parent[b] == -1 && base[b] >= 0 && label[b] == 1 && dual[b] == 0)
                expandBlossom(b, true);
    }
    std::vector<int> result(n, -1);
    for (int v = 0; v < n; ++v)
        if (mate[v] >= 0)
            result[v] = endpointVertex[mate[v]];
    return result;
}

// Parallel edges collapse to the heaviest one, keyed by (smaller, larger) vertex.
std::map<std::pair<int, int>, long long> heaviestEdges(const std::vector<WeightedEdge> &edges)
{
    std::map<std::pair<int, int>, long long> heaviest;
    for (const WeightedEdge &e : edges) {
        auto [it, added] = heaviest.emplace(std::minmax(e.a, e.b), e.weight);
        if (!added)
            it->second = std::max(it->second, e.weight);
    }
    return heaviest;
}

} // namespace

Result<std::vector<int>> maximumWeightMatching(int vertexCount, const std::vector<WeightedEdge> &edges, bool maxCardinality)
{
    if (vertexCount < 0)
        return fail(QStringLiteral("maximumWeightMatching: a negative number of people (%1).").arg(vertexCount));
    for (const WeightedEdge &e : edges) {
        if (e.a < 0 || e.b < 0 || e.a >= vertexCount || e.b >= vertexCount || e.a == e.b || e.weight < 0)
            return fail(QStringLiteral("maximumWeightMatching: the pair %1–%2 (weight %3) is not a pair of two of the %4 people.")
                            .arg(e.a)
                            .arg(e.b)
                            .arg(e.weight)
                            .arg(vertexCount));
    }
    const auto heaviest = heaviestEdges(edges);
    std::vector<WeightedEdge> simple;
    simple.reserve(heaviest.size());
    for (const auto &[key, weight] : heaviest)
        simple.push_back({key.first, key.second, weight});
    if (vertexCount == 0)
        return std::vector<int>();
    // The algorithm checks its own invariants; a broken one is a bug here, reported, not thrown
    // across core's API.
    try {
        return BlossomMatcher(vertexCount, std::move(simple)).run(maxCardinality);
    } catch (const std::logic_error &broken) {
        return fail(QStringLiteral("maximumWeightMatching failed its own check (%1); please report it.").arg(QString::fromLatin1(broken.what())));
    }
}

Result<long long> matchingWeight(const std::vector<int> &mate, const std::vector<WeightedEdge> &edges)
{
    const auto heaviest = heaviestEdges(edges);
    const int n = static_cast<int>(mate.size());
    long long total = 0;
    for (int v = 0; v < n; ++v) {
        const int m = mate[v];
        if (m < 0)
            continue;
        if (m >= n || mate[m] != v || m == v)
            return fail(QStringLiteral("matchingWeight: %1 and %2 are not each other's partners.").arg(v).arg(m));
        if (v > m)
            continue;
        auto it = heaviest.find({v, m});
        if (it == heaviest.end())
            return fail(QStringLiteral("matchingWeight: %1 and %2 are paired but may not meet.").arg(v).arg(m));
        total += it->second;
    }
    return total;
}

} // namespace consentric::oneonones
