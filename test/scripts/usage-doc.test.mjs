// docs/usage.md, the developer's reference (moved from the README when the README became a
// front door, issue 21): it keeps its outline, covers every way in, shows the build's one
// pinned CDN base at the package version with integrity on every script, and its links
// resolve. Its framework examples are the apps' code (test/scripts/frameworks.test.mjs) and
// its sanitizer settings are run (test/scripts/sanitizers.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cdnBase } from '../../scripts/code/build-sri.mjs';
import { ROOT, readRepoJson, readRepoText } from './helpers.mjs';

const FILE = 'docs/usage.md';
const usage = readRepoText(FILE);
const headings = [...usage.matchAll(/^## (.+)$/gm)].map(([, title]) => title);

test('the sections come in the outline’s order', () => {
  const outline = [
    'Use it',
    'Elements',
    'Theming',
    'Privacy',
    'Content-Security-Policy',
    'Browser support',
    'Data',
  ];
  const positions = outline.map((title) => headings.indexOf(title));
  assert.ok(!positions.includes(-1), `missing: ${outline.filter((_, i) => positions[i] < 0)}`);
  assert.deepEqual(
    [...positions].sort((a, b) => a - b),
    positions,
  );
});

test('the usage section covers script tag, npm, CMS and the frameworks', () => {
  const use = usage.slice(usage.indexOf('## Use it'), usage.indexOf('## Elements'));
  for (const part of [
    '### Script tag',
    '### npm',
    '### CMS',
    '#### WordPress',
    '#### Sanitizers',
    'Plain HTML',
    'React 19',
    'Vue',
    'Svelte',
    'Angular',
  ])
    assert.ok(use.includes(part), part);
  assert.match(use, /onvae-select=/, 'React 19 / Svelte 5 event prop');
  assert.match(use, /isCustomElement/, 'Vue compiler option');
});

test('CDN URLs are the build’s one pinned base, at the package version', () => {
  const { version } = readRepoJson('package.json');
  assert.ok(usage.includes(cdnBase('<version>')), 'the documented constant');
  const urls = [...usage.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/vae-widgets@([^/]+)\//g)];
  assert.ok(urls.length > 2);
  for (const [, pinned] of urls) assert.ok([version, '<version>'].includes(pinned), pinned);
  for (const [tag] of usage.matchAll(/<script\b[^>]*\bsrc=[^>]*>/g)) {
    if (tag.includes('./my-town.js')) continue; // the reader's own file
    assert.match(tag, /integrity="sha384-/, tag);
    assert.match(tag, /crossorigin="anonymous"/, tag);
  }
});

test('the static badge is where the build writes it (the data package)', () => {
  for (const [, path] of usage.matchAll(/`dist\/data\/(badges\/[^`]+)`/g))
    assert.ok(existsSync(join(ROOT, 'dist', 'data', path.replace('<code>', '69123'))), path);
  assert.doesNotMatch(usage, /dist\/badges\//, 'the badges moved to dist/data/badges/');
});

test('every relative link points at a file of the repository', () => {
  const targets = [...usage.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
    .map(([, target]) => target)
    .filter((target) => !/^[a-z]+:/.test(target));
  assert.ok(targets.length > 10);
  const missing = targets.filter((target) => !existsSync(join(ROOT, dirname(FILE), target)));
  assert.deepEqual(missing, []);
});
