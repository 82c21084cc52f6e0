// Issue 20, Done when 2 and 3: the site's pages say what the data says.
// The site is built from the real mandates plus the fixture mandate 2026–2032
// (test/fixtures/mandates: Lyon titled again, Vannes a candidate only), with a
// site address in the data (meta.site), and served by a plain static server
// under /reseau/. Each page is read with JavaScript off (the served HTML, in
// jsdom, which runs no script) and on (Chromium): name, titles, statuses,
// dates and data version against that build's vae.json; no request to another
// origin, no CSP violation, no error. Then where a badge and the builder's
// image snippet lead: meta.site, <meta name="vae:site"> (which wins), neither.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs, assertChromium } from '../../scripts/lib/chromium.mjs';
import { buildWithFixture } from '../fixtures/mandates/make-dataset.mjs';
import { signDataFolder, signingKey } from '../../scripts/lib/sign-data.mjs';
import { ROOT } from './helpers.mjs';
import { startStaticServer } from '../frameworks/static-server.mjs';
import { getText } from './site-crawl.mjs';

const SITE_URL = 'https://reseau.example.org/reseau/';
const HOST_SITE = 'https://ville.example.fr/le-reseau/';
const PLAIN = join(ROOT, 'dist/site'); // npm run build's site: no site address in its data

/** The five member pages: what each shows. */
const MEMBERS = {
  69123: 'a commune (Lyon), titled for two mandates, one ended',
  200066918: 'an intercommunality (CA Alès Agglomération), with its communes',
  97411: 'an overseas commune (Saint-Denis, La Réunion)',
  94004: 'a member with a corrected seed line (Boissy Saint-Léger → Boissy-Saint-Léger)',
  56260: 'a candidate from the fixture mandate (Vannes), never shown as titled',
};
const PATH = { fr: (code) => `membres/${code}/`, en: (code) => `en/members/${code}/` };

let fixture;
let dataset;
let server;
let browser;
let base;

function run(args) {
  const res = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  assert.equal(res.status, 0, `${args.join(' ')}\n${res.stdout}\n${res.stderr}`);
}

before(async () => {
  assertChromium();
  fixture = buildWithFixture(['--site', SITE_URL]);
  assert.equal(fixture.res.status, 0, fixture.res.stderr);
  const data = join(fixture.dir, 'out');
  // What the data build does not write (the map, the all-communes pieces, the package's
  // manifest, which signing reads): the release's own.
  for (const file of ['map-departments.json', 'communes', 'package.json'])
    cpSync(join(ROOT, 'dist/data', file), join(data, file), { recursive: true });
  run(['scripts/data/build-badges.mjs', `--data=${data}`]);
  // Signed as a build signs (this machine's development key, which the built code trusts).
  signDataFolder(data, signingKey());
  run(['scripts/site/build-site.mjs', '--data', data, '--out', join(fixture.dir, 'site')]);
  dataset = JSON.parse(readFileSync(join(data, 'vae.json'), 'utf8'));
  mkdirSync(join(fixture.dir, 'host'));
  server = await startStaticServer({
    '/reseau/': join(fixture.dir, 'site'),
    '/plain/': PLAIN,
    '/host/': join(fixture.dir, 'host'),
  });
  base = `${server.origin}/reseau/`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
});
after(async () => {
  await browser?.close();
  await server?.close();
  fixture?.cleanup();
});

/** The served HTML with JavaScript off: parsed, no script run. */
async function withoutJs(path) {
  const url = new URL(path, base).href;
  const { status, body } = await getText(url);
  assert.equal(status, 200, path);
  return new JSDOM(body, { url }).window.document;
}

