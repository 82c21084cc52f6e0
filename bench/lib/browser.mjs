// One Chromium for the whole run (the tests' launcher) and one way to time a
// page: a fresh browser context per run, optional network/CPU throttling
// through the DevTools protocol, and the page's own `window.benchDone`
// promise, which resolves to `performance.now()` (ms since navigation start)
// once what it shows is painted (see bench/pages/).
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs, assertChromium } from '../../scripts/lib/chromium.mjs';

/** Slow 4G as in the issue: 150 ms latency, ~1.6 Mbit/s each way, 4× slower CPU. */
export const SLOW_4G = { latency: 150, throughput: 200_000, cpuSlowdown: 4 };

export async function launchBrowser() {
  assertChromium();
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
}

/**
 * Opens `url` in a fresh context and returns what `window.benchDone` resolves
 * to, plus `extra(page, cdp)`'s result when given. `init` is injected before
 * the page's own scripts (e.g. `window.benchCodes`).
 */
export async function runPage(browser, url, { throttle, init, extra, timeout = 60_000 } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: throttle.latency,
        downloadThroughput: throttle.throughput,
        uploadThroughput: throttle.throughput,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpuSlowdown });
    }
    if (init) await page.evaluateOnNewDocument(init.fn, init.arg);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
    await page.waitForFunction('window.benchDone !== undefined', { timeout });
    const done = await Promise.race([
      page.evaluate(() => window.benchDone),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`timeout: ${url}`)), timeout)),
    ]);
    if (typeof done !== 'number' || done < 0) {
      const message = await page.evaluate(() => window.benchError);
      throw new Error(`${url}: the page reported an error${message ? ` (${message})` : ''}`);
    }
    return { time: done, ...(extra ? await extra(page, cdp) : {}) };
  } finally {
    await context.close();
  }
}

/**
 * Runs each of `variants` (`{name, url, options}`) `runs` times, interleaved
 * so a slow moment of the shared machine hits both alike, after one discarded
 * warm-up round. Returns `{[name]: [result, …]}`.
 */
export async function interleave(browser, variants, runs, onRound = () => {}) {
  const results = Object.fromEntries(variants.map((variant) => [variant.name, []]));
  for (let round = -1; round < runs; round += 1) {
    for (const variant of variants) {
      const result = await runPage(browser, variant.url(round), variant.options);
      if (round >= 0) results[variant.name].push(result);
    }
    onRound(round);
  }
  return results;
}
