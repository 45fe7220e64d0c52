#!/usr/bin/env bash
# One-to-one rounds (issue 8): the exact pairing on synthetic teams of 50 to 1,000 people, and
# a whole round planned on the demo companies (about three quarters of each team takes part).
#   bench/oneonones-figures.sh [BUILD_DIR] [SCALES]    (default build/, "small medium")
# The demo databases are made once, in ${CONSENTRIC_BENCH_DIR:-/tmp/consentric-bench}.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
scales=${2:-small medium}
cache=${CONSENTRIC_BENCH_DIR:-/tmp/consentric-bench}
mkdir -p "$cache"
cmake --build "$build" --target bench_oneonones consentric >/dev/null
echo "## synthetic teams"
"$build/bench/bench_oneonones" --benchmark_filter=pairing
for scale in $scales; do
  db="$cache/demo-oneonones-$scale.sqlite"
  [ -f "$db" ] || "$build/app/consentric" demo --database "$db" --scale "$scale" >/dev/null
  echo "## $scale demo"
  "$build/bench/bench_oneonones" "$db" --benchmark_filter=planRound
done
