// The integrity hashes and snippets the build writes match the built files'
// bytes, recomputed here independently, and every snippet pins the version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { ROOT, readRepoJson } from './helpers.mjs';

const dist = join(ROOT, 'dist');
const sri = readRepoJson('dist/sri.json');
const snippets = readRepoJson('dist/snippets.json');
const { version } = readRepoJson('package.json');
const base = `https://cdn.jsdelivr.net/npm/vae-widgets@${version}/dist/`;

const sha384 = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(join(dist, file)))
    .digest('base64')}`;
const jsIn = (dir) =>
  readdirSync(join(dist, dir))
    .filter((name) => name.endsWith('.js'))
    .map((name) => (dir ? `${dir}/${name}` : name));

test('sri.json covers the all-in-one, every element file and every chunk', () => {
  const expected = ['vae-widgets.js', ...jsIn('elements'), ...jsIn('elements/chunks')].sort();
  assert.ok(expected.includes('elements/vae-city-badge.js'));
  assert.deepEqual(Object.keys(sri.integrity).sort(), expected);
});

test('every hash in sri.json is the sha384 of the built file', () => {
  for (const [file, integrity] of Object.entries(sri.integrity)) {
    assert.equal(integrity, sha384(file), file);
  }
});

test('the version and CDN base are the package version, pinned', () => {
  assert.equal(sri.version, version);
  assert.equal(sri.cdnBase, base);
  assert.equal(snippets.cdnBase, base);
});

// Every <script> and <link> of a snippet: its URL, integrity and crossorigin.
const tags = (html) =>
  [...html.matchAll(/<(script|link)\b([^>]*)>/g)].map(([, tag, attributes]) => ({
    tag,
    url: /\b(?:src|href)="([^"]+)"/.exec(attributes)?.[1],
    integrity: /\bintegrity="([^"]+)"/.exec(attributes)?.[1],
    crossorigin: /\bcrossorigin="([^"]+)"/.exec(attributes)?.[1],
  }));

test('each snippet loads its file and every chunk it imports, each with its own hash', () => {
  const entries = ['vae-widgets.js', ...jsIn('elements')];
  assert.deepEqual(Object.keys(snippets.scripts).sort(), entries.sort());
  for (const [file, html] of Object.entries(snippets.scripts)) {
    const found = tags(html);
    const script = found.find((tag) => tag.tag === 'script');
    assert.equal(script.url, base + file, file);
    // Chunks the entry really imports, statically or lazily, directly or not, read here
    // (a lazy chunk importing back from the entry itself is not a chunk to preload).
    const chunks = [];
    const visit = (path) => {
      const code = readFileSync(join(dist, path), 'utf8');
      for (const [, specifier] of code.matchAll(
        /["'](\.\.?\/[^"']+\.js)["'](?!\s*,\s*import\.meta\.url)/g,
      )) {
        const target = posix.join(posix.dirname(path), specifier);
        const url = base + target;
        if (target === file || chunks.includes(url)) continue;
        chunks.push(url);
        visit(target);
      }
    };
    visit(file);
    const preloaded = found.filter((tag) => tag.tag === 'link').map((tag) => tag.url);
    for (const chunk of chunks) assert.ok(preloaded.includes(chunk), `${file} preloads ${chunk}`);
    for (const tag of found) {
      assert.equal(tag.crossorigin, 'anonymous', `${file}: ${tag.url}`);
      assert.ok(tag.url.startsWith(base), tag.url);
      assert.equal(tag.integrity, sha384(tag.url.slice(base.length)), tag.url);
    }
  }
});

test('the all-in-one snippet is one script tag (the bundle imports nothing)', () => {
  assert.equal(tags(snippets.scripts['vae-widgets.js']).length, 1);
  const code = readFileSync(join(dist, 'vae-widgets.js'), 'utf8');
  assert.doesNotMatch(code, /\bimport\s*\(|(?:\bfrom|\bimport)\s*["']/);
});
