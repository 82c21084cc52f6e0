// The embed builder, a page of the site (dist/site/generateur/, served here
// under the sub-path /dist/site/), driven in Chromium like a webmaster would:
// pick a member by typing in <vae-city-search>, choose the look, take the
// snippet and paste it, verbatim, into a blank served page (issue 20, Done
// when 4: each of the six elements). The snippet's
// CDN URLs are answered by the local CDN stand-in with this build published
// (test/scripts/cdn-pages.mjs), so `integrity` is checked for real and the
// data comes from the data package's range, as on jsDelivr.
// A Node test (not web-test-runner) because the test runner's esbuild plugin
// rewrites every served .js file, which no integrity hash can match.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDevServer } from '@web/dev-server';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs, assertChromium } from '../../scripts/lib/chromium.mjs';
import { faultsMiddleware } from '../server/faults.mjs';
import { ROOT, readRepoJson } from './helpers.mjs';
import { routeCdn, startCdnWithBuild } from './cdn-pages.mjs';

const BUILDER = '/dist/site/generateur/';
const sri = readRepoJson('dist/sri.json');
const snippets = readRepoJson('dist/snippets.json');
let cdnStandIn;
let server;
let origin;
let browser;
let builder;
let pastedHtml = '';

// GET /paste serves whatever the test pasted last: a blank host page.
async function pasteMiddleware(ctx, next) {
  if (ctx.path !== '/paste') return next();
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>${pastedHtml}</body></html>`;
}

/** A page whose requests to the CDN get the local build's bytes (or `tamper`'s); records errors. */
async function hostPage(tamper) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    const url = message.location()?.url ?? '';
    if (message.type() === 'error' && !url.endsWith('/favicon.ico'))
      errors.push(`${message.text()} ${url}`);
  });
  const cdn = await routeCdn(page, cdnStandIn, tamper);
  // A script whose module graph failed to load fires `error` on its element: counted here.
  await page.evaluateOnNewDocument(() => {
    globalThis.failedScripts = [];
    document.addEventListener(
      'error',
      (event) => event.target.src && globalThis.failedScripts.push(event.target.src),
      true,
    );
  });
  return { page, errors, cdn };
}

/** Resolves once `condition()` holds, checked on every turn of Node's event loop (10 s at most). */
async function until(condition, explain) {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${explain()}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Opens `html` in a blank served page. */
async function paste(html, tamper) {
  pastedHtml = html;
  const host = await hostPage(tamper);
  await host.page.goto(`${origin}/paste`);
  return host;
}

const value = (id) => builder.$eval(`#${id}`, (element) => element.value);
const updates = () => builder.$eval('#builder', (form) => Number(form.dataset.updated ?? 0));

/** Clicks a control (radio, checkbox) or picks a <select> option, then waits for the refresh. */
async function choose(selector, option) {
  const before = await updates();
  if (option === undefined) await builder.click(selector);
  else await builder.select(selector, option);
  await builder.waitForFunction((n) => Number(builder.dataset.updated) > n, {}, before);
}

const shadowText = (page, selector) =>
  page.$eval(selector, (element) => element.shadowRoot.textContent.replace(/\s+/g, ' '));
const ready = (page, selector) =>
  page.waitForSelector(`${selector}[state="ready"]`, { timeout: 15_000 });

before(async () => {
  assertChromium();
  cdnStandIn = await startCdnWithBuild();
  server = await startDevServer({
    config: {
      rootDir: ROOT,
      port: 0,
      hostname: '127.0.0.1',
      middleware: [pasteMiddleware, faultsMiddleware],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  origin = `http://127.0.0.1:${server.server.address().port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
  const host = await hostPage();
  builder = host.page;
  builder.errors = host.errors;
  await builder.goto(`${origin}${BUILDER}`);
  await builder.waitForSelector('#builder[data-ready]', { timeout: 20_000 });
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await cdnStandIn?.close();
});

test('the builder runs under a strict CSP with Trusted Types, no inline script, no violation', async () => {
  const policy = await builder.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) =>
    meta.getAttribute('content'),
  );
  assert.match(policy, /script-src 'self'/);
  assert.match(policy, /style-src 'self'/);
  assert.match(policy, /require-trusted-types-for 'script'/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
  assert.equal(await builder.$$eval('script:not([src])', (scripts) => scripts.length), 0);
  assert.equal(await value('csp-violations'), '');
  assert.deepEqual(builder.errors, []);
});

test('by default: the badge of Lyon, pinned CDN URLs, integrity and crossorigin', async () => {
  const script = await value('snippet-script');
  assert.match(
    sri.cdnBase,
    /^https:\/\/cdn\.jsdelivr\.net\/npm\/vae-widgets@\d+\.\d+\.\d+\/dist\/$/,
  );
  assert.ok(
    script.includes(
      `src="${sri.cdnBase}elements/vae-city-badge.js" integrity="${sri.integrity['elements/vae-city-badge.js']}" crossorigin="anonymous"`,
    ),
    script,
  );
  assert.ok(script.includes('<vae-city-badge city="69123" lang="fr">'), script);
  await ready(builder, '#preview vae-city-badge');
});

test('typing a member in the search picks it and updates the preview', async () => {
  const before = await updates();
  await builder.$eval('#member-search', (search) =>
    search.shadowRoot.querySelector('input').focus(),
  );
  await builder.keyboard.type('Grenoble');
  await builder.waitForFunction(() =>
    document.querySelector('#member-search').shadowRoot.querySelector('[role="option"]'),
  );
  await builder.keyboard.press('ArrowDown');
  await builder.keyboard.press('Enter');
  await builder.waitForFunction((n) => Number(builder.dataset.updated) > n, {}, before);
  assert.match(await builder.$eval('#member', (member) => member.textContent), /Grenoble/);
  assert.match(await value('snippet-script'), /city="38185"/);
  await builder.waitForFunction(() =>
    document.querySelector('#preview vae-city-badge[city="38185"][state="ready"]'),
  );
  assert.match(await shadowText(builder, '#preview vae-city-badge'), /Grenoble/);
});

test('the script snippet, pasted as copied, renders the chosen badge (integrity checked)', async () => {
  await choose('#variant', 'compact');
  await choose('input[name="theme"][value="dark"]');
  await choose('input[name="lang"][value="en"]');
  const snippet = await value('snippet-script');
  const { page, errors, cdn } = await paste(snippet);
  await ready(page, 'vae-city-badge');
  const attributes = await page.$eval('vae-city-badge', (badge) => [
    badge.getAttribute('variant'),
    badge.getAttribute('theme'),
  ]);
  assert.deepEqual(attributes, ['compact', 'dark']);
  const text = await shadowText(page, 'vae-city-badge');
  assert.match(text, /Grenoble/);
  assert.match(text, /Child Friendly City/);
  // Every script came from the pinned CDN URL; the data from the data package's
  // range: the member's own file, once (the snippet's preload was used).
  assert.ok(cdn.some((url) => url.startsWith(sri.cdnBase) && url.endsWith('/vae-city-badge.js')));
  const dataFile = `${snippets.dataCdnBase}members/38185.json`;
  assert.ok(snippet.includes(`<link rel="preload" as="fetch" href="${dataFile}"`), snippet);
  assert.deepEqual(
    cdn.filter((url) => url.includes('vae-widgets-data')),
    [dataFile],
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('control: the same snippet with one wrong hash is refused by the browser', async () => {
  const snippet = await value('snippet-script');
  const tampered = snippet.replace(
    /(vae-city-badge\.js" integrity="sha384-)./,
    (m, head) => head + (m.endsWith('A') ? 'B' : 'A'),
  );
  assert.notEqual(tampered, snippet);
  const { page, errors } = await paste(tampered);
  // The browser says it blocked the file (Chromium's console: "Failed to find a valid digest…").
  await until(
    () => errors.some((error) => /integrity/.test(error)),
    () => errors.join('\n'),
  );
  assert.equal(await page.evaluate(() => customElements.get('vae-city-badge')), undefined);
  await page.close();
});

// Found when this test stopped sleeping 500 ms (issue 27): a `modulepreload`'s integrity binds
// only the preload (and only Chromium checks it); the entry's own import of the chunk raced it
// and, when the import won, ran the changed chunk (3 runs in 5). The snippet's import map
// binds the import itself. The chunk's bytes are changed on the CDN, the snippet is as copied.
test('control: a changed chunk on the CDN stops the element too (the import map binds the import)', async () => {
  const snippet = await value('snippet-script');
  const shared = /chunks\/shared-[^"]+\.js/.exec(snippet)[0];
  const { page, errors } = await paste(snippet, (url, bytes) =>
    url.endsWith(shared) ? Buffer.concat([bytes, Buffer.from('\n;globalThis.taken=1;')]) : bytes,
  );
  try {
    // The browser says it blocked the file (Chromium's console: "Failed to find a valid digest…").
    await until(
      () => errors.some((error) => /integrity/.test(error)),
      () => errors.join('\n'),
    );
    // The entry's own graph failed (its import was bound too): the element was never
    // defined and the changed code never ran.
    await page.waitForFunction(() =>
      globalThis.failedScripts.some((src) => src.endsWith('/vae-city-badge.js')),
    );
    assert.deepEqual(
      await page.evaluate(() => ({
        defined: customElements.get('vae-city-badge') !== undefined,
        ran: 'taken' in globalThis,
      })),
      { defined: false, ran: false },
    );
  } finally {
    await page.close();
  }
});

test('the "local URLs" toggle gives a snippet that works offline from the local build', async () => {
  await choose('#local');
  const snippet = await value('snippet-script');
  assert.ok(snippet.includes(`src="${origin}/dist/site/elements/vae-city-badge.js"`), snippet);
  assert.ok(!snippet.includes('cdn.jsdelivr.net'));
  // Self-hosted: the member's file beside the code, preloaded while the code loads.
  const dataFile = `${origin}/dist/site/data/members/38185.json`;
  assert.ok(snippet.includes(`<link rel="preload" as="fetch" href="${dataFile}"`), snippet);
  const { page, cdn, errors } = await paste(snippet);
  await ready(page, 'vae-city-badge');
  assert.deepEqual(cdn, []);
  // One request for it: the element (no cookie of its own) took the preload's response.
  const requests = await page.evaluate(
    (url) => performance.getEntriesByName(url).map((entry) => entry.initiatorType),
    dataFile,
  );
  assert.deepEqual(requests, ['link']);
  assert.deepEqual(errors, []);
  await page.close();
  await choose('#local');
});

test('the data-vae snippet is upgraded into the badge by the all-in-one bundle', async () => {
  const snippet = await value('snippet-cms');
  assert.match(snippet, /<div data-vae="city-badge" data-city="38185" data-variant="compact"/);
  assert.match(snippet, /vae-widgets\.js" integrity="sha384-/);
  const { page, errors } = await paste(snippet);
  await ready(page, 'vae-city-badge');
  assert.equal(await page.$eval('vae-city-badge', (badge) => badge.lang), 'en');
  assert.match(await shadowText(page, 'vae-city-badge'), /Grenoble/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the static image snippet shows the badge, linked as the badge is, with an alt that does not change', async () => {
  const snippet = await value('snippet-img');
  // The static badge states data: it comes from the data package's range, as fresh as the data.
  assert.ok(snippet.includes(`src="${snippets.dataCdnBase}badges/en/38185.svg"`), snippet);
  // No site address in this build's data, none on the builder page: the programme page.
  const programme = readRepoJson('dist/data/vae.json').meta.programme.url;
  assert.ok(snippet.startsWith(`<a href="${programme}"><img `), snippet);
  const { page } = await paste(snippet);
  await page.waitForFunction(() => document.querySelector('img').complete);
  const [width, alt] = await page.$eval('img', (img) => [img.naturalWidth, img.alt]);
  assert.ok(width > 0, 'the image loaded');
  // The label and the city, never the status or the mandate: the picture changes, the text stays.
  assert.equal(alt, 'Ville amie des enfants badge (UNICEF France) of Grenoble');
  await page.close();
});

test('the e-mail signature snippet: the PNG badge, linked, with the same alt', async () => {
  const snippet = await value('snippet-email');
  assert.ok(snippet.includes(`src="${snippets.dataCdnBase}badges/en/38185@2x.png"`), snippet);
  assert.match(
    snippet,
    /^<a href="https:\/\/[^"]+"><img [^>]*alt="Ville amie des enfants badge \(UNICEF France\) of Grenoble"/,
  );
  assert.match(snippet, /width="\d+" height="\d+"/);
});

test('the WordPress shortcode and block name the plugin’s element with the same attributes', async () => {
  assert.equal(
    await value('snippet-shortcode'),
    '[vae_badge city="38185" variant="compact" theme="dark" lang="en"]',
  );
  assert.equal(
    await value('snippet-block'),
    '<!-- wp:vae-widgets/city-badge {"city":"38185","variant":"compact","theme":"dark","lang":"en"} /-->',
  );
});

test('a copy button copies the code and announces it in the live region', async () => {
  await browser
    .defaultBrowserContext()
    .overridePermissions(origin, [
      'clipboard-read',
      'clipboard-write',
      'clipboard-sanitized-write',
    ]);
  await builder.click('button[data-copy="snippet-shortcode"]');
  await builder.waitForFunction(() => document.querySelector('.copy-status').textContent !== '');
  assert.equal(await builder.$eval('.copy-status', (s) => s.getAttribute('role')), 'status');
  assert.equal(await builder.$eval('.copy-status', (s) => s.textContent), 'Code copié.');
  assert.equal(
    await builder.evaluate(() => navigator.clipboard.readText()),
    await value('snippet-shortcode'),
  );
});

test('a dark, English member count for the member’s department renders as pasted', async () => {
  await choose('#element', 'member-count');
  await choose('#variant', 'department');
  await choose('input[name="bundle"][value="all"]');
  const snippet = await value('snippet-script');
  assert.ok(snippet.includes('<vae-member-count department="38" lang="en">'), snippet);
  assert.ok(snippet.includes('<div class="vae-dark">'), snippet);
  assert.match(await value('snippet-css'), /--vae-color-ink/);
  const { page, errors } = await paste(snippet);
  await ready(page, 'vae-member-count');
  assert.equal(await page.$$eval('script', (scripts) => scripts.length), 1);
  assert.match(await shadowText(page, 'vae-member-count'), /\d/);
  assert.deepEqual(errors, []);
  assert.equal(await value('csp-violations'), '');
  await page.close();
});

test('theme "auto" for an element without `theme`: its CSS follows the reader’s scheme', async () => {
  await choose('input[name="theme"][value="auto"]');
  const snippet = await value('snippet-script');
  const css = await value('snippet-css');
  assert.ok(snippet.includes('<div class="vae-auto">'), snippet);
  assert.match(css, /@media \(prefers-color-scheme: dark\)/);
  // The host pastes the element and adds the CSS to its own stylesheet.
  const { page } = await paste(`<style>${css}</style>${snippet}`);
  await ready(page, 'vae-member-count');
  const background = () =>
    page.$eval('.vae-auto', (wrapper) => getComputedStyle(wrapper).backgroundColor);
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  assert.equal(await background(), 'rgba(0, 0, 0, 0)');
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  assert.equal(await background(), 'rgb(19, 34, 45)');
  await page.close();
});

for (const [element, check] of [
  ['city-search', 'vae-city-search'],
  ['partner-list', 'vae-partner-list'],
  ['news-list', 'vae-news-list'],
  ['city-map', 'vae-city-map'],
]) {
  test(`the ${element} snippet, pasted as copied, renders (integrity checked)`, async () => {
    await choose('#element', element);
    const snippet = await value('snippet-script');
    assert.match(snippet, /vae-widgets\.js" integrity="sha384-/); // the all-in-one, chosen above
    assert.ok(snippet.includes(`<${check} `), snippet);
    const { page, errors } = await paste(snippet);
    await ready(page, check);
    assert.ok((await shadowText(page, check)).trim().length > 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the builder page passes axe (WCAG 2.1 A/AA rules)', async () => {
  // A second copy of the page with CSP bypassed, so axe itself can be injected.
  const page = await browser.newPage();
  await page.setBypassCSP(true);
  await page.goto(`${origin}${BUILDER}`);
  await page.waitForSelector('#builder[data-ready]', { timeout: 20_000 });
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
  });
  assert.deepEqual(violations, []);
  await page.close();
});

test('control: the violation watcher does report a blocked load', async () => {
  await builder.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://example.invalid/pixel.png';
    document.body.append(img);
  });
  await builder.waitForFunction(() => document.getElementById('csp-violations').value !== '');
  assert.match(await value('csp-violations'), /img-src https:\/\/example\.invalid/);
});
