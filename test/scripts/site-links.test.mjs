// Done when 1 (issue 20): the built site (dist/site/, from `npm run build`),
// served by a plain static server under a sub-path (/reseau/), has no broken
// internal link or anchor on any page, no root-absolute URL (which would break
// at another base path), and loads nothing from another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { ROOT } from './helpers.mjs';
import { startStaticServer } from '../frameworks/static-server.mjs';
import { crawlSite } from './site-crawl.mjs';

const SITE = process.env.SITE_DIR ?? join(ROOT, 'dist/site');
let server;
let crawl;

before(async () => {
  assert.ok(existsSync(join(SITE, 'index.html')), `${SITE} is missing: run npm run build`);
  server = await startStaticServer({ '/reseau/': SITE });
  crawl = await crawlSite(`${server.origin}/reseau/`);
});
after(() => server?.close());

test('every page is reached from the home page, French and English, members included', () => {
  const pages = crawl.pages.map((url) => url.replace(`${server.origin}/reseau/`, '/'));
  assert.ok(pages.includes('/en/'), 'the English home');
  assert.ok(pages.includes('/membres/69123/') && pages.includes('/en/members/69123/'));
  assert.ok(pages.includes('/generateur/') && pages.includes('/en/builder/'));
  assert.ok(pages.includes('/accessibilite/') && pages.includes('/composants/vae-city-badge/'));
  assert.ok(crawl.pages.length > 600, `${crawl.pages.length} pages`);
});

test('every internal link and anchor resolves', () => {
  assert.deepEqual(crawl.broken, []);
  assert.ok(crawl.checked > 1000, `${crawl.checked} links checked`);
});

test('no root-absolute URL: the site works at any base path', () => {
  assert.deepEqual(crawl.rootAbsolute, []);
});

test('nothing is loaded from another origin (links to other sites only)', () => {
  assert.deepEqual(crawl.foreignResources, []);
});

test('each page links to its other-language twin', () => {
  assert.deepEqual(crawl.withoutTwin, []);
});
