// Issue 21: every ```html snippet of the site's install guides and FAQ, in French and
// English, pasted into a fresh page as a webmaster pastes it (test/scripts/snippet-pages.mjs):
// each element must reach state="ready" and each image load, with no error in the page.
// The README's and LISEZMOI's snippets: test/scripts/readme.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assertRendered, htmlSnippets, startSnippetPages } from './snippet-pages.mjs';
import { ROOT, readRepoJson } from './helpers.mjs';

const { version } = readRepoJson('package.json');
const dataMajor = readRepoJson('data/release.json').version.split('.')[0];
const GUIDES = ['index', 'wordpress', 'drupal', 'joomla', 'spip', 'typo3', 'wix'];

/** The site's pages this test covers: [file, language, 'site']. */
function pages() {
  const out = [];
  for (const lang of ['fr', 'en']) {
    const guides = join(ROOT, 'site', 'content', lang, 'guides');
    for (const name of readdirSync(guides)
      .filter((n) => n.endsWith('.md'))
      .sort())
      out.push([join(guides, name), lang, 'site']);
    out.push([join(ROOT, 'site', 'content', lang, 'faq.md'), lang, 'site']);
  }
  return out;
}

test('a guide per platform and the FAQ, in French and in English', () => {
  const expected = [
    ...GUIDES.map((name) => `fr/guides/${name}.md`),
    'fr/guides/sans-script.md',
    'fr/faq.md',
    ...GUIDES.map((name) => `en/guides/${name}.md`),
    'en/guides/no-script.md',
    'en/faq.md',
  ];
  for (const page of expected) assert.ok(existsSync(join(ROOT, 'site', 'content', page)), page);
});

const all = pages().flatMap(htmlSnippets);

test('the pages’ snippets are whole (no hash left to fill) and pin this release', () => {
  assert.ok(all.length >= 16, `${all.length} snippets`);
  for (const { where, fill } of all)
    assert.doesNotMatch(fill(), /sha384-…/, `${where}: a hash placeholder a webmaster cannot use`);
  for (const [file] of pages()) {
    const text = readFileSync(file, 'utf8');
    for (const [, pinned] of text.matchAll(/cdn\.jsdelivr\.net\/npm\/vae-widgets@([^/\s`)]+)/g))
      assert.equal(pinned, version, relative(ROOT, file));
    for (const [, range] of text.matchAll(/vae-widgets-data@([^/\s`)]+)/g))
      assert.equal(range, dataMajor, relative(ROOT, file));
  }
});

let pasting;
before(async () => {
  pasting = await startSnippetPages();
});
after(() => pasting?.close());

for (const snippet of all)
  test(`${snippet.where} renders in a fresh page`, async () => {
    assertRendered(await pasting.paste(snippet));
  });

test('the snippets were read from their jsDelivr addresses (the stand-in answered them)', () => {
  const { resolved } = pasting.cdn;
  assert.ok(resolved.some((r) => r.package === 'vae-widgets' && r.version === version));
  assert.ok(resolved.some((r) => r.package === 'vae-widgets-data'));
});
