// The dashboard in a real browser: headless Chromium (Debian's chromium,
// driven by playwright-core) against `casus serve` on the sample store plus
// hostile documents posted through the ingest API. It clicks through map →
// incident → evidence, changes filters and the timeline brush, follows the
// actor network, reloads shared URLs, uses a phone-sized screen, and checks
// that no script from the documents ever runs. Screenshots go to the
// artifacts directory.
//
//   node tests/serve/dashboard_test.mjs --casus build/cli/casus --artifacts DIR
//
// Exit status 0: passed; 1: failed; 77: skipped (no chromium).
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const sourceDir = path.resolve(here, '..', '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const casus = args.casus || path.join(sourceDir, 'build', 'cli', 'casus');
const artifacts = args.artifacts || fs.mkdtempSync(path.join(os.tmpdir(), 'casus-dashboard-'));
const chromiumPath = process.env.CASUS_CHROMIUM ||
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

if (!chromiumPath) {
  console.log('dashboard_test: SKIPPED: no chromium (scripts/setup.sh installs it; or set CASUS_CHROMIUM)');
  process.exit(77);
}
let chromium;
try {
  ({chromium} = await import('playwright-core'));
} catch (error) {
  console.log(`dashboard_test: FAILED: playwright-core is missing (run scripts/setup.sh): ${error.message}`);
  process.exit(1);
}
fs.mkdirSync(artifacts, {recursive: true});
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'casus-dashboard-test-'));
const TOKEN = 'dashboard-test-token-0123456789abcdef';

function step(name) {
  console.log(`dashboard_test: ${name}`);
}

// ---- A store and a server -------------------------------------------------

function ingestSamples(db) {
  const html = fs.readdirSync(path.join(sourceDir, 'data/samples/html'))
      .filter((f) => f.endsWith('.html')).map((f) => path.join(sourceDir, 'data/samples/html', f));
  const run = spawnSync(casus, ['ingest', '--db', db, '--summary', '0',
    path.join(sourceDir, 'data/samples/articles.jsonl'), ...html], {encoding: 'utf8'});
  assert.equal(run.status, 0, `casus ingest failed: ${run.stderr}`);
}

function startServer(db) {
  const tokenFile = path.join(scratch, 'token');
  fs.writeFileSync(tokenFile, `${TOKEN}\n`, {mode: 0o600});
  const child = spawn(casus, ['serve', '--db', db, '--port', '0', '--token-file', tokenFile],
      {stdio: ['ignore', 'ignore', 'pipe']});
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`casus serve did not start: ${err}`)), 30000);
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const match = err.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve({child, base: `http://127.0.0.1:${match[1]}`});
      }
    });
    child.on('exit', (code) => reject(new Error(`casus serve exited (${code}): ${err}`)));
  });
}

async function api(base, pathAndQuery) {
  const response = await fetch(base + pathAndQuery);
  assert.equal(response.status, 200, `${pathAndQuery}: ${response.status}`);
  return response.json();
}

// ---- The browser ----------------------------------------------------------

// Watches a page for what must never happen: script errors, dialogs,
// Content-Security-Policy violations, and the hostile documents' markers.
function watch(page, problems) {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window.__cspViolations ||= []).push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
}

async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.state === 'ready', null, {timeout: 30000});
}

async function shot(page, name) {
  await page.screenshot({path: path.join(artifacts, `${name}.png`), fullPage: false});
}

async function checkClean(page, problems, where) {
  const report = await page.evaluate(() => ({
    pwned: window.__casusPwned,
    csp: window.__cspViolations || [],
    scripts: document.querySelectorAll('script').length,
    foreign: document.querySelectorAll('main img, main iframe, main object, main embed, main svg [onload], main [onerror], main [onclick], main [onmouseover]').length,
    links: Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')),
  }));
  assert.equal(report.pwned, undefined, `${where}: a document's script ran (${report.pwned})`);
  assert.deepEqual(report.csp, [], `${where}: Content-Security-Policy violations`);
  assert.equal(report.scripts, 4, `${where}: unexpected script elements`);
  assert.equal(report.foreign, 0, `${where}: markup from a document reached the page`);
  for (const href of report.links) {
    assert.match(href, /^(https?:|\/)/, `${where}: unsafe link ${href}`);
  }
  assert.deepEqual(problems, [], `${where}: problems in the page`);
}

