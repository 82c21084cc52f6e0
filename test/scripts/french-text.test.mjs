// Issue 21: the built pages of the site (dist/site/**/*.html, when built), their
// Markdown sources, the plugin's fr_FR translations and the French static badges
// (dist/data/badges/*.svg), scanned for the mistakes a
// French reader notices at once (test/i18n/french-faults.ts): "de Le Mené",
// "de ATD Quart Monde", "1 affichés". The elements' own states are scanned in
// the browser (test/i18n/french-text.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import gettextParser from 'gettext-parser';
import { JSDOM } from 'jsdom';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { ROOT } from './helpers.mjs';

const { frenchFaults } = await importTs(join(ROOT, 'test/i18n/french-faults.ts'));

/** Files under `dir` (recursively) whose name ends with `ext`. */
function filesUnder(dir, ext) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The French words of a document: its text and spoken attributes, minus any part in another language. */
function frenchWords(document) {
  for (const other of document.querySelectorAll('[lang]:not([lang^="fr"]), script, style'))
    if (other !== document.documentElement) other.remove();
  const attributes = [...document.querySelectorAll('[aria-label], [title], [alt]')].flatMap((el) =>
    ['aria-label', 'title', 'alt'].map((name) => el.getAttribute(name) ?? ''),
  );
  // One text node apart from the next: two elements' words never run together.
  const walker = document.createTreeWalker(document.documentElement, 4 /* SHOW_TEXT */);
  const texts = [];
  while (walker.nextNode()) texts.push(walker.currentNode.data);
  return [...texts, ...attributes].join(' ').replace(/\s+/g, ' ');
}

/** The words of a static badge: its `<title>` and `<text>`s (plain SVG, no language mixed in). */
function svgWords(svg) {
  const entities = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  return svg
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name) => entities[name]);
}

function faultsIn(files, wordsOf) {
  const found = [];
  for (const file of files) {
    for (const fault of frenchFaults(wordsOf(readFileSync(file, 'utf8'))))
      found.push(`${relative(ROOT, file)}: ${fault.rule}: “${fault.excerpt}”`);
  }
  return found;
}

const pageWords = (html) => frenchWords(new JSDOM(html).window.document);

test('the French static badges say every name right', (t) => {
  const dir = join(ROOT, 'dist/data/badges');
  const badges = readdirSync(dir).filter((name) => name.endsWith('.svg'));
  assert.ok(
    badges.length > 250,
    `only ${badges.length} badges in dist/data/badges: run npm run build`,
  );
  const faults = faultsIn(
    badges.map((name) => join(dir, name)),
    svgWords,
  );
  t.diagnostic(`${badges.length} French badges scanned`);
  assert.deepEqual(faults, []);
});

test('the built site says every name right', (t) => {
  const pages = filesUnder(join(ROOT, 'dist/site'), '.html');
  if (!pages.length) {
    t.skip('no dist/site/**/*.html: the site is not built here');
    return;
  }
  t.diagnostic(`${pages.length} pages scanned`);
  assert.deepEqual(faultsIn(pages, pageWords), []);
});

test('the French sources of the site and the plugin say every name right', (t) => {
  // Until the site is built, its pages' words are read where they are written (Markdown);
  // the plugin's French is its fr_FR translations (gettext-parser reads the .po).
  const sources = [
    ...filesUnder(join(ROOT, 'site/content/fr'), '.md'),
    ...['LISEZMOI.md'].map((file) => join(ROOT, file)).filter(existsSync),
  ];
  const faults = faultsIn(sources, (text) => text.replace(/\s+/g, ' '));
  const po = filesUnder(join(ROOT, 'wordpress/vae-widgets/languages'), 'fr_FR.po');
  const translations = (text) =>
    Object.values(gettextParser.po.parse(text).translations)
      .flatMap((context) => Object.values(context))
      .flatMap((entry) => entry.msgstr)
      .join(' \n ');
  faults.push(...faultsIn(po, translations));
  t.diagnostic(`${sources.length} Markdown pages, ${po.length} translation file(s) scanned`);
  assert.ok(sources.length + po.length > 0, 'no French source found');
  assert.deepEqual(faults, []);
});

test('the scan finds each fault it guards against', () => {
  const rules = (body) =>
    frenchFaults(pageWords(`<!doctype html><html lang="fr"><body>${body}</body></html>`)).map(
      (f) => f.rule,
    );
  assert.deepEqual(rules('<p>commune déléguée de <b>Le Mené</b></p>'), ['"de Le" (du)']);
  assert.deepEqual(rules('<p>habitants de Les Abymes</p>'), ['"de Les" (des)']);
  assert.deepEqual(rules('<p>à Le Havre, à Les Abymes</p>'), ['"à Le" (au)', '"à Les" (aux)']);
  assert.deepEqual(rules('<p>site externe de ATD Quart Monde</p>'), ['"de" before a vowel (d’)']);
  assert.deepEqual(rules('<p>site externe de Défenseur des droits</p>'), [
    '"de" before a name that takes an article',
  ]);
  assert.deepEqual(rules('<p>109 résultats, <span>1 affichés</span></p>'), ['1 with a plural']);
  assert.deepEqual(rules('<p><span>0</span> <span>collectivité a obtenu</span></p>'), [
    '0 instead of "aucun(e)"',
  ]);
  // What is right passes; English parts are not French.
  assert.deepEqual(
    rules(
      '<p>du Havre, des Abymes, de La Rochelle, de L’Haÿ-les-Roses, d’Angers, au Mans, aux Abymes, à La Rochelle, du Défenseur des droits, la CC de Yenne, 1 affiché, 21 résultats, 10 communes</p><p lang="en">site de Le Mans</p>',
    ),
    [],
  );
  assert.deepEqual(
    frenchFaults(
      svgWords('<svg><title>Ville amie des enfants, commune de Le Mans</title></svg>'),
    ).map((f) => f.rule),
    ['"de Le" (du)'],
  );
});
