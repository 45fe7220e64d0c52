#!/usr/bin/python3
"""The same questions as bench_graph, answered by NetworkX on the graph it wrote.

Reads OUTDIR/graph.tsv (V index kind / E a b weight / R company / P from company / B pivots)
and prints, like bench_graph, one line per figure: mean and slowest time in milliseconds and
a checksum that must agree with the C++ side.
  - reach: single_source_shortest_path_length(G, company, cutoff=2), nodes found
  - path: multi_source_dijkstra from the employee to the company, on a directed copy in which
    a company has only incoming edges (nobody is reached through a company, as in
    graph::strongestPaths)
  - betweenness: betweenness_centrality(G, k=32, seed=1) timed, and the same pivots as the C++
    side through NetworkX's own Brandes pieces for the checksum
Usage: graph_networkx.py OUTDIR
"""
import sys
import time

import networkx as nx
from networkx.algorithms.centrality.betweenness import (_accumulate_basic, _rescale,
                                                        _single_source_shortest_path_basic)


def main(out):
    g = nx.Graph()
    kinds = {}
    reach, paths, pivots = [], [], []
    with open(f"{out}/graph.tsv", encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if cells[0] == "V":
                kinds[int(cells[1])] = cells[2]
                g.add_node(int(cells[1]))
            elif cells[0] == "E":
                g.add_edge(int(cells[1]), int(cells[2]), weight=float(cells[3]))
            elif cells[0] == "R":
                reach.append(int(cells[1]))
            elif cells[0] == "P":
                paths.append((int(cells[1]), int(cells[2]), None if cells[3] == "-" else float(cells[3])))
            elif cells[0] == "B":
                pivots = [int(c) for c in cells[1:]]
    directed = nx.DiGraph()
    directed.add_nodes_from(g.nodes)
    for a, b, data in g.edges(data=True):
        if kinds[a] != "K":  # nobody leaves a company
            directed.add_edge(a, b, weight=data["weight"])
        if kinds[b] != "K":
            directed.add_edge(b, a, weight=data["weight"])

    def timed(fn):
        start = time.perf_counter()
        value = fn()
        return (time.perf_counter() - start) * 1000.0, value

    times, total = [], 0
    for company in reach:
        ms, found = timed(lambda: nx.single_source_shortest_path_length(g, company, cutoff=2))
        times.append(ms)
        total += len(found)
    print(f"reach\t{sum(times) / len(times):.4f}\t{max(times):.4f}\t{total}")

    # Dijkstra knows no hop limit: where its lightest path has at most 4 hops it must be the
    # C++ answer; where it is longer, the C++ answer (best within 4 hops) may only be heavier.
    times, agree, longer, disagree = [], 0, 0, []
    for source, target, cpp in paths:
        def one():
            try:
                return nx.multi_source_dijkstra(directed, {source}, target=target, weight="weight")
            except nx.NetworkXNoPath:
                return None
        ms, result = timed(one)
        times.append(ms)
        if result is not None and len(result[1]) - 1 > 4:
            longer += 1
            if cpp is not None and cpp < result[0] - 1e-9:
                disagree.append((source, target))
        elif (result is None) != (cpp is None) or (cpp is not None and abs(cpp - result[0]) > 1e-9):
            disagree.append((source, target))
        else:
            agree += 1
    print(f"path\t{sum(times) / len(times):.4f}\t{max(times):.4f}\t"
          f"{agree} agree, {longer} lighter beyond 4 hops, {len(disagree)} disagree")
    for source, target in disagree:
        print(f"  disagreement: from {source} to {target}", file=sys.stderr)

    ms, _ = timed(lambda: nx.betweenness_centrality(g, k=32, seed=1))
    scores = dict.fromkeys(g, 0.0)
    for s in pivots:
        S, P, sigma, _ = _single_source_shortest_path_basic(g, s)
        scores, _ = _accumulate_basic(scores, S, P, sigma, s)
    scores = _rescale(scores, len(g), normalized=True, directed=False, k=len(pivots))
    print(f"betweenness\t{ms:.1f}\t{ms:.1f}\t{sum(scores.values()):.6f}")


if __name__ == "__main__":
    main(sys.argv[1])
