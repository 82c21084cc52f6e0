// The per-element bundles' layout (ARCHITECTURE.md, "The bundles"): each
// element's file imports at once the shared chunk only (the map and the search
// also the select event's), so a one-element page loads two files; what is
// lazy stays one chunk for every element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

const elements = join(ROOT, 'dist/elements');
const read = (file) => readFileSync(join(elements, file), 'utf8');
/** The chunks a built file imports statically (`import … from"./chunks/…"`) and lazily (`import("…")`). */
const imports = (text) => ({
  static: [...text.matchAll(/from\s*"\.\.?\/(?:chunks\/)?([^"/]+)-[\w-]+\.js"/g)].map((m) => m[1]),
  lazy: [...text.matchAll(/import\("\.\.?\/(?:chunks\/)?([^"/]+)-[\w-]+\.js"\)/g)].map((m) => m[1]),
});
/** The source files a built file holds, from its source map. */
const sources = (file) =>
  JSON.parse(read(`${file}.map`)).sources.map((s) => s.replace(/^.*\/lib\//, ''));
const entries = readdirSync(elements).filter((name) => /^vae-.*\.js$/.test(name));

test('each element file imports at once the shared chunk only (map and search: the select event too)', () => {
  assert.equal(entries.length, 6);
  for (const entry of entries) {
    const expected = /city-(map|search)/.test(entry) ? ['select-event', 'shared'] : ['shared'];
    assert.deepEqual([...new Set(imports(read(entry)).static)].sort(), expected, entry);
  }
});

test("a module two elements use is copied into each element's file, never a chunk of its own", () => {
  const badge = sources('vae-city-badge.js');
  const counter = sources('vae-member-count.js');
  for (const both of ['domain/titles.js', 'data/files/members-file.js']) {
    assert.ok(badge.includes(both) && counter.includes(both), both);
  }
  const chunks = readdirSync(join(elements, 'chunks')).filter((name) => name.endsWith('.js.map'));
  const inChunks = chunks.flatMap((name) => sources(`chunks/${name.slice(0, -'.map'.length)}`));
  assert.ok(!inChunks.includes('domain/titles.js'), 'titles.js is also a chunk');
});

test('the lazy schemas stay one chunk for every element', () => {
  const lazy = (entry) => imports(read(entry)).lazy;
  assert.ok(lazy('vae-city-badge.js').includes('members-schema'));
  const [badge] = read('vae-city-badge.js').match(/members-schema-[\w-]+\.js/);
  const [counter] = read('vae-member-count.js').match(/members-schema-[\w-]+\.js/);
  assert.equal(badge, counter);
});
