import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { buildMap, parsePath, simplifyLine, toPath, OVERSEAS } from '../../scripts/build-map.mjs';

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

test('the map holds 96 metropolitan and 5 overseas departments, compact enough', () => {
  const map = buildMap();
  const metro = map.departments.filter((d) => !d.inset);
  const overseas = map.departments.filter((d) => d.inset);
  assert.equal(metro.length, 96);
  assert.deepEqual(
    overseas.map((d) => d.code),
    OVERSEAS.map((o) => o.code),
  );
  assert.deepEqual(
    overseas.map((d) => d.name),
    ['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte'],
  );
  for (const d of map.departments) {
    assert.match(d.d, /^m[-\d ,mz]+z$/, d.code);
    assert.equal(d.label.length, 2);
  }
  const [, , width, height] = map.viewBox.split(' ').map(Number);
  assert.equal(width, 600);
  for (const d of map.departments) {
    for (const [x, y] of parsePath(d.d).flat()) {
      assert.ok(x >= -1 && x <= width + 1 && y >= -1 && y <= height + 1, `${d.code} in viewBox`);
    }
  }
  const gzip = gzipSync(JSON.stringify(map), { level: 9 }).length;
  assert.ok(gzip < 16 * 1024, `geometry ${gzip} B gzip`);
});
