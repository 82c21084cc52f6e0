// The framework examples of docs/usage.md, run as users run them: each app under
// test/frameworks/ gets its marked block (see test/frameworks/readme-snippets.mjs),
// is built with its framework's own toolchain against the packed npm package, and is
// driven in Chromium, the way custom-elements-everywhere checks a framework:
//  - a property set from framework state reaches the element (a string, and a Date:
//    the badge's `date` has no attribute);
//  - the declarative `vae-select` listener gets the event's typed detail;
//  - a state change re-renders the badge;
//  - unmounting and remounting leaves no error.
// The React app also shows the bundler default (issue 13): with no <meta> and no
// `src`, the data files are the app's own assets; with <meta name="vae:data"> they
// come from that folder.
// Needs the build (dist/). The toolchains (test/frameworks/package-lock.json) are
// installed with `npm ci` when node_modules is missing or older than the lockfile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs, assertChromium } from '../../scripts/lib/chromium.mjs';
import { startStaticServer } from '../frameworks/static-server.mjs';
import { missingReadmeFragments, writeReadmeFiles } from '../frameworks/readme-snippets.mjs';
import { APPS, installPackedPackage, run } from '../frameworks/install.mjs';
import { ROOT } from './helpers.mjs';

const work = mkdtempSync(join(tmpdir(), 'vae-frameworks-test-'));
const out = (name) => join(work, name);
const vite = (name) => ({
  cwd: join(APPS, name),
  args: ['../node_modules/vite/bin/vite.js', 'build', '--base', './', '--outDir', out(name)],
  served: out(name),
});
const BUILDS = {
  react: vite('react'),
  preact: vite('preact'),
  vue: vite('vue'),
  svelte: vite('svelte'),
  angular: {
    cwd: APPS,
    args: ['node_modules/@angular/cli/bin/ng.js', 'build', '--output-path', out('angular')],
    served: join(out('angular'), 'browser'),
  },
};
let server;
let browser;
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

before(async () => {
  const installed = await installPackedPackage(work);
  console.log(`frameworks: toolchains and package installed in ${installed.toFixed(1)} s`);
  writeReadmeFiles(ROOT);
  server = await startStaticServer({
    ...Object.fromEntries(Object.entries(BUILDS).map(([name, b]) => [`/${name}/`, b.served])),
    // The package's own data, as a page-wide <meta name="vae:data"> would point at it.
    '/custom/': join(APPS, 'node_modules/vae-widgets/dist/data'),
  });
  assertChromium();
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

test('the docs/usage.md fragments (Angular settings) are in the apps’ files', () => {
  assert.deepEqual(missingReadmeFragments(ROOT), []);
});

for (const [name, build] of Object.entries(BUILDS)) {
  test(`${name}: builds with its own toolchain against the packed package`, () => {
    const started = performance.now();
    const extra = name === 'angular' ? ['--base-href', `/${name}/`] : [];
    run('node', [...build.args, ...extra], build.cwd);
    console.log(`frameworks: ${name} built in ${seconds(started)}`);
    assert.ok(existsSync(join(build.served, 'index.html')));
  });

  test(`${name}: properties, the vae-select listener, re-render and remount`, async () => {
    const page = await openPage(`${server.origin}/${name}/`);
    try {
      await checkApp(page.tab);
      assert.deepEqual(page.errors, []);
      if (name === 'react') {
        // The bundler default: no <meta>, no `src`, the app's own copy of each
        // element's data file (Vite copied and renamed them: members-<hash>.json).
        const datasets = server.requests.filter((path) => path.endsWith('.json'));
        assert.ok(
          datasets.length > 0 &&
            datasets.every((path) => /^\/react\/assets\/(members|search)-[\w-]+\.json$/.test(path)),
          datasets.join(' '),
        );
      }
    } finally {
      await page.tab.close();
    }
  });
}

test('react: with <meta name="vae:data"> the app reads its data from that folder', async () => {
  const html = readFileSync(join(BUILDS.react.served, 'index.html'), 'utf8');
  // A data folder, as docs/usage.md's live range (https://cdn.jsdelivr.net/npm/vae-widgets-data@1/).
  const meta = `<meta name="vae:data" content="${server.origin}/custom/" />`;
  writeFileSync(
    join(BUILDS.react.served, 'with-meta.html'),
    html.replace('</head>', `${meta}</head>`),
  );
  server.requests.length = 0;
  const page = await openPage(`${server.origin}/react/with-meta.html`);
  try {
    await choose(page.tab, 'Lyon');
    await badgeShows(page.tab, 'Lyon');
    const datasets = server.requests.filter((path) => path.endsWith('.json'));
    assert.ok(datasets.length > 0, 'no data file requested');
    assert.deepEqual(
      datasets.filter((path) => !path.startsWith('/custom/')),
      [],
      datasets.join(' '),
    );
    assert.deepEqual(page.errors, []);
  } finally {
    await page.tab.close();
  }
});

/** A new tab at `url`, collecting uncaught errors and console errors. */
async function openPage(url) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    const source = message.location()?.url ?? '';
    // Chromium asks every origin for /favicon.ico; the apps have none.
    if (message.type() === 'error' && !source.endsWith('/favicon.ico'))
      errors.push(`${message.text()} ${source}`);
  });
  await tab.goto(url);
  return { tab, errors };
}

