// Screenshots of <vae-city-badge> in each variant × theme, from demo/badge.html:
// docs/screenshots/badge-<variant>-<theme>.png. Needs the build (`npm run build`)
// and the demo server (`node scripts/code/serve.mjs`); pass its origin if not :8000.
// Usage: node scripts/code/screenshots-badge.mjs [http://127.0.0.1:8000]
import puppeteer from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import { CHROMIUM_PATH, chromiumArgs } from '../lib/chromium.mjs';

const origin = process.argv[2] ?? 'http://127.0.0.1:8000';
const out = 'docs/screenshots';
await mkdir(out, { recursive: true });

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900, deviceScaleFactor: 2 });
  await page.goto(`${origin}/demo/badge.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#variants vae-city-badge')].every(
      (el) => el.getAttribute('state') === 'ready',
    ),
  );
  for (const variant of ['full', 'compact', 'seal']) {
    for (const theme of ['light', 'dark']) {
      const shot = await page.$(`#shot-${variant}-${theme}`);
      const path = `${out}/badge-${variant}-${theme}.png`;
      await shot.screenshot({ path });
      console.log(path);
    }
  }
} finally {
  await browser.close();
}
