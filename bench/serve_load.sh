#!/usr/bin/env bash
# HTTP load test of `casus serve` with wrk, on loopback, bounded in time:
# requests/s and latency percentiles of the main endpoints on a store of at
# least a million events. The store comes from bench_store's generator
# (bench/store_bench.cc --keep) unless --db names one.
#
#   bench/serve_load.sh [--build DIR] [--db PATH] [--duration SECONDS]
#                       [--connections N] [--wrk-threads N] [--server-threads N]
#                       [--only REGEX] [--no-dashboard]
#
# Each scenario's line gives requests/s, latency percentiles, errors, and
# "cpu ms": the server's CPU time (user + system, from /proc) over the run
# divided by the requests answered — a cost per request that other work on
# the machine changes far less than latencies. The load average is printed
# before and after. Fails (exit 1) when any request errs or answers other
# than 2xx.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=build
DB=""
DURATION=10
CONNECTIONS=16
WRK_THREADS=2
SERVER_THREADS=16
ONLY=""
DASHBOARD=1
usage() {
  echo "usage: $0 [--build DIR] [--db PATH] [--duration S] [--connections N] [--wrk-threads N]" \
       "[--server-threads N] [--only REGEX] [--no-dashboard]" >&2
}
while [ $# -gt 0 ]; do
  case "$1" in
    --build) BUILD=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --wrk-threads) WRK_THREADS=$2; shift 2 ;;
    --server-threads) SERVER_THREADS=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --no-dashboard) DASHBOARD=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage; exit 2 ;;
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
# ... and the newest incidents held for searches of words and boxes.
curl -sf "$BASE/api/incidents?text=ka&limit=1" > /dev/null

# The server's CPU time so far, in clock ticks (utime + stime).
server_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }
TICKS_PER_SECOND=$(getconf CLK_TCK)
echo "serve_load: load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

node bench/serve_paths.mjs "$BASE" "$WORK/paths" > "$WORK/scenarios"
printf '%-30s %10s %9s %9s %9s %9s %9s %9s\n' scenario "req/s" "p50 ms" "p90 ms" "p99 ms" "max ms" \
  "cpu ms" errors
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
  if [ -n "$ONLY" ] && ! [[ $scenario =~ $ONLY ]]; then continue; fi
  settle
  before=$(server_ticks)
  CASUS_PATHS=$WORK/paths/$scenario.paths wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" \
    --timeout 10s -s bench/serve_load.lua "$BASE" > "$WORK/$scenario.out" 2>&1 || true
  settle  # requests still running belong to this scenario
  after=$(server_ticks)
  line=$(grep CASUS_RESULT "$WORK/$scenario.out" || true)
  if [ -z "$line" ]; then
    cat "$WORK/$scenario.out" >&2
    failed=1
    continue
  fi
  val() { echo "$line" | grep -o "$1=[0-9.]*" | cut -d= -f2; }
  errors=$(( $(val errors) ))
  cpu=$(awk -v t=$((after - before)) -v r="$(val requests)" -v hz="$TICKS_PER_SECOND" \
    'BEGIN { printf "%.2f", (r > 0 ? t * 1000 / hz / r : 0) }')
  printf '%-30s %10s %9s %9s %9s %9s %9s %9s\n' "$scenario" "$(val rps)" "$(val p50)" "$(val p90)" \
    "$(val p99)" "$(val max)" "$cpu" "$errors"
  [ "$errors" -eq 0 ] || failed=1
done < "$WORK/scenarios"
# The dashboard on the same store, in headless Chromium.
echo "serve_load: load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if [ "$DASHBOARD" = 1 ] && { [ -x /usr/bin/chromium ] || [ -n "${CASUS_CHROMIUM:-}" ]; }; then
  node bench/dashboard_load.mjs "$BASE" || failed=1
fi
if ! kill -0 "$SERVER" 2>/dev/null; then
  echo "serve_load: the server died" >&2
  failed=1
fi
exit $failed
