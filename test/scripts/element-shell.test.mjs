// Issue 15: the search element is a thin shell over its behaviour pieces
// (combobox, form value, lazy resources, views): its own file stays small.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRepoText } from './helpers.mjs';

test('src/city-search/city-search.ts is at most 250 lines', () => {
  const lines = readRepoText('src/city-search/city-search.ts').split('\n');
  const count = lines.at(-1) === '' ? lines.length - 1 : lines.length;
  assert.ok(count <= 250, `${count} lines`);
});
