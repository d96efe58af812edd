// Request paths for bench/serve_load.sh: for each scenario, 4000 paths with
// random filters drawn from what the store holds (its date range, countries,
// perpetrators and incident keys, asked of the running server), so a load
// test measures queries rather than one cached answer.
//
//   node bench/serve_paths.mjs BASE_URL OUTPUT_DIR
// Writes OUTPUT_DIR/SCENARIO.paths and prints the scenario names.
import fs from 'node:fs';
import path from 'node:path';

const [base, out] = process.argv.slice(2);
const get = async (p) => (await fetch(base + p)).json();
const status = await get('/api/status');
const countries = (await get('/api/summary?by=country&top=50')).buckets.map((b) => b.key).filter(Boolean);
const actors = (await get('/api/summary?by=perpetrator&top=200')).buckets.map((b) => b.label || b.key);
const points = await get('/api/points?limit=5000');
const first = Date.parse(status.first_date), last = Date.parse(status.last_date);
const DAY = 86400000;
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const int = (n) => Math.floor(Math.random() * n);
const day = (span) => new Date(first + int(Math.max(1, (last - first) / DAY - span)) * DAY);
const iso = (d) => d.toISOString().slice(0, 10);
const range = (span) => {
  const from = day(span);
  return `from=${iso(from)}&to=${iso(new Date(+from + span * DAY))}`;
};
const types = ['ASSAULT', 'PROTEST', 'COERCE', 'THREATEN', 'ACCUSE'];
const modes = ['drone', 'aerial', 'explosives', 'firearms', 'heavy-weapons'];
// Words of the synthetic reports (bench/store_bench.cc's Word()).
const syllables = ['ka', 'ra', 'mi', 'so', 'lu', 'den', 'tar', 'bel', 'zu', 'fa', 'qi', 'hor', 'nas', 'el', 'wa', 'yum'];
const word = (n) => {
  let w = '';
  do {
    w += syllables[n % 16];
    n = Math.floor(n / 16);
  } while (n > 0);
  return w;
};
const enc = encodeURIComponent;
const scenarios = {
  incidents_newest: () => `/api/incidents?limit=50&offset=${int(20) * 50}`,
  incidents_30_days: () => `/api/incidents?limit=100&${range(30)}`,
  incidents_country_year: () => `/api/incidents?limit=100&country=${pick(countries)}&${range(365)}`,
  incidents_bbox: () => {
    const i = int(points.key.length);
    const lat = points.lat[i], lon = points.lon[i];
    return `/api/incidents?limit=100&bbox=${(lon - 0.25).toFixed(3)},${(lat - 0.25).toFixed(3)},${(lon + 0.25).toFixed(3)},${(lat + 0.25).toFixed(3)}`;
  },
  incidents_type_mode_90_days: () => `/api/incidents?limit=100&type=ASSAULT&mode=${pick(modes)}&${range(90)}`,
  incidents_actor: () => `/api/incidents?limit=100&actor=${enc(pick(actors))}`,
  incidents_text: () => `/api/incidents?limit=100&text=${word(50 + int(500))}%20${word(int(50))}`,
  incidents_network_90_days: () => `/api/incidents?limit=100&network=IRN&${range(90)}`,
  incident_detail: () => `/api/incidents/${1 + int(status.incidents)}`,
  summary_week_country: () => `/api/summary?by=week&country=${pick(countries)}&type=${pick(types)}`,
  points_country_year: () => `/api/points?country=${pick(countries)}&${range(365)}`,
  status: () => '/api/status',
};
fs.mkdirSync(out, {recursive: true});
for (const [name, make] of Object.entries(scenarios)) {
  const lines = Array.from({length: 4000}, make);
  fs.writeFileSync(path.join(out, `${name}.paths`), `${lines.join('\n')}\n`);
  console.log(name);
}
