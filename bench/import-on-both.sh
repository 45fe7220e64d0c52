#!/usr/bin/env bash
# The import benchmark on SQLite and on a throwaway PostgreSQL server (the tests' fixture:
# loopback, fsync off), with the peak memory of the whole run.
#   bench/import-on-both.sh [BUILD_DIR]     (default build/, which ./dev run makes)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target bench_import
state=$(mktemp -d)
trap 'tests/postgres-fixture.sh stop "$state"; rm -rf "$state"' EXIT
tests/postgres-fixture.sh start "$state"
CONSENTRIC_TEST_PG=$state /usr/bin/time -f 'peak memory of the run: %M KB' "$build/bench/bench_import"
