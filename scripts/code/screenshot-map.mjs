// Screenshots of <vae-city-map> for the docs (fr, en, table view, dark theme):
// docs/screenshots/map-fr.png, map-en.png, map-table.png, map-dark.png.
// Run `npm run build` first. Starts scripts/code/serve.mjs, drives Debian Chromium
// with puppeteer-core, then stops the server it started.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs } from '../lib/chromium.mjs';

const SHOTS = [
  ['shot-fr', 'map-fr'],
  ['shot-en', 'map-en'],
  ['shot-table', 'map-table'],
  ['shot-dark', 'map-dark'],
];

function startServer() {
  const server = spawn(process.execPath, ['scripts/code/serve.mjs'], {
    env: { ...process.env, PORT: process.env.PORT ?? '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /https?:\/\/\S+/.exec(out);
      if (url) resolve({ server, base: new URL('.', url[0]).href });
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited (${code})`)));
  });
}

const { server, base } = await startServer();
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 1200, deviceScaleFactor: 1 });
  await page.goto(new URL('map.html', base).href, { waitUntil: 'load' });
  await page.waitForFunction(() =>
    ['map-fr', 'map-en', 'map-table', 'map-dark'].every(
      (id) => document.getElementById(id)?.getAttribute('state') === 'ready',
    ),
  );
  mkdirSync('docs/screenshots', { recursive: true });
  for (const [id, name] of SHOTS) {
    const element = await page.$(`#${id}`);
    await element.screenshot({ path: `docs/screenshots/${name}.png` });
    console.log(`screenshot: docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  server.kill();
}
