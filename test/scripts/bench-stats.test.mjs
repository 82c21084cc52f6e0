// The benchmark's statistics: nearest-rank quantiles, as the report states.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { median, p95, summary, table } from '../../bench/lib/stats.mjs';

test('median and p95 are nearest-rank values of the runs', () => {
  const runs = Array.from({ length: 20 }, (_, index) => 20 - index); // 20..1, unsorted input
  assert.equal(median(runs), 10);
  assert.equal(p95(runs), 19);
  assert.deepEqual(summary([5]), { median: 5, p95: 5, runs: 1 });
  assert.ok(Number.isNaN(median([])));
});

test('table renders a markdown table', () => {
  assert.equal(table(['a', 'b'], [['1', '2']]), '| a | b |\n| --- | --- |\n| 1 | 2 |');
});
