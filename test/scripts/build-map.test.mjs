import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { ROOT } from './helpers.mjs';
import {
  buildMap,
  encodeValues,
  parsePath,
  ringArea,
  simplifyLine,
  toPath,
  OVERSEAS,
} from '../../scripts/build-map.mjs';

test('parsePath reads relative m/z paths with implicit line-tos', () => {
  assert.deepEqual(parsePath('m 1,1 2,0 0,2 z m 10,10 1,0 0,1 z'), [
    [
      [1, 1],
      [3, 1],
      [3, 3],
    ],
    [
      [11, 11],
      [12, 11],
      [12, 12],
    ],
  ]);
});

test('toPath writes integer relative paths that parse back to the same rings', () => {
  const rings = [
    [
      [10, 10],
      [20, 10],
      [20, 25],
    ],
    [
      [5, 40],
      [1, 42],
      [3, 39],
    ],
  ];
  assert.deepEqual(parsePath(toPath(rings)), rings);
});

test('simplifyLine drops collinear points and keeps corners', () => {
  const line = [
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 0],
    [3, 3],
  ];
  assert.deepEqual(simplifyLine(line, 0.5), [
    [0, 0],
    [3, 0],
    [3, 3],
  ]);
});

// The element's own decoder (what ships), so the encoder is checked against it.
const loader = await (async () => {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    return await importTs('src/data/files/geometry-file.ts');
  } finally {
    process.chdir(cwd);
  }
})();

/** Rings of the element's absolute `M x y L x y … Z` paths. */
const ringsOf = (d) =>
  d
    .split('M')
    .filter(Boolean)
    .map((ring) =>
      ring
        .replace('Z', '')
        .split('L')
        .map((point) => point.split(' ').map(Number)),
    );

test('values survive the text encoding (small values one character, others escaped)', () => {
  const values = [0, 1, -1, 45, -45, 46, -46, 600, -1234, 13, -7];
  const text = encodeValues(values);
  assert.equal(text.includes('\\'), false);
  assert.equal(text.includes('"'), false);
  assert.deepEqual(loader.decodeValues(text), values);
  assert.equal(encodeValues([3, -3]).length, 2);
});

test('the map holds 96 metropolitan and 5 overseas departments, compact enough', () => {
  const map = buildMap();
  const file = JSON.parse(JSON.stringify(map, (k, v) => (k === 'derived' ? undefined : v)));
  // Decoded by the element's loader, as a browser would.
  const departments = loader
    .decodeGeometry(file)
    .departments.map((d) => ({ ...d, rings: ringsOf(d.d) }));
  const metro = departments.filter((d) => !d.inset);
  const overseas = departments.filter((d) => d.inset);
  assert.equal(metro.length, 96);
  assert.deepEqual(
    overseas.map((d) => d.code),
    OVERSEAS.map((o) => o.code),
  );
  assert.deepEqual(
    overseas.map((d) => d.name),
    ['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte'],
  );
  const [, , width, height] = map.viewBox.split(' ').map(Number);
  assert.equal(width, 600);
  for (const d of departments) {
    assert.ok(d.rings.length >= 1, d.code);
    for (const ring of d.rings) {
      assert.ok(ring.length >= 3, `${d.code} ring`);
      assert.ok(ringArea(ring) > 0, `${d.code} area`);
      for (const [x, y] of ring) {
        assert.ok(Number.isInteger(x) && Number.isInteger(y), `${d.code} integers`);
        assert.ok(x >= 0 && x <= width && y >= 0 && y <= height, `${d.code} in viewBox`);
      }
    }
    // Paths written from the decoded rings parse back to the same rings.
    assert.deepEqual(parsePath(toPath(d.rings)), d.rings);
  }
  // Neighbours share their borders: most arcs are used twice.
  assert.ok(map.arcs.length < 450, `${map.arcs.length} arcs`);
  const gzip = gzipSync(JSON.stringify(file), { level: 9 }).length;
  assert.ok(gzip < 6500, `geometry ${gzip} B gzip`);
});
