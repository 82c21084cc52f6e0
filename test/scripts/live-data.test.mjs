// Live data for pinned pages (issue 13), against the local CDN stand-in: a page
// that pins the code at this version, pasted verbatim from the builder, reads
// the data package's major range, so it shows a member added in data 1.1.0 as
// soon as 1.1.0 is published, with no edit of the page; a data 2.0.0 (a schema
// break) is never read by code for schema 1. The snippet's preload is used
// (one request), and the static badge image comes from the same range.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs, assertChromium } from '../../scripts/lib/chromium.mjs';
import { scriptSnippet, imageSnippet } from '../../site/assets/builder-snippets.js';
import { ROOT, readRepoJson } from './helpers.mjs';
import { routeCdn, startCdnWithBuild } from './cdn-pages.mjs';
import { devKey, signText } from '../../scripts/lib/sign-data.mjs';

const snippets = readRepoJson('dist/snippets.json');
const DATA = join(ROOT, 'dist', 'data');
// Angers (INSEE COG 2026, from @etalab/decoupage-administratif): not a member
// in this build; data 1.1.0 adds it, as a maintainer's release would.
const ANGERS = {
  id: 'commune-49007',
  kind: 'commune',
  code: '49007',
  siren: '214900078',
  name: 'Angers',
  department: { code: '49', name: 'Maine-et-Loire' },
  region: { code: '52', name: 'Pays de la Loire' },
};

let cdn;
let browser;
let host;
let hostServer;
let pasted = '';
const folders = [];

/** A copy of this build's data package, changed by `edit(folder)`. */
function dataRelease(edit) {
  const folder = mkdtempSync(join(tmpdir(), 'vae-data-release-'));
  folders.push(folder);
  cpSync(DATA, folder, { recursive: true });
  edit(folder);
  return folder;
}
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
// Signed by the key this build's code trusts, as a release is by the programme's key.
const writeJson = (file, value) => writeFileSync(file, signText(JSON.stringify(value), devKey()));

/** Data 1.1.0: Angers joins (titled for 2020–2026 like Lyon), in members.json and its own file. */
function withAngers(version, schemaVersion = 1) {
  return dataRelease((folder) => {
    const members = readJson(join(folder, 'members.json'));
    const angers = { ...ANGERS, titles: members.members.find((m) => m.code === '69123').titles };
    const meta = { ...members.meta, dataVersion: version };
    const file = (list) => ({ schemaVersion, meta, members: list });
    writeJson(join(folder, 'members.json'), file([...members.members, angers]));
    writeJson(join(folder, 'members', '49007.json'), file([angers]));
  });
}

async function openPasted(html) {
  pasted = html;
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  const answered = await routeCdn(page, cdn);
  await page.goto(`${host}/page`);
  await page.waitForFunction(
    () =>
      ['ready', 'empty', 'error'].includes(
        document.querySelector('vae-city-badge')?.getAttribute('state'),
      ),
    { timeout: 20_000 },
  );
  const badge = await page.$eval('vae-city-badge', (el) => ({
    state: el.getAttribute('state'),
    text: el.shadowRoot.textContent.replace(/\s+/g, ' '),
    dataVersion: el.dataVersion,
  }));
  return { page, errors, answered, badge };
}

const angersSnippet = () =>
  scriptSnippet(snippets, {
    element: 'city-badge',
    member: { code: '49007', name: 'Angers', department: '49' },
    variant: 'full',
    theme: 'light',
    lang: 'fr',
    bundle: 'element',
  });

