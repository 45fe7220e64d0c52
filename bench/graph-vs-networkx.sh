#!/usr/bin/env bash
# The connection graph's queries against NetworkX, on the medium and large demo companies,
# in one run: bench_graph (C++) and graph_networkx.py (/usr/bin/python3 with Debian's
# python3-networkx) answer the same questions on the same graph and print checksums.
#   bench/graph-vs-networkx.sh [BUILD_DIR] [SCALES]    (default build/, "medium large")
# The demo databases are made once, in ${CONSENTRIC_BENCH_DIR:-/tmp/consentric-bench}.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
scales=${2:-medium large}
cache=${CONSENTRIC_BENCH_DIR:-/tmp/consentric-bench}
mkdir -p "$cache"
cmake --build "$build" --target bench_graph consentric >/dev/null
for scale in $scales; do
  db="$cache/demo-$scale.sqlite"
  [ -f "$db" ] || "$build/app/consentric" demo --database "$db" --scale "$scale" >/dev/null
  work=$(mktemp -d)
  cpp=$("$build/bench/bench_graph" "$db" "$work")
  py=$(/usr/bin/python3 bench/graph_networkx.py "$work")
  rm -rf "$work"
  echo
  echo "## $scale demo: $(echo "$cpp" | awk -F'\t' '$1 == "graph" {print $2 ", " $3}')"
  echo
  echo "| figure | Consentric mean / slowest (ms) | NetworkX mean / slowest (ms) | ratio of means | checksums |"
  echo "|---|---|---|---|---|"
  echo "$cpp" | awk -F'\t' '$1 == "snapshot" {printf "| snapshot build (3 runs) | %s / %s | — | — | — |\n", $2, $3}'
  for figure in reach path betweenness; do
    c=$(echo "$cpp" | awk -F'\t' -v f=$figure '$1 == f')
    p=$(echo "$py" | awk -F'\t' -v f=$figure '$1 == f')
    awk -F'\t' -v c="$c" -v p="$p" 'BEGIN {
      split(c, a, "\t"); split(p, b, "\t");
      check = (a[1] == "path") ? b[4] : (a[4] == b[4] ? a[4] " (agree)" : a[4] " vs " b[4] " (DIFFER)");
      printf "| %s | %s / %s | %s / %s | %.1f× | %s |\n", a[1], a[2], a[3], b[2], b[3], (a[2] > 0 ? b[2] / a[2] : 0), check }'
  done
  echo "$cpp" | awk -F'\t' '$1 == "layout" {
    printf "\nLayout of %s (%s): first picture (concentric) %s ms, edge/pair ratio %s; force-directed from it (150 Barnes–Hut steps) done at %s ms, ratio %s.\n", $2, $3, $4, $5, $6, $7 }'
done
