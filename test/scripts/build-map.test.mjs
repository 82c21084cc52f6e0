import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { ROOT } from './helpers.mjs';
import { buildMap, encodeValues, parsePath, OVERSEAS } from '../../scripts/data/build-map.mjs';

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

// The element's own decoder (what ships), so the encoder is checked against it.
const loader = await (async () => {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    return {
      ...(await importTs('src/data/files/geometry-file.ts')),
      ...(await importTs('src/data/map-label.ts')),
    };
  } finally {
    process.chdir(cwd);
  }
})();
const { ringArea } = loader;

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
  const { small, ...file } = buildMap();
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
  const [, , width, height] = file.viewBox.split(' ').map(Number);
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
  }
  // The label rule, once for the build and the element: the same small departments.
  assert.deepEqual(small, ['75', '90', '92', '93', '94']);
  assert.deepEqual(
    departments.filter((d) => d.small).map((d) => d.code),
    small,
  );
  // Neighbours share their borders: most arcs are used twice.
  assert.ok(file.arcs.length < 450, `${file.arcs.length} arcs`);
  // The geometry's share of the 'map element + geometry' budget (bench/budgets.mjs, gzip).
  const gzip = gzipSync(JSON.stringify(file), { level: 9 }).length;
  assert.ok(gzip < 6500, `geometry ${gzip} B gzip`);
});

/** Each segment of every decoded ring, as an undirected key, with the departments using it. */
function segmentOwners(departments) {
  const owners = new Map();
  for (const d of departments) {
    for (const ring of d.rings) {
      ring.forEach((a, i) => {
        const b = ring[(i + 1) % ring.length];
        const key = [a.join(','), b.join(',')].sort().join('|');
        owners.set(key, [...(owners.get(key) ?? []), d.code]);
      });
    }
  }
  return owners;
}

/** Total length of the segments used by one department only: the outline of the union. */
const outlineLength = (owners) =>
  [...owners]
    .filter(([, codes]) => codes.length === 1)
    .reduce((sum, [key]) => {
      const [[x1, y1], [x2, y2]] = key.split('|').map((p) => p.split(',').map(Number));
      return sum + Math.hypot(x2 - x1, y2 - y1);
    }, 0);

test('shared borders stay shared after simplification: no gap, no overlap, no sliver', () => {
  const decoded = (file) =>
    loader.decodeGeometry(file).departments.map((d) => ({ code: d.code, rings: ringsOf(d.d) }));
  const simplified = segmentOwners(decoded(buildMap()));
  // Unsimplified: every point kept (the source's borders, shared exactly after rounding).
  const source = segmentOwners(decoded(buildMap({ minWeight: 0 })));
  const shared = [...simplified.values()].filter((codes) => codes.length === 2).length;
  assert.ok(shared > 500, `${shared} shared segments`);
  // Neighbours in the source are neighbours after simplification (a border drawn
  // once per side would share no segment).
  const pairs = (owners) =>
    new Set(
      [...owners.values()]
        .map((codes) => [...new Set(codes)].sort())
        .filter((codes) => codes.length === 2)
        .map((codes) => codes.join('-')),
    );
  assert.deepEqual([...pairs(simplified)].sort(), [...pairs(source)].sort());
  // The union's outline (coasts and land borders) is no longer than the source's:
  // every inner border counted there would be a sliver or a gap.
  assert.ok(
    outlineLength(simplified) <= outlineLength(source),
    `outline ${Math.round(outlineLength(simplified))} > ${Math.round(outlineLength(source))}`,
  );
});
