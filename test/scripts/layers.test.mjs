// Issue 23: the layers of src/ (ARCHITECTURE.md), held by reading the imports:
// no module imports a layer above its own, no element imports another, there
// is no import cycle, and a badge page loads no search or map code nor any
// other element's file spec (by static import: what the badge's bytes hold).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findCycle,
  forbiddenImports,
  importGraph,
  reachable,
} from '../../scripts/lib/import-graph.mjs';
import { ROOT, readRepoText } from './helpers.mjs';

const graph = importGraph(ROOT);
const runtime = importGraph(ROOT, { runtime: true });

test('every import of src/ goes down the layers (ARCHITECTURE.md)', () => {
  assert.ok(graph.size > 80, `read ${graph.size} modules`);
  assert.deepEqual(forbiddenImports(graph), []);
});

test('the rule can fail: a planted import from the data layer up to the base element is caught', () => {
  const planted = new Map(graph);
  planted.set(
    'src/data/load.ts',
    new Set([...graph.get('src/data/load.ts'), 'src/core/vae-data-element.ts']),
  );
  assert.deepEqual(forbiddenImports(planted), [
    ['src/data/load.ts', 'src/core/vae-data-element.ts'],
  ]);
  const sideways = new Map(graph);
  sideways.set('src/city-badge/city-badge.ts', new Set(['src/city-map/shading.ts']));
  assert.deepEqual(forbiddenImports(sideways), [
    ['src/city-badge/city-badge.ts', 'src/city-map/shading.ts'],
  ]);
});

test('src/ has no import cycle (type-only imports, erased at build, aside)', () => {
  assert.equal(findCycle(runtime), undefined);
  const planted = new Map(runtime);
  planted.set('src/data/errors.ts', new Set(['src/data/load.ts']));
  assert.deepEqual(findCycle(planted)?.slice(0, 1), ['src/data/errors.ts']);
});

/** The files each element reads (src/data/files/): no element's entry holds another's. */
const OWN_FILES = {
  'city-badge': ['members-file', 'dataset-file'],
  'member-count': ['members-file', 'dataset-file'],
  'city-map': ['members-file', 'geometry-file', 'dataset-file'],
  'city-search': ['search-file', 'dataset-file'],
  'partner-list': ['partners-file', 'dataset-file'],
  'news-list': ['news-file', 'dataset-file'],
};

for (const [element, own] of Object.entries(OWN_FILES)) {
  test(`<vae-${element}>'s entry holds only its own file specs, no schema and no validator`, () => {
    const entry = `src/${element}/${element}.define.ts`;
    const loaded = [...reachable(runtime, entry, { dynamic: false, root: ROOT })];
    const specs = loaded.filter((f) => f.startsWith('src/data/files/'));
    assert.deepEqual(
      specs.map((f) => f.replace(/^src\/data\/files\/|\.ts$/g, '')).sort(),
      [...own].sort(),
    );
    const checking = loaded.filter((f) => /\/(validate|schema)\.ts$|\/schemas\//.test(f));
    assert.deepEqual(checking, [], 'the schema check is loaded lazily');
    const others = loaded
      .filter((f) => /^src\/(city|member|partner|news)-/.test(f))
      .filter((f) => !f.startsWith(`src/${element}/`));
    assert.deepEqual(others, [], "another element's code");
  });
}

test('a badge page imports no search or map code (statically or lazily)', () => {
  const loaded = [...reachable(runtime, 'src/city-badge/city-badge.define.ts')];
  const offending = loaded.filter((f) =>
    /^src\/(search|city-search|city-map)\/|files\/(geometry|communes|search)-|schemas\/(geometry|communes|search)-/.test(
      f,
    ),
  );
  assert.deepEqual(offending, []);
  assert.ok(loaded.includes('src/data/schemas/members-schema.ts'), 'its own schema, lazily');
});

test('build-only modules are imported by no shipped module and left out of dist/', () => {
  const excluded = JSON.parse(readRepoText('tsconfig.json').replace(/^\s*\/\/.*$/gm, '')).exclude;
  assert.deepEqual(excluded, ['src/data/schema-docs.ts', 'src/data/schemas/index.ts']);
  const importers = [...graph].filter(([, targets]) => excluded.some((f) => targets.has(f)));
  assert.deepEqual(importers, []);
});
