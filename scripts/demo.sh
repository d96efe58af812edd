#!/usr/bin/env bash
# The main job on the bundled data: sets casus up (scripts/setup.sh), codes
# the sample articles in data/samples/ and writes the events to
# out/events.jsonl, then prints a readable table of what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mkdir -p out
CASUS=build/cli/casus
echo "casus demo: coding data/samples/articles.jsonl and data/samples/html/*.html" >&2
"$CASUS" code data/samples/articles.jsonl data/samples/html/*.html --emit all > out/records.jsonl
"$CASUS" code data/samples/articles.jsonl data/samples/html/*.html --format acled > out/events.acled.csv 2>/dev/null
grep '"kind":"event"' out/records.jsonl > out/events.jsonl || true
"$CASUS" summary out/events.jsonl
echo "casus demo: records in out/records.jsonl, ACLED CSV in out/events.acled.csv" >&2
