// A day in a single-page app (issue 25): one page (test/soak/soak.html, the
// all-in-one bundle, data beside it, signed) mounts the six elements, waits
// until each has settled and removes them, CYCLES times, first with the data
// cached, then with the caches cleared every tenth of the run. After garbage
// collection (DevTools protocol) the heap at the end is within 10 % of its
// level after the first 100 cycles (the highest level between is reported); each file is fetched once per cache lifetime; no
// listener on the window, document or page, no timer, animation frame or
// observation is left beyond what the page held before the first mount.
// 10,000 cycles per phase, as the issue asks (about 3 minutes a phase on these shared
// 2-core machines: 164 s and 183 s measured); SOAK_CYCLES=400 for a quick look. Chromium only: Firefox's remote
// protocol has no garbage collection or heap metrics for puppeteer-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs, assertChromium } from '../../scripts/lib/chromium.mjs';
import { ROOT } from './helpers.mjs';

const CYCLES = Number(process.env.SOAK_CYCLES ?? 10_000);
const CLEAR_EVERY = CYCLES / 10;
const BATCH = CYCLES / 10;
const FILES = [
  // The badge reads its member's own file; the counter and the map, every member.
  '/dist/data/members/69123.json',
  '/dist/data/members.json',
  '/dist/data/search.json',
  '/dist/data/partners.json',
  '/dist/data/news.json',
  '/dist/data/map-departments.json',
];

let server, browser, page, cdp, atStart;
const errors = [];

before(async () => {
  assertChromium();
  server = await startDevServer({
    config: { rootDir: ROOT, port: 0, hostname: '127.0.0.1' },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    args: [...chromiumArgs(), '--js-flags=--expose-gc'],
    protocolTimeout: 600_000,
  });
  page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.goto(`http://127.0.0.1:${server.server.address().port}/test/soak/soak.html`);
  await page.waitForFunction(() => window.soak && customElements.get('vae-city-map'));
  atStart = await page.evaluate(() => window.soak.leftovers());
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The JS heap in use after full garbage collections, in bytes (one pass leaves some garbage). */
async function heapAfterGc() {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

/** Runs `count` cycles in batches of 1,000, checking the heap after each against `baseline`. */
async function soak(label, count, clearEvery) {
  const started = performance.now();
  await page.evaluate((n, every) => window.soak.run(n, every), 100, clearEvery);
  const baseline = await heapAfterGc();
  const heaps = [];
  let states = [];
  for (let done = 100; done < count;) {
    const batch = Math.min(BATCH, count - done);
    states = await page.evaluate((n, every) => window.soak.run(n, every), batch, clearEvery);
    done += batch;
    heaps.push(await heapAfterGc());
  }
  const worst = Math.max(baseline, ...heaps);
  // The heap's level at the end: the lowest of the last three samples. A single sample swings
  // by about 10 % here (lit's and V8's caches refill between batches: 3.64 MB, then 4.07, then
  // 3.70 in one run); a leak raises the floor itself (a planted listener leak: +87 %).
  const end = Math.min(...heaps.slice(-3));
  const report = {
    label,
    cycles: count,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    heapAfter100: mb(baseline),
    heapEnd: mb(end),
    heapWorst: mb(worst),
    growth: `${((end / baseline - 1) * 100).toFixed(1)} %`,
    fetches: await page.evaluate(() => window.soak.fetches()),
    leftovers: await page.evaluate(() => window.soak.leftovers()),
  };
  console.log(`soak: ${JSON.stringify(report)}`);
  return { baseline, end, states, report };
}

/** Nothing more is live than before the first element was mounted (the library's page-wide set-up). */
function assertNoLeftovers(leftovers) {
  assert.deepEqual(
    leftovers,
    atStart,
    `left behind: ${JSON.stringify(leftovers)}, at start: ${JSON.stringify(atStart)}`,
  );
}

test(`the six elements mounted and removed ${CYCLES} times, data cached: flat heap, one fetch per file, nothing left`, async () => {
  const { baseline, end, states, report } = await soak('cached', CYCLES, 0);
  assert.deepEqual(states.sort(), [
    'vae-city-badge=ready',
    'vae-city-map=ready',
    'vae-city-search=ready',
    'vae-member-count=ready',
    'vae-news-list=ready',
    'vae-partner-list=ready',
  ]);
  assert.ok(end <= baseline * 1.1, JSON.stringify(report));
  assert.deepEqual(report.fetches, Object.fromEntries(FILES.map((file) => [file, 1])));
  assertNoLeftovers(report.leftovers);
  assert.deepEqual(errors, []);
});

test(`the same with the caches cleared every ${CLEAR_EVERY} cycles: one fetch per file per clearing`, async () => {
  await page.evaluate(() => window.soak.resetFetches());
  const { baseline, end, report } = await soak('cleared', CYCLES, CLEAR_EVERY);
  assert.ok(end <= baseline * 1.1, JSON.stringify(report));
  // The cached phase left the caches full; each clearing makes the next cycle fetch again.
  const expected = CYCLES / CLEAR_EVERY - 1;
  assert.deepEqual(report.fetches, Object.fromEntries(FILES.map((file) => [file, expected])));
  assertNoLeftovers(report.leftovers);
  assert.deepEqual(errors, []);
});
