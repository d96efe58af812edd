// How fast the dashboard is on a big store: headless Chromium loads it from
// a running `casus serve` and reports the time until everything is shown
// (map with up to 100,000 dots, timeline, first page), the time of one map
// redraw (zoom), and of a filter change.
//
//   node bench/dashboard_load.mjs BASE_URL
import {chromium} from 'playwright-core';

const base = process.argv[2];
const browser = await chromium.launch({executablePath: process.env.CASUS_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox']});
const page = await browser.newPage({viewport: {width: 1400, height: 900}});
const ready = () => page.waitForFunction(() => document.body.dataset.state === 'ready', null,
    {timeout: 120000});
let start = Date.now();
await page.goto(`${base}/`);
await ready();
const loaded = Date.now() - start;
const dots = Number(await page.getAttribute('#map', 'data-points'));
// One zoom step: the time until the next frame is painted.
const box = await page.locator('#map').boundingBox();
await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
const redraw = await page.evaluate(() => new Promise((resolve) => {
  const canvas = document.querySelector('#map canvas');
  const t0 = performance.now();
  canvas.dispatchEvent(new WheelEvent('wheel', {deltaY: -200, clientX: 300, clientY: 300, bubbles: true}));
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
}));
start = Date.now();
await page.selectOption('#filters select[name=type]', 'ASSAULT');
await page.click('#filters button[type=submit]');
await page.waitForURL(/type=ASSAULT/);
await ready();
const filtered = Date.now() - start;
console.log(`dashboard: ready in ${loaded} ms with ${dots} dots; map redraw ${redraw.toFixed(0)} ms; ` +
  `filter change ${filtered} ms (${await page.getAttribute('#map', 'data-points')} dots)`);
await browser.close();
