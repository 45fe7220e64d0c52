#!/usr/bin/env bash
# The quarterly report's time (issue 7) on the demo companies: gathering the figures, and the
# whole PDF (gather, lay out, draw), for 2026-Q3. Target: under 2 s for the medium demo.
#   bench/report-figures.sh [BUILD_DIR] [SCALES]    (default build/, "medium")
# The demo databases are made once, in ${CONSENTRIC_BENCH_DIR:-/tmp/consentric-bench}.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
scales=${2:-medium}
cache=${CONSENTRIC_BENCH_DIR:-/tmp/consentric-bench}
mkdir -p "$cache"
cmake --build "$build" --target bench_report consentric >/dev/null
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 0700 "$XDG_RUNTIME_DIR"
for scale in $scales; do
  db="$cache/demo-$scale.sqlite"
  [ -f "$db" ] || "$build/app/consentric" demo --database "$db" --scale "$scale" >/dev/null
  echo "## $scale demo"
  "$build/bench/bench_report" "$db" 2026-Q3
done