const WAIT = { timeout: 20_000 };
const SEARCH = 'vae-city-search';
// docs/usage.md's badge; `#dated` is the harness's own.
const BADGE = 'vae-city-badge:not(#dated)';

async function checkApp(tab) {
  // The listener reads the typed detail: a member sets the badge's `city` property…
  await choose(tab, 'Lyon');
  await badgeShows(tab, 'Lyon');
  assert.deepEqual(await tab.$eval(BADGE, (badge) => [badge.city, badge.variant]), [
    '69123',
    'compact',
  ]);
  // …another member re-renders the badge from the new state…
  await choose(tab, 'Paris');
  await badgeShows(tab, 'Paris');
  assert.equal(await tab.$eval(BADGE, (badge) => badge.city), '75056');
  // …and a commune that is not itself a member (its intercommunality is) clears it.
  await choose(tab, 'Anduze');
  await tab.waitForFunction((selector) => !document.querySelector(selector), WAIT, BADGE);

  // An object property: the badge's `date` (a Date) follows the framework's state.
  const dated = () =>
    tab.$eval('#dated', (badge) => [badge.date?.toISOString(), badge.shadowRoot.textContent]);
  await tab.waitForSelector('#dated[state="ready"]', WAIT);
  const [before, endedText] = await dated();
  assert.equal(before, '2027-01-01T00:00:00.000Z');
  assert.match(endedText, /terminé/);
  await tab.click('#in-mandate');
  await tab.waitForFunction(
    () => !document.querySelector('#dated').shadowRoot.textContent.includes('terminé'),
    WAIT,
  );
  assert.equal((await dated())[0], '2024-06-01T00:00:00.000Z');

  // Unmount, then mount again: the elements start over without an error.
  await tab.click('#toggle');
  await tab.waitForFunction((selector) => !document.querySelector(selector), WAIT, SEARCH);
  await tab.click('#toggle');
  await choose(tab, 'Lyon');
  await badgeShows(tab, 'Lyon');
}

/** Types `name` in the search and picks the first option, as a user does. */
async function choose(tab, name) {
  await tab.waitForSelector(`${SEARCH}[state="ready"]`, WAIT);
  const input = await tab.waitForSelector(`${SEARCH} >>> input`, WAIT);
  await input.click({ count: 3 }); // selects any earlier text, so typing replaces it
  await tab.keyboard.press('Backspace');
  await tab.keyboard.type(name);
  await tab.waitForFunction(
    (selector, wanted) =>
      document
        .querySelector(selector)
        ?.shadowRoot.querySelector('[role="option"]')
        ?.textContent.includes(wanted),
    WAIT,
    SEARCH,
    name,
  );
  await tab.keyboard.press('ArrowDown');
  await tab.keyboard.press('Enter');
}

async function badgeShows(tab, name) {
  await tab.waitForFunction(
    (selector, wanted) => {
      const badge = document.querySelector(selector);
      return badge?.state === 'ready' && badge.shadowRoot.textContent.includes(wanted);
    },
    WAIT,
    BADGE,
    name,
  );
}
