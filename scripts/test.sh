#!/usr/bin/env bash
# Sets up casus (scripts/setup.sh), then runs every test:
#   1. the Release build's test suites (build/),
#   2. the Debug build with AddressSanitizer + UndefinedBehaviorSanitizer (build-debug/),
#      compiled with -Werror when CI is set (GCC 12's optimiser-driven false
#      positives such as -Wrestrict make -Werror unreliable for Release),
#   3. a short libFuzzer run over every fuzz target (clang, build-fuzz/).
# Exits non-zero on the first failure. CASUS_FUZZ_SECONDS sets the fuzz time
# per target (default 20; 0 skips fuzzing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

JOBS=$(nproc)
WERROR=OFF
[ -n "${CI:-}" ] && WERROR=ON
log() { printf 'casus test: %s\n' "$*" >&2; }

log "Release suites (the store suite against SQLite and a throwaway local PostgreSQL)"
scripts/postgres.sh ctest --test-dir build --output-on-failure -j "$JOBS"

log "Debug build with ASan+UBSan"
cmake -S . -B build-debug -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCASUS_WERROR=$WERROR \
  -DCASUS_BUILD_BENCH=OFF >/dev/null
cmake --build build-debug -j "$JOBS"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-debug --output-on-failure -j "$JOBS"

FUZZ_SECONDS=${CASUS_FUZZ_SECONDS:-20}
if [ "$FUZZ_SECONDS" -gt 0 ]; then
  log "fuzzing each target for ${FUZZ_SECONDS}s"
  scripts/fuzz.sh "$FUZZ_SECONDS"
fi
log "all tests passed"
