#!/usr/bin/env bash
# The main job on the bundled data: sets casus up (scripts/setup.sh), codes
# the sample articles in data/samples/ into out/records.jsonl, ingests them
# into a fresh SQLite store (out/casus.db) where reports of one real-world
# event fuse into incidents, prints a table of the incidents and exports
# them as ACLED CSV and GeoJSON.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mkdir -p out
CASUS=build/cli/casus
INPUTS=(data/samples/articles.jsonl data/samples/html/*.html)
echo "casus demo: coding ${INPUTS[*]}" >&2
"$CASUS" code "${INPUTS[@]}" --emit all > out/records.jsonl
rm -f out/casus.db out/casus.db-wal out/casus.db-shm
"$CASUS" ingest "${INPUTS[@]}" --db out/casus.db --summary 40
"$CASUS" query --db out/casus.db --format acled > out/incidents.acled.csv
"$CASUS" query --db out/casus.db --format geojson > out/incidents.geojson
cat >&2 <<MSG
casus demo: events, relations and mentions in out/records.jsonl;
  the store in out/casus.db ('$CASUS query --db out/casus.db --help');
  incidents as ACLED CSV in out/incidents.acled.csv and GeoJSON in out/incidents.geojson.
  See them on a map, a timeline and a network: $CASUS serve --db out/casus.db
  (then open the printed http://127.0.0.1:8080/ in a browser).
MSG
