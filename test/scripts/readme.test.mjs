// The README follows the outline, its quick start is exactly the two
// commands, its CDN URLs are the build's pinned ones, and its links resolve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cdnBase } from '../../scripts/code/build-sri.mjs';
import { ROOT, readRepoJson, readRepoText } from './helpers.mjs';

const readme = readRepoText('README.md');
const headings = [...readme.matchAll(/^## (.+)$/gm)].map(([, title]) => title);

test('the sections come in the outline’s order', () => {
  const outline = [
    'Quick start',
    'Use it',
    'Elements',
    'Theming',
    'Privacy',
    'Content-Security-Policy',
    'Browser support',
    'Data',
    'Development',
    'Changelog',
  ];
  const positions = outline.map((title) => headings.indexOf(title));
  assert.ok(!positions.includes(-1), `missing: ${outline.filter((_, i) => positions[i] < 0)}`);
  assert.deepEqual(
    [...positions].sort((a, b) => a - b),
    positions,
  );
  // "What it is" comes first, with screenshots, before any section.
  const intro = readme.slice(0, readme.indexOf('\n## '));
  assert.match(intro, /!\[[^\]]+\]\(docs\/screenshots\/[^)]+\.png\)/);
});

test('the quick start is exactly the two commands', () => {
  const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Use it'));
  const commands = [...quick.matchAll(/```sh\n([\s\S]*?)```/g)].map(([, code]) => code.trim());
  assert.deepEqual(commands, ['npm install && npm start', 'npm test']);
});

test('the usage section covers script tag, npm, CMS and four frameworks', () => {
  const use = readme.slice(readme.indexOf('## Use it'), readme.indexOf('## Elements'));
  for (const part of [
    '### Script tag',
    '### npm',
    '### CMS',
    'Plain HTML',
    'React 19',
    'Vue',
    'Svelte',
  ])
    assert.ok(use.includes(part), part);
  assert.match(use, /onvae-select=/, 'React 19 / Svelte 5 event prop');
  assert.match(use, /isCustomElement/, 'Vue compiler option');
});

test('CDN URLs are the build’s one pinned base, at the package version', () => {
  const { version } = readRepoJson('package.json');
  assert.ok(readme.includes(cdnBase('<version>')), 'the documented constant');
  const urls = [...readme.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/vae-widgets@([^/]+)\//g)];
  assert.ok(urls.length > 2);
  for (const [, pinned] of urls) assert.ok([version, '<version>'].includes(pinned), pinned);
  // Every script tag shown carries integrity and crossorigin.
  for (const [tag] of readme.matchAll(/<script\b[^>]*\bsrc=[^>]*>/g)) {
    if (tag.includes('./my-town.js')) continue; // the reader's own file
    assert.match(tag, /integrity="sha384-/, tag);
    assert.match(tag, /crossorigin="anonymous"/, tag);
  }
});

// Files other helpers add on their branches; remove from here once merged.
test('every relative link points at a file of the repository', () => {
  const targets = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
    .map(([, target]) => target)
    .filter((target) => !/^[a-z]+:/.test(target));
  assert.ok(targets.length > 10);
  const missing = targets.filter((target) => !existsSync(join(ROOT, target)));
  assert.deepEqual(missing, []);
});