async function main() {
  const db = path.join(scratch, 'sample.db');
  step(`store ${db}`);
  ingestSamples(db);
  const {child, base} = await startServer(db);
  let browser = null;
  try {
    browser = await chromium.launch({executablePath: chromiumPath, args: ['--no-sandbox']});
    step('posting hostile documents through the ingest API');
    const hostile = fs.readFileSync(path.join(here, 'hostile_documents.jsonl'), 'utf8') +
      `${JSON.stringify({id: 'hostile-long-token', date: '2024-05-10', title: 'T'.repeat(3000),
        text: `Militants shelled Mosul on Friday, killing four people. ${'A'.repeat(150000)} Officials confirmed the toll.`})}\n`;
    const posted = await fetch(`${base}/api/ingest`, {method: 'POST', body: hostile,
      headers: {Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/x-ndjson'}});
    const postedText = await posted.text();
    assert.equal(posted.status, 200, postedText);
    const ingest = JSON.parse(postedText);
    assert.equal(ingest.stored, 5);

    const context = await browser.newContext({viewport: {width: 1400, height: 900}});
    const page = await context.newPage();
    const problems = [];
    watch(page, problems);

    step('loading the dashboard');
    await page.goto(`${base}/`);
    await ready(page);
    const status = await api(base, '/api/status');
    const points = await api(base, '/api/points');
    assert.equal(Number(await page.getAttribute('#map', 'data-points')), points.key.length);
    assert.equal(Number(await page.getAttribute('#incident-list', 'data-total')), status.incidents);
    assert.ok(await page.locator('#timeline .bars rect').count() > 10, 'timeline bars');
    assert.match(await page.textContent('#store-summary'), /incidents from \d+ documents/);
    await shot(page, '01-dashboard');
    await checkClean(page, problems, 'dashboard');

    step('map → incident → evidence');
    // A multi-source incident; zoom in on it (wheel), then click its dot.
    const all = await api(base, '/api/incidents?limit=500');
    const multi = all.incidents.filter((i) => i.sources.length > 1 && i.location)
        .map((i) => Number(i.id.slice(9)));
    assert.ok(multi.length > 0, 'multi-source incidents on the map');
    let target = await page.evaluate((key) => window.casusDashboard.screenPosition(key), multi[0]);
    for (let i = 0; i < 6; i++) {
      await page.mouse.move(target.x, target.y);
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(120);
      target = await page.evaluate((key) => window.casusDashboard.screenPosition(key), multi[0]);
    }
    // The dots drawn under the cursor (several reports may share a place).
    const under = await page.evaluate(({x, y}) => {
      const d = window.casusDashboard;
      return d.pointKeys().filter((k) => {
        const p = d.screenPosition(k);
        return p && Math.hypot(p.x - x, p.y - y) < 3;
      });
    }, target);
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction(() => document.getElementById('incident').dataset.incident, null,
        {timeout: 15000});
    await ready(page);
    target.key = Number(await page.getAttribute('#incident', 'data-incident'));
    assert.ok(under.includes(target.key), `the clicked dot's incident (${target.key} in ${under})`);
    assert.match(page.url(), new RegExp(`incident=${target.key}`));
    const detail = await api(base, `/api/incidents/${target.key}`);
    assert.equal(await page.locator('#incident .report').count(), detail.reports.length);
    const marked = await page.locator('#incident mark.ev-event').allTextContents();
    assert.ok(marked.length >= detail.reports.length, 'every report highlights its evidence');
    for (const report of detail.reports) {
      for (const evidence of report.event.evidence) {
        assert.ok(marked.some((m) => m.includes(evidence.text) || evidence.text.includes(m)),
            `evidence shown: ${evidence.text}`);
      }
    }
    const facts = await page.textContent('#incident .facts');
    assert.ok(facts.includes(detail.incident.type) || (await page.textContent('#incident h3')).includes(detail.incident.type));
    await shot(page, '02-incident-evidence');
    await page.locator('#incident .report button.link', {hasText: 'show the whole text'}).first().click();
    await shot(page, '03-incident-full-text');
    await checkClean(page, problems, 'incident');

    step('filters: type, text, country');
    await page.selectOption('#filters select[name=type]', 'ASSAULT');
    await page.click('#filters button[type=submit]');
    await page.waitForURL(/type=ASSAULT/);
    await ready(page);
    const assaults = await api(base, '/api/incidents?type=ASSAULT&limit=1');
    assert.equal(Number(await page.getAttribute('#incident-list', 'data-total')), assaults.total);
    const badges = await page.locator('#incident-list .type-badge').allTextContents();
    assert.ok(badges.length > 0 && badges.every((b) => b === 'ASSAULT'), 'only assaults listed');
    const assaultPoints = await api(base, '/api/points?type=ASSAULT');
    assert.equal(Number(await page.getAttribute('#map', 'data-points')), assaultPoints.key.length);
    await page.fill('#filters input[name=text]', 'Erbil');
    await page.selectOption('#filters select[name=country]', 'IRQ');
    await page.click('#filters button[type=submit]');
    await page.waitForURL(/text=Erbil/);
    await ready(page);
    const erbil = await api(base, '/api/incidents?type=ASSAULT&text=Erbil&country=IRQ&limit=1');
    assert.ok(erbil.total > 0);
    assert.equal(Number(await page.getAttribute('#incident-list', 'data-total')), erbil.total);
    await shot(page, '04-filtered');

    step('a shared URL restores the view');
    const shared = page.url();
    const second = await context.newPage();
    watch(second, problems);
    await second.goto(shared);
    await ready(second);
    assert.equal(await second.inputValue('#filters input[name=text]'), 'Erbil');
    assert.equal(await second.inputValue('#filters select[name=type]'), 'ASSAULT');
    assert.equal(Number(await second.getAttribute('#incident-list', 'data-total')), erbil.total);
    await second.close();

    step('timeline brush sets the dates');
    await page.click('#clear-filters');
    await page.waitForURL((url) => !url.search.includes('type='));
    await ready(page);
    const box = await page.locator('#timeline').boundingBox();
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.97, box.y + box.height * 0.5, {steps: 8});
    await page.mouse.up();
    await page.waitForURL(/from=\d{4}-\d\d-\d\d.*to=\d{4}-\d\d-\d\d/);
    await ready(page);
    const url = new URL(page.url());
    const from = url.searchParams.get('from'), to = url.searchParams.get('to');
    assert.equal(await page.inputValue('#filters input[name=from]'), from);
    const brushed = await api(base, `/api/incidents?from=${from}&to=${to}&limit=1`);
    assert.equal(Number(await page.getAttribute('#incident-list', 'data-total')), brushed.total);
    assert.ok(brushed.total > 0 && brushed.total < status.incidents, 'the brush narrowed the dates');
    await shot(page, '05-brushed');

    step('the actor network and a sponsor chain');
    await page.goto(`${base}/?tab=network&actor_view=kataib_hezbollah&to=2020-01-03`);
    await ready(page);
    await page.waitForFunction(() => document.getElementById('actor-panel').dataset.actor === 'kataib_hezbollah',
        null, {timeout: 15000});
    assert.ok(Number(await page.getAttribute('#graph', 'data-nodes')) > 5, 'graph nodes');
    assert.ok(Number(await page.getAttribute('#graph', 'data-chain-edges')) > 0, 'sponsor chain highlighted');
    const panel = await page.textContent('#actor-panel');
    assert.match(panel, /Kata'ib Hezbollah/);
    assert.match(panel, /IRN/);
    await shot(page, '06-network-chain');
    await checkClean(page, problems, 'network');

    step('hostile documents are shown as text');
    const hostileIncidents = await api(base, '/api/incidents?from=2024-05-05&to=2024-05-12&limit=50');
    assert.ok(hostileIncidents.total >= 3, 'hostile reports made incidents');
    for (const incident of hostileIncidents.incidents) {
      const key = incident.id.slice(9);
      await page.goto(`${base}/?incident=${key}`);
      await ready(page);
      await page.waitForFunction((k) => document.getElementById('incident').dataset.incident === k, key);
      await checkClean(page, problems, `hostile incident ${key}`);
    }
    await page.goto(`${base}/?incident=${hostileIncidents.incidents.find((i) => i.doc === 'hostile-script')?.id.slice(9) ?? ''}`);
    await ready(page);
    const shown = await page.textContent('#incident');
    assert.ok(shown.includes("<script>window.__casusPwned = 'text'</script>"), 'script tags shown as text');
    assert.ok(shown.includes('onerror='), 'event handlers shown as text');
    assert.equal(await page.locator('#incident a[href^="javascript"]').count(), 0);
    await shot(page, '07-hostile-incident');
    await page.locator('#incident button[data-doc="hostile-script"]').first().click();
    await page.waitForFunction(() => document.getElementById('incident').dataset.document === 'hostile-script');
    await checkClean(page, problems, 'hostile document');
    await page.goto(`${base}/?text=mosul&from=2024-05-01`);
    await ready(page);
    await page.locator('#incident-list button.incident-item').first().click();
    await ready(page);
    await checkClean(page, problems, 'long token');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, 'a 150,000-character token does not widen the page');
    await shot(page, '08-long-token');
    await context.close();

    step('a phone-sized screen');
    const phone = await browser.newContext({viewport: {width: 390, height: 844}, isMobile: true,
      hasTouch: true, deviceScaleFactor: 2});
    const mobile = await phone.newPage();
    const mobileProblems = [];
    watch(mobile, mobileProblems);
    await mobile.goto(`${base}/`);
    await ready(mobile);
    const mapBox = await mobile.locator('#map').boundingBox();
    const sideBox = await mobile.locator('.side').boundingBox();
    assert.ok(mapBox.width >= 350 && mapBox.height >= 250, `map usable on a phone: ${JSON.stringify(mapBox)}`);
    assert.ok(sideBox.y >= mapBox.y + mapBox.height, 'panels below the map on a phone');
    const mobileOverflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(mobileOverflow <= 1, 'no sideways scrolling on a phone');
    await mobile.locator('#incident-list button.incident-item').first().tap();
    await ready(mobile);
    assert.ok(await mobile.locator('#incident .report').count() > 0);
    await shot(mobile, '09-phone');
    await checkClean(mobile, mobileProblems, 'phone');
    await phone.close();
  } finally {
    if (browser) await browser.close();
    child.kill('SIGTERM');
  }
  step(`passed; screenshots in ${artifacts}`);
}

try {
  await main();
  fs.rmSync(scratch, {recursive: true, force: true});
  process.exit(0);
} catch (error) {
  console.log(`dashboard_test: FAILED: ${error.stack || error}`);
  console.log(`dashboard_test: screenshots in ${artifacts}; store in ${scratch}`);
  process.exit(1);
}
