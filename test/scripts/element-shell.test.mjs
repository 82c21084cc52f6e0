// Issue 15: the search element is a thin shell over its behaviour pieces
// (combobox, form value, lazy resources, views): its own file stays small.
// Issue 23: so do the map element (map-view, map-interaction, small-departments…)
// and the search core (search-index.ts over query, matchers, ranking).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRepoText } from './helpers.mjs';

const lineCount = (path) => {
  const lines = readRepoText(path).split('\n');
  return lines.at(-1) === '' ? lines.length - 1 : lines.length;
};

test('src/city-search/city-search.ts is at most 250 lines', () => {
  const count = lineCount('src/city-search/city-search.ts');
  assert.ok(count <= 250, `${count} lines`);
});

for (const path of ['src/city-map/city-map.ts', 'src/search/search-index.ts']) {
  test(`${path} is under 250 lines`, () => {
    const count = lineCount(path);
    assert.ok(count < 250, `${count} lines`);
  });
}