before(async () => {
  assertChromium();
  cdn = await startCdnWithBuild();
  const server = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="fr"><meta charset="utf-8"><body>${pasted}</body></html>`,
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${server.address().port}`;
  hostServer = server;
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
});
after(async () => {
  await browser?.close();
  await cdn?.close();
  hostServer?.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

test('the stand-in resolves ranges as jsDelivr does: @1 is the newest 1.x.y, an exact version is itself', async () => {
  const { resolveVersion } = await import('../server/cdn-stand-in.mjs');
  assert.equal(resolveVersion(['1.0.0', '1.1.0', '2.0.0'], '1'), '1.1.0');
  assert.equal(resolveVersion(['1.0.0', '1.1.0', '2.0.0'], '1.0.0'), '1.0.0');
  assert.equal(resolveVersion(['1.0.0', '1.1.0', '2.0.0'], undefined), '2.0.0');
  assert.equal(resolveVersion(['1.0.0'], '2'), undefined);
});

test('a pinned page shows a member added in data 1.1.0 once 1.1.0 is published, with no edit', async () => {
  const html = angersSnippet();
  assert.match(
    html,
    new RegExp(
      `${snippets.cdnBase.replace(/[.]/g, '\\.')}elements/vae-city-badge\\.js" integrity="sha384-`,
    ),
  );

  // Data 1.0.0 only: Angers is not a member (its own file is missing, members.json says so).
  const before = await openPasted(html);
  assert.equal(before.badge.state, 'empty', before.badge.text);
  assert.doesNotMatch(before.badge.text, /Angers/);
  // A development build's data says so (`1.0.0+dev.<key id>`).
  assert.equal(before.badge.dataVersion.split('+')[0], readRepoJson('data/release.json').version);
  await before.page.close();

  // Data 1.1.0 published: the same page, reloaded, shows Angers's badge.
  cdn.publish('vae-widgets-data', '1.1.0', withAngers('1.1.0'));
  const after = await openPasted(html);
  assert.equal(after.badge.state, 'ready', after.badge.text);
  assert.match(after.badge.text, /Angers/);
  assert.equal(after.badge.dataVersion, '1.1.0');
  assert.deepEqual(after.errors, []);
  await after.page.close();
});

test('a data 2.0.0 (schema 2) is never read by code for schema 1', async () => {
  cdn.publish('vae-widgets-data', '1.1.0', withAngers('1.1.0'));
  cdn.publish('vae-widgets-data', '2.0.0', withAngers('2.0.0', 2));
  const seen = cdn.resolved.length;
  const { page, badge } = await openPasted(angersSnippet());
  assert.equal(badge.state, 'ready', badge.text);
  assert.equal(badge.dataVersion, '1.1.0');
  const data = cdn.resolved.slice(seen).filter((r) => r.package === 'vae-widgets-data');
  assert.ok(data.length > 0);
  assert.deepEqual([...new Set(data.map((r) => r.version))], ['1.1.0']);
  await page.close();
});

test('the snippet preloads the member file and the element uses that response: one request', async () => {
  const html = angersSnippet();
  const file = `${snippets.dataCdnBase}members/49007.json`;
  assert.ok(html.includes(`<link rel="preload" as="fetch" href="${file}" crossorigin="anonymous"`));
  const { page, answered, errors } = await openPasted(html);
  assert.deepEqual(
    answered.filter((url) => url.includes('vae-widgets-data')),
    [file],
  );
  assert.deepEqual(
    errors.filter((e) => /preload/i.test(e)),
    [],
    'no "preloaded but not used" warning',
  );
  await page.close();
});

test('control: a preload whose credentials mode differs is not used (two requests)', async () => {
  const html = angersSnippet().replace(
    ' crossorigin="anonymous" referrerpolicy',
    ' referrerpolicy',
  );
  assert.notEqual(html, angersSnippet());
  const file = `${snippets.dataCdnBase}members/49007.json`;
  const { page, answered } = await openPasted(html);
  assert.deepEqual(
    answered.filter((url) => url.includes('vae-widgets-data')),
    [file, file],
  );
  await page.close();
});

test('the static image snippet points at the data range and loads from it', async () => {
  const html = imageSnippet(
    { member: { code: '69123' }, lang: 'fr' },
    { alt: 'Lyon', width: 10, height: 10 },
    snippets.dataCdnBase,
  );
  pasted = `${html}<vae-city-badge hidden></vae-city-badge>`;
  const page = await browser.newPage();
  const answered = await routeCdn(page, cdn);
  await page.goto(`${host}/page`);
  await page.waitForFunction(() => document.querySelector('img').complete);
  assert.ok((await page.$eval('img', (img) => img.naturalWidth)) > 0, 'the image loaded');
  assert.deepEqual(answered, [`${snippets.dataCdnBase}badges/69123.svg`]);
  await page.close();
});