/** The page in Chromium, with every request, error and CSP violation recorded. */
async function withJs(url) {
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location()?.url}`);
  });
  await page.evaluateOnNewDocument(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(url);
  const finish = async () => {
    assert.deepEqual(await page.evaluate(() => window.violations), [], 'CSP violations');
    assert.deepEqual(
      requests.filter((r) => !r.startsWith(server.origin)),
      [],
      'requests to another origin',
    );
    assert.deepEqual(errors, [], 'errors');
    await page.close();
  };
  return { page, finish };
}

const words = (text) => text.replace(/\s+/g, ' ').trim();
const day = (iso, lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long' }).format(
    new Date(`${iso}T12:00:00`),
  );
const today = new Date().toISOString().slice(0, 10);

/** What a member page must say, from vae.json alone. */
function checkMemberPage(doc, member, lang) {
  assert.equal(words(doc.querySelector('h1').textContent), member.name);
  assert.equal(doc.documentElement.lang, lang);
  const titles = member.titles.filter((t) => t.programme === 'ville-amie-des-enfants');
  const rows = [...doc.querySelectorAll('table.titles tbody tr')];
  assert.equal(rows.length, titles.length, 'one row per title');
  for (const title of titles) {
    const row = rows.find((r) => r.dataset.mandate === title.mandate);
    assert.ok(row, `a row for ${title.mandate}`);
    assert.equal(row.dataset.status, title.status);
    const text = words(row.textContent);
    assert.ok(text.includes(title.title), text);
    assert.ok(text.includes(day(title.start, lang)), `${text} has ${title.start}`);
    if (title.end) assert.ok(text.includes(day(title.end, lang)), `${text} has ${title.end}`);
    const ended = title.end !== null && today > title.end;
    assert.match(
      text,
      ended ? (lang === 'en' ? /ended$/ : /achevé$/) : lang === 'en' ? /running$/ : /en cours$/,
    );
  }
  assert.ok(
    doc.querySelector('#data-version').textContent.includes(dataset.meta.dataVersion),
    'the data version',
  );
  assert.ok(doc.querySelector(`a[href$="data/members/${member.code}.json"]`), 'its data file');
  assert.ok(
    doc
      .querySelector('link[rel="alternate"]')
      .href.endsWith(PATH[lang === 'fr' ? 'en' : 'fr'](member.code)),
  );
  const held = titles.some((t) => t.status === 'titled');
  // A page never states a title the data does not hold: a candidate has no badge, no "holds".
  assert.equal(!!doc.querySelector('vae-city-badge'), held, 'a badge only for a titled member');
  if (!held)
    assert.match(
      doc.querySelector('#standing').textContent,
      lang === 'en' ? /^Candidate .*not yet awarded$/ : /^Candidate .*pas encore titrée$/,
    );
}

for (const [code, what] of Object.entries(MEMBERS)) {
  for (const lang of ['fr', 'en']) {
    test(`${what}, ${lang}, JavaScript off: name, titles, statuses, dates, data version`, async () => {
      const member = dataset.members.find((m) => m.code === code);
      assert.ok(member, code);
      const doc = await withoutJs(PATH[lang](code));
      checkMemberPage(doc, member, lang);
      if (member.kind === 'epci')
        assert.equal(doc.querySelectorAll('#communes ~ ul li').length, member.communes.length);
    });
  }
}

for (const code of ['69123', '56260']) {
  for (const lang of ['fr', 'en']) {
    test(`member ${code}, ${lang}, JavaScript on: the same page, its badge linking to the site (meta.site)`, async () => {
      const member = dataset.members.find((m) => m.code === code);
      const { page, finish } = await withJs(new URL(PATH[lang](code), base).href);
      const doc = new JSDOM(await page.content()).window.document;
      checkMemberPage(doc, member, lang);
      if (code === '69123') {
        await page.waitForSelector('vae-city-badge[state="ready"]');
        const href = await page.$eval(
          'vae-city-badge',
          (b) => b.shadowRoot.querySelector('a').href,
        );
        assert.equal(href, new URL(PATH[lang](code), SITE_URL).href);
      }
      await finish();
    });
  }
}

for (const lang of ['fr', 'en']) {
  test(`home, ${lang}, JavaScript off: the counter, the search's way round, the map's table`, async () => {
    const doc = await withoutJs(lang === 'en' ? 'en/' : '');
    const count = doc.querySelector('vae-member-count').textContent;
    const titled = dataset.members.filter((m) =>
      m.titles.some((t) => t.mandate === '2026-2032' && t.status === 'titled'),
    ).length;
    assert.ok(count.startsWith(`${titled} `), count); // the running mandate's titled members
    assert.ok(
      doc.querySelector(`vae-city-search a[href$="${lang === 'en' ? 'members/' : 'membres/'}"]`),
    );
    const rows = doc.querySelectorAll('vae-city-map tbody tr');
    assert.ok(rows.length > 0);
  });

  test(`members index, ${lang}, JavaScript off: every member once, under its department`, async () => {
    const doc = await withoutJs(lang === 'en' ? 'en/members/' : 'membres/');
    const links = [...doc.querySelectorAll('main section li > a')];
    assert.equal(links.length, dataset.members.length);
    for (const member of dataset.members) {
      const link = links.find((a) => a.href.endsWith(`/${member.code}/`));
      assert.ok(link, member.code);
      assert.equal(link.closest('section').querySelector('h2').id, `dep-${member.department.code}`);
    }
  });
}

test('home, JavaScript on: choosing a member in the search opens its page', async () => {
  const { page, finish } = await withJs(base);
  await page.waitForSelector('vae-city-search[state="ready"]');
  await page.waitForSelector('vae-member-count[state="ready"]');
  await page.waitForSelector('vae-city-map[state="ready"]');
  await page.$eval('vae-city-search', (s) => s.shadowRoot.querySelector('input').focus());
  await page.keyboard.type('Rennes');
  await page.waitForFunction(() =>
    document.querySelector('vae-city-search').shadowRoot.querySelector('[role="option"]'),
  );
  await Promise.all([
    page.waitForNavigation(),
    page.keyboard.press('ArrowDown').then(() => page.keyboard.press('Enter')),
  ]);
  assert.equal(page.url(), `${base}membres/35238/`);
  await finish();
});

test('home, JavaScript on: a commune that is not a member is answered, naming its intercommunality', async () => {
  const { page, finish } = await withJs(`${base}en/`);
  await page.waitForSelector('vae-city-search[state="ready"]');
  await page.$eval('vae-city-search', (s) => s.shadowRoot.querySelector('input').focus());
  await page.keyboard.type('Anduze');
  await page.waitForFunction(() =>
    [
      ...document.querySelector('vae-city-search').shadowRoot.querySelectorAll('[role="option"]'),
    ].some((o) => o.textContent.includes('Anduze')),
  );
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#search-answer').textContent !== '');
  assert.equal(
    words(await page.$eval('#search-answer', (a) => a.textContent)),
    'Anduze is not itself a member; its intercommunality, CA Alès Agglomération, is (“Intercommunalité amie des enfants” title).',
  );
  assert.equal(await page.$eval('#search-answer a', (a) => a.href), `${base}en/members/200066918/`);
  assert.equal(page.url(), `${base}en/`);
  await finish();
});

/** A host page with a badge, its code from `site` (`/reseau/`: meta.site in its data; `/plain/`: none). */
async function badgeHref(site, head = '') {
  const name = `host-${Math.random().toString(36).slice(2)}.html`;
  writeFileSync(
    join(fixture.dir, 'host', name),
    // No icon request (a data: icon): the page's errors must be the badge's only.
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}<title>hôte</title>` +
      `<script type="module" src="${site}elements/vae-city-badge.js"></script></head>` +
      '<body><vae-city-badge city="69123">Lyon</vae-city-badge></body></html>',
  );
  const { page, finish } = await withJs(`${server.origin}/host/${name}`);
  await page.waitForSelector('vae-city-badge[state="ready"]');
  const href = await page.$eval('vae-city-badge', (b) => b.shadowRoot.querySelector('a').href);
  await finish();
  return href;
}

