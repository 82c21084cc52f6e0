// The README and its French twin LISEZMOI are a front door (issue 21): what it is with
// screenshots, the three ways in, the two commands exactly, links onward, at most 200
// lines each. Their snippets render when pasted (test/scripts/snippet-pages.mjs), every
// image they show or name exists (the screenshots in the repository, the static badges in
// the data package the build writes), and their links resolve.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assertRendered, htmlSnippets, startSnippetPages } from './snippet-pages.mjs';
import { ROOT, readRepoJson, readRepoText } from './helpers.mjs';

const FRONT_DOORS = [
  { file: 'README.md', lang: 'en', quick: 'Quick start', ways: 'Three ways in' },
  {
    file: 'LISEZMOI.md',
    lang: 'fr',
    quick: 'Démarrage rapide',
    ways: 'Trois façons de l’utiliser',
  },
];
const { version } = readRepoJson('package.json');
const dataMajor = readRepoJson('data/release.json').version.split('.')[0];

/** The text of a `## title` section, up to the next one. */
const section = (text, title) => {
  const start = text.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `no "## ${title}"`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
};

for (const { file, quick, ways } of FRONT_DOORS) {
  const text = readRepoText(file);

  test(`${file}: at most 200 lines`, () => {
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    assert.ok(lines <= 200, `${lines} lines`);
  });

  test(`${file}: what it is, with screenshots, before any section`, () => {
    const intro = text.slice(0, text.indexOf('\n## '));
    assert.match(intro, /Ville amie des enfants/);
    assert.ok([...intro.matchAll(/!\[[^\]]+\]\(docs\/screenshots\/[^)]+\.png\)/g)].length >= 2);
  });

  test(`${file}: the three ways in — the site and its builder, the script tag, WordPress`, () => {
    const subsections = [...section(text, ways).matchAll(/^### (.+)$/gm)].map(([, title]) => title);
    assert.equal(subsections.length, 3, subsections.join(' | '));
    assert.match(subsections[0], /site/);
    assert.match(subsections[1], /script/);
    assert.match(subsections[2], /WordPress/);
  });

  test(`${file}: the quick start is exactly the two commands`, () => {
    const commands = [...section(text, quick).matchAll(/```sh\n([\s\S]*?)```/g)].map(([, code]) =>
      code.trim(),
    );
    assert.deepEqual(commands, ['npm install && npm start', 'npm test']);
  });

  test(`${file}: CDN addresses are this release’s, and every script carries integrity`, () => {
    const pinned = [...text.matchAll(/cdn\.jsdelivr\.net\/npm\/vae-widgets@([^/\s`)]+)/g)];
    assert.ok(pinned.length > 0);
    for (const [, at] of pinned) assert.equal(at, version);
    for (const [, range] of text.matchAll(/vae-widgets-data@([^/\s`)]+)/g))
      assert.equal(range, dataMajor);
    for (const [tag] of text.matchAll(/<script\b[^>]*\bsrc=[^>]*>/g)) {
      assert.match(tag, /integrity="sha384-/, tag);
      assert.match(tag, /crossorigin="anonymous"/, tag);
    }
  });

  test(`${file}: every image it shows or names exists`, () => {
    const shown = [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map(([, path]) => path);
    const named = [...text.matchAll(/`(dist\/data\/badges\/[^`]*)`/g)].map(([, path]) =>
      path.replace('<code>', '69123'),
    );
    const fromCdn = [...text.matchAll(/vae-widgets-data@\d+\/([^"\s]+\.svg)/g)].map(
      ([, path]) => `dist/data/${path}`,
    );
    assert.ok(named.length > 0 && fromCdn.length > 0, 'the static badge’s path is given');
    for (const path of [...shown, ...named, ...fromCdn])
      assert.ok(existsSync(join(ROOT, path)), `${path} does not exist`);
  });

  test(`${file}: every relative link points at a file of the repository`, () => {
    const targets = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map(([, target]) => target)
      .filter((target) => !/^[a-z]+:/.test(target));
    assert.ok(targets.length > 10);
    assert.deepEqual(
      targets.filter((target) => !existsSync(join(ROOT, target))),
      [],
    );
  });
}

const snippets = FRONT_DOORS.flatMap(({ file, lang }) =>
  htmlSnippets([join(ROOT, file), lang, 'readme']),
);
let pasting;
before(async () => {
  pasting = await startSnippetPages();
});
after(() => pasting?.close());

test('both files show the script tag and the static badge', () => {
  assert.equal(snippets.length, 4, snippets.map((s) => s.where).join('\n'));
});
for (const snippet of snippets)
  test(`${snippet.where} renders in a fresh page`, async () => {
    assertRendered(await pasting.paste(snippet));
  });
