#!/usr/bin/env bash
# HTTP load test of `casus serve` with wrk, on loopback, bounded in time:
# requests/s and latency percentiles of the main endpoints on a store of at
# least a million events. The store comes from bench_store's generator
# (bench/store_bench.cc --keep) unless --db names one.
#
#   bench/serve_load.sh [--build DIR] [--db PATH] [--duration SECONDS]
#                       [--connections N] [--wrk-threads N] [--server-threads N]
#
# Fails (exit 1) when any request errs or answers other than 2xx.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=build
DB=""
DURATION=10
CONNECTIONS=16
WRK_THREADS=2
SERVER_THREADS=16
while [ $# -gt 0 ]; do
  case "$1" in
    --build) BUILD=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --wrk-threads) WRK_THREADS=$2; shift 2 ;;
    --server-threads) SERVER_THREADS=$2; shift 2 ;;
    *) echo "usage: $0 [--build DIR] [--db PATH] [--duration S] [--connections N] [--wrk-threads N] [--server-threads N]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "serve_load: wrk is missing (scripts/setup.sh installs it)" >&2; exit 1; }
CASUS=$BUILD/cli/casus
WORK=$(mktemp -d "${TMPDIR:-/tmp}/casus-serve-load-XXXXXX")
SERVER=""
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "$DB" ]; then
  DB=$WORK/serve_bench.db
  echo "serve_load: generating a store of 1,000,000 events with bench_store (several minutes)" >&2
  "$BUILD/bench/bench_store" --events 1000000 --db "$DB" --queries 1 --keep >&2
fi

"$CASUS" serve --db "$DB" --port 0 --threads "$SERVER_THREADS" 2> "$WORK/serve.err" &
SERVER=$!
PORT=""
for _ in $(seq 1 200); do
  PORT=$(grep -o 'http://127.0.0.1:[0-9]*' "$WORK/serve.err" 2>/dev/null | head -1 | cut -d: -f3 || true)
  [ -n "$PORT" ] && break
  sleep 0.1
done
[ -n "$PORT" ] || { cat "$WORK/serve.err" >&2; exit 1; }
BASE=http://127.0.0.1:$PORT
curl -sf "$BASE/api/status" > "$WORK/status.json"
echo "serve_load: $BASE on $DB: $(cat "$WORK/status.json")" >&2
# Warm the caches every first request builds (actor network, actor list).
curl -sf "$BASE/api/incidents?network=IRN&from=$(date +%Y)-01-01&limit=1" > /dev/null || true
curl -sf "$BASE/api/actors?limit=1" > /dev/null

node bench/serve_paths.mjs "$BASE" "$WORK/paths" > "$WORK/scenarios"
printf '%-30s %10s %9s %9s %9s %9s %9s\n' scenario "req/s" "p50 ms" "p90 ms" "p99 ms" "max ms" errors
failed=0
# Requests still running when wrk stops would slow the next scenario: wait
# until the server answers a trivial request quickly again.
settle() {
  for _ in $(seq 1 60); do
    t=$(curl -s -o /dev/null -w '%{time_total}' "$BASE/api/status" || echo 9)
    awk -v t="$t" 'BEGIN { exit !(t < 0.02) }' && return
    sleep 0.5
  done
}
while read -r scenario; do
  settle
  CASUS_PATHS=$WORK/paths/$scenario.paths wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" \
    --timeout 10s -s bench/serve_load.lua "$BASE" > "$WORK/$scenario.out" 2>&1 || true
  line=$(grep CASUS_RESULT "$WORK/$scenario.out" || true)
  if [ -z "$line" ]; then
    cat "$WORK/$scenario.out" >&2
    failed=1
    continue
  fi
  val() { echo "$line" | grep -o "$1=[0-9.]*" | cut -d= -f2; }
  errors=$(( $(val errors) ))
  printf '%-30s %10s %9s %9s %9s %9s %9s\n' "$scenario" "$(val rps)" "$(val p50)" "$(val p90)" \
    "$(val p99)" "$(val max)" "$errors"
  [ "$errors" -eq 0 ] || failed=1
done < "$WORK/scenarios"
# The dashboard on the same store, in headless Chromium.
if [ -x /usr/bin/chromium ] || [ -n "${CASUS_CHROMIUM:-}" ]; then
  node bench/dashboard_load.mjs "$BASE" || failed=1
fi
if ! kill -0 "$SERVER" 2>/dev/null; then
  echo "serve_load: the server died" >&2
  failed=1
fi
exit $failed
