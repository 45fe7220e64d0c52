#!/usr/bin/env bash
# The network map's figures (issue 5) on the demo companies, under Xvfb:
# - bench_map: the owner's map of the medium demo (and the large one), its build times and
#   200-frame repaint times at fit-to-view and at 4x zoom over the densest area;
# - the memory of the whole owner's window with the map open on the large demo (the real
#   program, --screenshot --page map, peak resident memory from /usr/bin/time).
#   bench/map-figures.sh [BUILD_DIR] [SCALES]    (default build/, "medium large")
# The demo databases are made once, in ${CONSENTRIC_BENCH_DIR:-/tmp/consentric-bench}.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
scales=${2:-medium large}
cache=${CONSENTRIC_BENCH_DIR:-/tmp/consentric-bench}
mkdir -p "$cache"
cmake --build "$build" --target bench_map consentric >/dev/null
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 0700 "$XDG_RUNTIME_DIR"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" # the map keeps its positions under HOME: start from none
printf 'demo\n' >"$work/passphrase"
x() { QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" "$@"; }
for scale in $scales; do
  db="$cache/demo-$scale.sqlite"
  [ -f "$db" ] || "$build/app/consentric" demo --database "$db" --scale "$scale" >/dev/null
  echo "## $scale demo"
  x "$build/bench/bench_map" "$db"
  rm -rf "$HOME" && mkdir -p "$HOME"
  x /usr/bin/time -f "window_peak_rss_mb	%M" "$build/app/consentric" --database "$db" --passphrase-file "$work/passphrase" \
    --screenshot "$work/map-$scale.png" --page map 2>&1 | awk -F'\t' '$1 == "window_peak_rss_mb" {printf "%s\t%.0f\n", $1, $2 / 1024}'
done
