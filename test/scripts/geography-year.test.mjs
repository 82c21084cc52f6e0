// `npm run data:geography` on two hand-made geography years
// (test/fixtures/geography): every member commune that merged, split, was
// renamed or changed code is listed with its successor, and the run fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { ROOT } from './helpers.mjs';

test('the members affected by a new geography year, each with its successor', () => {
  const res = spawnSync(
    process.execPath,
    [
      'scripts/data/geography-year.mjs',
      '--previous',
      'test/fixtures/geography/previous',
      '--current',
      'test/fixtures/geography/current',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(res.status, 1);
  assert.deepEqual(
    res.stdout.split('\n').filter((l) => l.startsWith('  ')),
    [
      '  Agde (34) [commune-34003]: merged → Béziers (34032)',
      '  Boulazac Isle Manoire (24) [commune-24053]: split: Atur (24013) is a commune again → Boulazac Isle Manoire (24053)',
      '  Bram (11) [commune-11049]: changed code → Bram (11999)',
      '  Elbeuf (76) [commune-76231]: renamed → Elbeuf-sur-Seine (76231)',
    ],
  );
  assert.doesNotMatch(res.stdout, /Lyon/, 'an unchanged member is not listed');
});

test('the same year twice: nothing to decide', () => {
  const res = spawnSync(
    process.execPath,
    [
      'scripts/data/geography-year.mjs',
      '--previous',
      'test/fixtures/geography/current',
      '--current',
      'test/fixtures/geography/current',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(res.status, 0, res.stderr);
  assert.match(res.stdout, /no member commune merged, split, was renamed or changed code/);
});
