#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each for
# SECONDS (default 60), starting from its regression inputs in
# fuzz/regressions/<target>/ and the sample articles. A crash fails the run
# and leaves the input in build-fuzz/crashes/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-60}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCASUS_BUILD_FUZZ=ON -DCASUS_BUILD_TESTS=OFF -DCASUS_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" >/dev/null
status=0
for bin in build-fuzz/fuzz/fuzz_*; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin")
  work="build-fuzz/corpus/$name"
  crashes="build-fuzz/crashes/$name"
  mkdir -p "$work" "$crashes"
  seeds=()
  [ -d "fuzz/regressions/$name" ] && seeds+=("fuzz/regressions/$name")
  [ -d "fuzz/seeds/$name" ] && seeds+=("fuzz/seeds/$name")
  printf 'casus fuzz: %s for %ss\n' "$name" "$SECONDS_PER_TARGET" >&2
  if ! "$bin" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$crashes/" -print_final_stats=0 "$work" "${seeds[@]}" >"build-fuzz/$name.log" 2>&1; then
    printf 'casus fuzz: %s FAILED, see build-fuzz/%s.log and %s\n' "$name" "$name" "$crashes" >&2
    tail -30 "build-fuzz/$name.log" >&2
    status=1
  fi
done
exit $status
