// Issue 16: the builder's CMS snippets (the `data-vae` div and the static
// `<img>` badge) through DOMPurify (on jsdom) and sanitize-html, with the
// settings the "Sanitizers" section of docs/usage.md documents (run from its code
// blocks, so the docs cannot drift). What is left must still work: the div
// upgrades to the same element as the snippet itself (the library's own
// upgrade code, from the build), the img keeps src/alt/width/height.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import sanitizeHtml from 'sanitize-html';
import {
  VARIANTS,
  badgePath,
  cmsSnippet,
  imageSnippet,
} from '../../site/assets/builder-snippets.js';
import { upgradeDiv } from '../../dist/lib/cms/data-vae-upgrade.js';
import { ROOT, readRepoJson, readRepoText } from './helpers.mjs';

const snippets = readRepoJson('dist/snippets.json');
const dataset = readRepoJson('dist/data/vae.json');
const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const DOMPurify = createDOMPurify(window);

/** docs/usage.md's sanitizer code block that calls `call`, run with `pasted` as input. */
function documented(call, names) {
  const section = readRepoText('docs/usage.md')
    .split('#### Sanitizers')[1]
    ?.split(/\n###? /)[0];
  assert.ok(section, 'docs/usage.md has a "Sanitizers" subsection');
  const block = [...section.matchAll(/```js\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .find((code) => code.includes(call));
  assert.ok(block, `docs/usage.md shows ${call}`);
  const body = block.replace(/^import .*$/gm, '');
  return (library, pasted) =>
    new Function(names[0], 'pasted', `${body}\nreturn { ${names.slice(1).join(', ')} };`)(
      library,
      pasted,
    );
}
const purify = documented('DOMPurify.sanitize(', ['DOMPurify', 'kept', 'strict']);
const sanitize = documented('sanitizeHtml(', ['sanitizeHtml', 'clean']);

// Every snippet the builder offers: each element × variant × theme × language,
// for a commune and an intercommunality.
const lyon = dataset.members.find((member) => member.code === '69123');
const epci = dataset.members.find((member) => member.kind === 'epci');
const asOption = (m) => ({ code: m.code, name: m.name, department: m.department.code });
const cmsSnippets = [lyon, epci].flatMap((member) =>
  Object.entries(VARIANTS).flatMap(([element, variants]) =>
    variants.flatMap(([variant]) =>
      ['light', 'dark', 'auto'].flatMap((theme) =>
        ['fr', 'en'].map((lang) =>
          cmsSnippet(snippets, {
            element,
            variant,
            theme,
            lang,
            member: asOption(member),
            count: dataset.members.length,
          }),
        ),
      ),
    ),
  ),
);

/** The static badge's facts, read from the built SVG (in the data package) as the builder reads them. */
function badgeFacts(path) {
  const svg = new window.DOMParser().parseFromString(
    readFileSync(join(ROOT, 'dist', 'data', path), 'utf8'),
    'image/svg+xml',
  ).documentElement;
  return {
    alt: svg.querySelector('title').textContent,
    width: svg.getAttribute('width'),
    height: svg.getAttribute('height'),
  };
}
const imageSnippets = [lyon, epci].flatMap((member) =>
  ['fr', 'en'].map((lang) => {
    const chosen = { member: asOption(member), lang };
    return imageSnippet(chosen, badgeFacts(badgePath(chosen.member, lang)), snippets.dataCdnBase);
  }),
);

/** What a page makes of `html`: the library's upgrade of each data-vae div, and the images. */
function outcome(html) {
  const page = new window.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const { body } = page;
  const elements = [...body.querySelectorAll('div[data-vae]')]
    .map((div) => upgradeDiv(div))
    .map((element) => element?.outerHTML ?? null);
  const wrappers = [...body.querySelectorAll('div[class]')].map((div) => div.className);
  const images = [...body.querySelectorAll('img')].map((img) =>
    Object.fromEntries(
      ['src', 'alt', 'width', 'height'].map((name) => [name, img.getAttribute(name)]),
    ),
  );
  const scripts = page.querySelectorAll('script, link').length;
  return { elements, wrappers, images, scripts };
}

const expected = (html) => ({ ...outcome(html), scripts: 0 });

test('the builder offers CMS snippets with a script, a data-vae div and, for themes, a wrapper', () => {
  const variants = Object.values(VARIANTS).flat().length;
  assert.equal(cmsSnippets.length, 2 * variants * 3 * 2);
  for (const html of cmsSnippets) {
    const { elements, scripts } = outcome(html);
    assert.equal(scripts, 1, html);
    assert.equal(elements.length, 1, html);
    assert.match(elements[0], /^<vae-[a-z-]+ /, html);
  }
  assert.ok(cmsSnippets.some((html) => outcome(html).wrappers.includes('vae-dark')));
  assert.equal(imageSnippets.length, 4);
  for (const html of imageSnippets) {
    const [image] = outcome(html).images;
    assert.ok(image.src.startsWith('https://') && image.alt && image.width && image.height, html);
  }
});

const settings = [
  ['DOMPurify defaults', (html) => purify(DOMPurify, html).kept],
  ['DOMPurify strict allow-list', (html) => purify(DOMPurify, html).strict],
  ['sanitize-html with the documented settings', (html) => sanitize(sanitizeHtml, html).clean],
];

for (const [name, run] of settings) {
  test(`${name}: every data-vae div still upgrades to the same element, the script is gone`, () => {
    for (const html of cmsSnippets) {
      const cleaned = run(html);
      assert.deepEqual(outcome(cleaned), expected(html), `${html}\n→\n${cleaned}`);
    }
  });

  test(`${name}: the static badge keeps src, alt, width and height`, () => {
    for (const html of imageSnippets) {
      assert.deepEqual(outcome(run(html)), expected(html), html);
    }
  });
}

test('sanitize-html defaults: the div loses its data-vae, data-* and lang (no element), the img goes', () => {
  const [cms] = cmsSnippets;
  const cleaned = sanitizeHtml(cms);
  assert.equal(cleaned.trim(), '<div>Lyon, Ville amie des enfants</div>');
  assert.deepEqual(outcome(cleaned).elements, []);
  for (const html of imageSnippets) assert.equal(sanitizeHtml(html), '');
});

test('DOMPurify strict allow-list without the data-* names: the div is kept but never upgraded', () => {
  const html = cmsSnippets.find((snippet) => snippet.includes('data-city'));
  const bare = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['div', 'img'],
    ALLOWED_ATTR: ['lang', 'class', 'src', 'alt', 'width', 'height'],
    ALLOW_DATA_ATTR: false,
  });
  assert.doesNotMatch(bare, /data-/);
  assert.deepEqual(outcome(bare).elements, []);
});

test('a hostile paste loses its handlers under the documented settings', () => {
  const hostile =
    '<div data-vae="city-badge" data-city="69123" onclick="alert(1)">x</div>' +
    '<img src="javascript:alert(1)" onerror="alert(1)" alt="x" width="1" height="1">';
  for (const [name, run] of settings) {
    const cleaned = run(hostile);
    assert.doesNotMatch(cleaned, /onclick|onerror|javascript:/, `${name}: ${cleaned}`);
    assert.match(cleaned, /data-vae="city-badge"/, name);
  }
});
