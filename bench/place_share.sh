#!/bin/bash
# casus — the place stages' share of the whole pipeline's CPU time, sampled
# with perf on the coding loop only (not loading the corpus or the models).
#
# Usage: bench/place_share.sh [-n RUNS] [-m MB] BUILD_DIR [BUILD_DIR...]
#   Runs `BUILD_DIR/bench/bench_pipeline MB` under perf RUNS times per build
#   (default 8 runs, 10 MB), the builds interleaved run by run so that they
#   share the machine's load, and prints for each run and build the place
#   stages' share of the samples, then each build's mean and standard
#   deviation, and the load average before and after.
#   Needs perf (Debian linux-perf) and a Release build (bench_pipeline,
#   casus_geo).
#
# The place stages are the functions compiled from src/geo's library
# (casus_geo: gazetteer.cc, name_key.cc, place_location.cc,
# place_resolver.cc, toponym_finder.cc, toponym_words.cc), read from the
# symbol table of BUILD_DIR/src/geo/libcasus_geo.a:
#   - every function defined there (strong symbols, local ones included:
#     the finder's and resolver's helpers, lambdas and compiler clones);
#   - of the functions defined there weakly (inline functions and templates
#     another object may define too), those of casus's place types and
#     namespaces — ToponymFinder, PlaceResolver, Gazetteer, toponym_words,
#     place_location, PlaceMention, ResolvedPlace, Candidate, PlaceCore,
#     geo_format — and of containers of them. Not casus::Location or
#     casus::Status, which the whole pipeline uses.
# Self time only (where the samples land), so time in callees outside the
# set (malloc, memcpy, string building) is not counted. The pipeline's own
# place helpers (pipeline.cc: ListedSites, PlacesAsTargets,
# CountriesOfPlaceModifiers, FirstPlaceWithin), when not inlined, are
# reported in a column of their own and not added to the share.
set -euo pipefail

runs=8
mb=10
while getopts "n:m:" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    m) mb=$OPTARG ;;
    *) sed -n 4,12p "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ $# -eq 0 ]; then
  sed -n 4,12p "$0" >&2
  exit 2
fi
command -v perf >/dev/null || { echo "place_share: perf not found (Debian linux-perf)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The place-stage symbols of each build (mangled, one a line).
for b in "$@"; do
  lib="$b/src/geo/libcasus_geo.a"
  [ -f "$lib" ] && [ -x "$b/bench/bench_pipeline" ] || {
    echo "place_share: $b lacks src/geo/libcasus_geo.a or bench/bench_pipeline" >&2
    exit 1
  }
  nm --defined-only "$lib" | python3 -c '
import re, subprocess, sys
strong, weak = set(), set()
for line in sys.stdin:
    f = line.split()
    if len(f) != 3:
        continue
    if f[1] in "Tt":
        strong.add(f[2])
    elif f[1] in "WwV":
        weak.add(f[2])
weak = sorted(weak)
names = subprocess.run(["c++filt"], input="\n".join(weak), capture_output=True,
                       text=True).stdout.split("\n")
place = re.compile(r"casus::(ToponymFinder|PlaceResolver|Gazetteer|toponym_words|"
                   r"place_location|PlaceMention|ResolvedPlace|Candidate|PlaceCore|geo_format)")
for mangled, name in zip(weak, names):
    if place.search(name):
        strong.add(mangled)
print("\n".join(sorted(strong)))
' > "$work/symbols.$(echo "$b" | md5sum | cut -c1-8)"
done

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
mkfifo "$work/ctl"
for ((r = 1; r <= runs; ++r)); do
  for b in "$@"; do
    tag=$(echo "$b" | md5sum | cut -c1-8)
    CASUS_PERF_CONTROL="$work/ctl" perf record -q -o "$work/perf.data" -e cpu-clock -F 2000 -D -1 \
      --control "fifo:$work/ctl" -- "$b/bench/bench_pipeline" "$mb" > "$work/bench.out" 2>&1
    perf report -i "$work/perf.data" --no-children --no-demangle --sort sym -q \
      --percent-limit 0 2>/dev/null > "$work/report"
    python3 - "$work/symbols.$tag" "$work/report" "$b" "$r" "$work/bench.out" <<'EOF' >> "$work/results"
import re, sys
symbols = set(open(sys.argv[1]).read().split())
helpers = re.compile(r"(ListedSites|PlacesAsTargets|CountriesOfPlaceModifiers|FirstPlaceWithin)")
place = other = helper = 0.0
for line in open(sys.argv[2]):
    m = re.match(r"\s*([\d.]+)%\s+\[\.\]\s+(\S+)", line)
    if not m:
        continue
    share, sym = float(m.group(1)), m.group(2)
    if sym in symbols:
        place += share
    elif "_ZN5casus12_GLOBAL__N_1" in sym and helpers.search(sym):
        helper += share
bench = open(sys.argv[5]).read()
events = re.search(r"(\d+) events", bench)
seconds = re.search(r"in ([\d.]+) s", bench)
print(f"{sys.argv[3]}\t{sys.argv[4]}\t{place:.2f}\t{helper:.2f}\t"
      f"{seconds.group(1) if seconds else '?'}\t{events.group(1) if events else '?'}")
EOF
    tail -n 1 "$work/results" | awk -F'\t' '{printf "run %s  %-40s place %5s%%  pipeline helpers %4s%%  %ss  %s events\n", $2, $1, $3, $4, $5, $6}'
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/results" <<'EOF'
import statistics, sys
by = {}
for line in open(sys.argv[1]):
    b, r, place, helper, seconds, events = line.rstrip("\n").split("\t")
    by.setdefault(b, []).append(float(place))
for b, xs in by.items():
    sd = statistics.stdev(xs) if len(xs) > 1 else 0.0
    print(f"{b}: place stages {statistics.mean(xs):.2f}% of sampled pipeline CPU "
          f"(sd {sd:.2f}, n {len(xs)}; min {min(xs):.2f}, max {max(xs):.2f})")
EOF
