// News and partners are data: a news item is a file of data/news/, a partner an
// entry of data/partners.json. Added on a copy of the repository, with no code
// change, they reach the files the elements read (news.json, partners.json);
// a broken one fails the build naming its file, its line and the field. The
// browser test shows them in <vae-news-list> and <vae-partner-list> (the built
// code in dist/: run `npm run build` first) reading that build's folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs, assertChromium } from '../../scripts/lib/chromium.mjs';
import { ROOT } from './helpers.mjs';
import { copyRepo } from './repo-copy.mjs';

const ITEM = {
  date: '2026-11-20',
  title: 'Journée internationale des droits de l’enfant à Rennes',
  places: ['Rennes'],
  tags: ['Événements'],
  summary: 'Le conseil des enfants de Rennes présente ses propositions au conseil municipal.',
  link: 'https://www.villeamiedesenfants.fr/',
  checked: '2026-12-02',
};
const PARTNER = {
  id: 'fondation-exemple',
  article: 'la',
  name: { fr: 'Fondation Exemple', en: 'Example Foundation' },
  category: 'association',
  description: { fr: 'Une fondation pour les tests.', en: 'A foundation for the tests.' },
  website: 'https://exemple.org',
};

function repoCopy() {
  const repo = copyRepo('news-partners');
  const build = () =>
    spawnSync(process.execPath, ['scripts/data/build-data.mjs', '--out', join(repo, 'out')], {
      cwd: repo,
      encoding: 'utf8',
    });
  const read = (file) => JSON.parse(readFileSync(join(repo, 'out', file), 'utf8'));
  const partners = () => JSON.parse(readFileSync(join(repo, 'data/partners.json'), 'utf8'));
  const writePartners = (list) =>
    writeFileSync(join(repo, 'data/partners.json'), `${JSON.stringify(list, null, 2)}\n`);
  return {
    repo,
    build,
    read,
    partners,
    writePartners,
    cleanup: () => rmSync(repo, { recursive: true, force: true }),
  };
}

test('a news item and a partner added as files reach the elements’ files', () => {
  const copy = copyWithAdditions();
  try {
    const news = copy.read('news.json');
    assert.deepEqual(news.news[0], {
      id: '2026-11-20-journee-droits-enfant-rennes',
      title: ITEM.title,
      places: ITEM.places,
      date: ITEM.date,
      tags: ITEM.tags,
      summary: ITEM.summary,
    });
    assert.equal(copy.read('vae.json').meta.counts.news, 10);
    const partner = copy.read('partners.json').partners.find((p) => p.id === PARTNER.id);
    assert.equal(partner?.website, 'https://exemple.org');
  } finally {
    copy.cleanup();
  }
});

/** The copy with the item and the partner added, built into `out/`. */
function copyWithAdditions() {
  const copy = repoCopy();
  writeFileSync(
    join(copy.repo, 'data/news/2026-11-20-journee-droits-enfant-rennes.json'),
    JSON.stringify(ITEM, null, 2),
  );
  copy.writePartners([...copy.partners(), PARTNER]);
  const res = copy.build();
  assert.equal(res.status, 0, res.stderr);
  return copy;
}

// A host page (no inline script) with both elements reading the copy's build through `src`.
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<script type="module" src="/dist/elements/vae-news-list.js"></script>
<script type="module" src="/dist/elements/vae-partner-list.js"></script></head>
<body><vae-news-list src="/out/"></vae-news-list><vae-partner-list src="/out/"></vae-partner-list></body></html>`;

test('in Chromium, the elements show the added news item and partner from that build', async () => {
  assertChromium();
  const copy = copyWithAdditions();
  // The copy's folder is served: its `out/` (the data) and the built code, linked in.
  symlinkSync(join(ROOT, 'dist'), join(copy.repo, 'dist'));
  const server = await startDevServer({
    config: {
      rootDir: copy.repo,
      port: 0,
      hostname: '127.0.0.1',
      middleware: [
        async (ctx, next) => {
          if (ctx.path !== '/page') return next();
          ctx.type = 'text/html';
          ctx.set('Content-Security-Policy', "default-src 'self'; object-src 'none'");
          ctx.body = PAGE;
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`http://127.0.0.1:${server.server.address().port}/page`);
    for (const element of ['vae-news-list', 'vae-partner-list'])
      await page.waitForSelector(`${element}[state="ready"]`, { timeout: 15_000 });
    const text = (selector) =>
      page.$eval(selector, (element) => element.shadowRoot.textContent.replace(/\s+/g, ' '));
    const news = await text('vae-news-list');
    assert.ok(news.includes(ITEM.title), news);
    assert.ok(news.includes(ITEM.summary), news);
    const partners = await text('vae-partner-list');
    assert.ok(partners.includes('Fondation Exemple'), partners);
    assert.ok(partners.includes(PARTNER.description.fr), partners);
    // Read from that build's folder, not from the files beside the code.
    assert.ok(requests.includes('/out/news.json'), requests.join(' '));
    assert.ok(requests.includes('/out/partners.json'), requests.join(' '));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
    copy.cleanup();
  }
});

test('a broken news item and a broken partner fail, each naming its file, line and field', () => {
  const copy = repoCopy();
  try {
    const noSummary = { ...ITEM };
    delete noSummary.summary;
    writeFileSync(
      join(copy.repo, 'data/news/2026-11-20-sans-resume.json'),
      JSON.stringify({ ...noSummary, checked: '02/12/2026' }, null, 2),
    );
    const list = copy.partners();
    list[2] = { ...list[2], website: 'http://insecure.example' };
    copy.writePartners([...list, { ...PARTNER, id: list[0].id }]);
    const res = copy.build();
    assert.equal(res.status, 1);
    assert.match(
      res.stderr,
      /data\/news\/2026-11-20-sans-resume\.json:1: field "summary" is missing/,
    );
    const checkedLine =
      readFileSync(join(copy.repo, 'data/news/2026-11-20-sans-resume.json'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"checked"')) + 1;
    assert.ok(
      res.stderr.includes(
        `sans-resume.json:${checkedLine}: field "checked" must be a date YYYY-MM-DD (got "02/12/2026")`,
      ),
      res.stderr,
    );
    const websiteLine =
      readFileSync(join(copy.repo, 'data/partners.json'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('http://insecure.example')) + 1;
    assert.match(
      res.stderr,
      new RegExp(
        `data/partners\\.json:${websiteLine}: field "2\\.website" must be an https:// address`,
      ),
    );
    assert.match(
      res.stderr,
      new RegExp(
        `data/partners\\.json:\\d+: field "${list.length}\\.id": "${list[0].id}" is already the id of the partner at line 3`,
      ),
    );
  } finally {
    copy.cleanup();
  }
});