const programmeUrl = () => dataset.meta.programme.url;

test('a badge links to the member page at meta.site, in its language', async () => {
  assert.equal(await badgeHref('/reseau/'), `${SITE_URL}membres/69123/`);
});

test('a badge links to the member page at the host’s <meta name="vae:site">, which wins over meta.site', async () => {
  const meta = `<meta name="vae:site" content="${HOST_SITE}">`;
  assert.equal(await badgeHref('/plain/', meta), `${HOST_SITE}membres/69123/`);
  assert.equal(await badgeHref('/reseau/', meta), `${HOST_SITE}membres/69123/`);
});

test('without either, a badge links to the programme page', async () => {
  assert.equal(await badgeHref('/plain/'), programmeUrl());
});

/** The builder's image snippet for Lyon on `path` (a builder page of a served site). */
async function imageSnippet(path) {
  const { page, finish } = await withJs(`${server.origin}${path}?code=69123`);
  await page.waitForSelector('#builder[data-ready]', { timeout: 20_000 });
  const snippet = await page.$eval('#snippet-img', (area) => area.value);
  await finish();
  return snippet;
}

test('the builder’s image snippet links as the badge does: meta.site, vae:site, else the programme', async () => {
  assert.match(
    await imageSnippet('/reseau/generateur/'),
    new RegExp(`^<a href="${SITE_URL}membres/69123/"><img `),
  );
  assert.match(
    await imageSnippet('/plain/generateur/'),
    new RegExp(`^<a href="${programmeUrl()}"><img `),
  );
  // The same builder page on a host that names its site: vae:site wins over meta.site.
  const builder = readFileSync(join(fixture.dir, 'site/generateur/index.html'), 'utf8');
  mkdirSync(join(fixture.dir, 'site/generateur-hote'));
  writeFileSync(
    join(fixture.dir, 'site/generateur-hote/index.html'),
    builder.replace('<head>', `<head><meta name="vae:site" content="${HOST_SITE}">`),
  );
  assert.match(
    await imageSnippet('/reseau/generateur-hote/'),
    new RegExp(`^<a href="${HOST_SITE}membres/69123/"><img `),
  );
});
