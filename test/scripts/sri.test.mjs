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

// The chunks `file` imports, directly or not, read here from the bytes: with `lazy`, the
// `import("./x.js")` ones too (a lazy chunk importing back from the entry is not a chunk).
function chunksOf(file, { lazy }) {
  const chunks = [];
  const visit = (path) => {
    const code = readFileSync(join(dist, path), 'utf8');
    for (const [, dynamic, specifier] of code.matchAll(
      /(import\s*\(\s*)?["'](\.\.?\/[^"']+\.js)["'](?!\s*,\s*import\.meta\.url)/g,
    )) {
      if (dynamic && !lazy) continue;
      const target = posix.join(posix.dirname(path), specifier);
      if (target === file || chunks.includes(target)) continue;
      chunks.push(target);
      visit(target);
    }
  };
  visit(file);
  return chunks.sort();
}

/** The import map of a snippet, parsed ({} when it has none). */
const importMapOf = (html) =>
  JSON.parse(/<script type="importmap">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}');

test('each snippet binds every chunk its file may import to its hash, in an import map before any script', () => {
  for (const [file, html] of Object.entries(snippets.scripts)) {
    const all = chunksOf(file, { lazy: true });
    const { integrity = {} } = importMapOf(html);
    assert.deepEqual(Object.keys(integrity).sort(), all.map((chunk) => base + chunk).sort(), file);
    for (const [url, hash] of Object.entries(integrity))
      assert.equal(hash, sha384(url.slice(base.length)), url);
    if (all.length > 0) assert.ok(html.startsWith('<script type="importmap">'), file);
  }
  // The badge may import the signature fallback and the schemas lazily: they are bound too.
  const badge = Object.keys(importMapOf(snippets.scripts['elements/vae-city-badge.js']).integrity);
  assert.ok(
    badge.some((url) => /\/ed25519-[^/]+\.js$/.test(url)),
    badge.join('\n'),
  );
});

test('each snippet preloads exactly the chunks its file imports statically, each with its own hash', () => {
  const entries = ['vae-widgets.js', ...jsIn('elements')];
  assert.deepEqual(Object.keys(snippets.scripts).sort(), entries.sort());
  for (const [file, html] of Object.entries(snippets.scripts)) {
    const found = tags(html.replace(/<script type="importmap">.*?<\/script>/s, ''));
    const script = found.find((tag) => tag.tag === 'script');
    assert.equal(script.url, base + file, file);
    const preloaded = found.filter((tag) => tag.tag === 'link').map((tag) => tag.url);
    const expected = chunksOf(file, { lazy: false }).map((chunk) => base + chunk);
    assert.deepEqual(preloaded.sort(), expected.sort(), `${file}: preloads`);
    for (const tag of found) {
      assert.equal(tag.crossorigin, 'anonymous', `${file}: ${tag.url}`);
      assert.ok(tag.url.startsWith(base), tag.url);
      assert.equal(tag.integrity, sha384(tag.url.slice(base.length)), tag.url);
    }
  }
});

test("each import map's CSP hash is the sha256 of its text, for a host that forbids inline scripts", () => {
  for (const [file, html] of Object.entries(snippets.scripts)) {
    const text = /<script type="importmap">(.*?)<\/script>/s.exec(html)?.[1];
    const expected = text && `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    assert.equal(snippets.cspHashes[file], expected, file);
  }
});

test('the all-in-one snippet is one script tag (the bundle imports nothing)', () => {
  assert.equal(tags(snippets.scripts['vae-widgets.js']).length, 1);
  const code = readFileSync(join(dist, 'vae-widgets.js'), 'utf8');
  assert.doesNotMatch(code, /\bimport\s*\(|(?:\bfrom|\bimport)\s*["']/);
});
