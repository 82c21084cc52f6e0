// The WordPress plugin is a download of the site (issue 21): the build copies the zip into
// dist/site/telechargements/ (scripts/site/copy-downloads.mjs), and the WordPress guide's
// link, from where the site writes that page (site/content/<lang>/<path>.md →
// dist/site/[en/]<path>/index.html), reaches that very file. Once the site is built, its
// guide pages carry the build's script tags, not the placeholders of their sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import matter from 'gray-matter';
import { marked } from 'marked';
import { copyDownloads } from '../../scripts/site/copy-downloads.mjs';
import { ROOT, readRepoJson } from './helpers.mjs';

const SITE = join(ROOT, 'dist', 'site');
const ZIP = join(ROOT, 'dist', 'wordpress', 'vae-widgets.zip');

/** The links of a content page, resolved against the folder the site writes it to. */
function resolvedLinks(lang, slug) {
  const { content } = matter(
    readFileSync(join(ROOT, 'site', 'content', lang, `${slug}.md`), 'utf8'),
  );
  const folder = `${lang === 'en' ? 'en/' : ''}${slug}/`;
  const links = [];
  marked.walkTokens(marked.lexer(content), (token) => {
    if (token.type === 'link' && !/^[a-z]+:/.test(token.href)) links.push(token.href);
  });
  return links.map((href) => posix.normalize(posix.join(folder, href)));
}

test('the build puts the plugin zip among the site’s downloads, byte for byte', () => {
  assert.ok(existsSync(ZIP), `${ZIP} is missing: run npm run build first`);
  const [copied] = copyDownloads(join(ROOT, 'dist'));
  assert.equal(copied, join(SITE, 'telechargements', 'vae-widgets.zip'));
  assert.ok(readFileSync(copied).equals(readFileSync(ZIP)));
});

for (const lang of ['fr', 'en'])
  test(`the ${lang} WordPress guide links to that download`, () => {
    const links = resolvedLinks(lang, 'guides/wordpress');
    assert.ok(links.includes('telechargements/vae-widgets.zip'), links.join('\n'));
    assert.ok(existsSync(join(SITE, 'telechargements', 'vae-widgets.zip')));
  });

const builtGuide = join(SITE, 'guides', 'drupal', 'index.html');
test(
  'the built guides show the build’s script tags, not their placeholders',
  { skip: !existsSync(builtGuide) && 'the site is not built here (scripts/site/build-site.mjs)' },
  () => {
    const { integrity } = readRepoJson('dist/sri.json');
    for (const page of ['guides/drupal', 'en/guides/drupal', 'faq', 'en/faq']) {
      const html = readFileSync(join(SITE, page, 'index.html'), 'utf8');
      assert.doesNotMatch(
        html,
        /&lt;!-- script:/,
        `${page}: fill it with scripts/site/snippet-tags.mjs`,
      );
    }
    const drupal = readFileSync(builtGuide, 'utf8');
    assert.ok(drupal.includes(integrity['elements/vae-city-badge.js']), 'the badge’s hash');
  },
);
