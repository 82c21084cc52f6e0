// The byte budgets of bench/budgets.mjs hold for the built files (run after
// `npm run build`): each is within its goal, or within its ratchet (the last
// recorded size + 0.1 KB); and the checks themselves fail when they should.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { BUDGETS, KB, RATCHET_SLACK, verdict } from '../../bench/budgets.mjs';
import { checkBudget, measure, staticGraph } from '../../scripts/lib/bundle-size.mjs';
import { readRepoText } from './helpers.mjs';

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

for (const budget of BUDGETS) {
  const goal = `${budget.gzipLimit / KB} KB gzip`;
  const ratchet = budget.ratchet ? ` (not met yet: ratchet ${kb(budget.ratchet.gzip)})` : '';
  test(`budget: ${budget.name} ≤ ${goal}${ratchet}`, () => {
    for (const entry of budget.entries) {
      assert.ok(existsSync(entry), `${entry} is not built (run npm run build)`);
    }
    const { gzip, files } = measure(budget.entries);
    const result = verdict(budget, gzip);
    assert.ok(
      result === 'pass' || result === 'ratchet',
      `${budget.name}: ${kb(gzip)} gzip, ${result} (goal ${goal}${budget.ratchet ? `, last recorded ${kb(budget.ratchet.gzip)} on ${budget.ratchet.recorded}` : ''}; ${files.join(', ')})`,
    );
  });
}

test('the ratchet fails on a planted 0.2 KB growth, not on 0.1 KB of noise', () => {
  const badge = BUDGETS.find((b) => b.name === 'badge element');
  assert.ok(badge.ratchet, 'the badge is not met yet: it has a ratchet');
  const { gzip } = measure(badge.entries);
  const recorded = { ...badge, ratchet: { ...badge.ratchet, gzip } };
  assert.equal(verdict(recorded, gzip + RATCHET_SLACK), 'ratchet');
  assert.equal(verdict(recorded, gzip + 0.2 * KB), 'fail');
  // A budget met keeps no ratchet, and one over its goal without a ratchet fails.
  assert.equal(verdict(recorded, badge.gzipLimit), 'met: remove the ratchet');
  assert.equal(verdict({ gzipLimit: 10 * KB }, 10 * KB + 1), 'fail');
});

test('the build, the bench and the tests read the budgets from one module', () => {
  for (const file of ['scripts/data/build-data.mjs', 'bench/lib/bytes.mjs', 'bench/run.mjs']) {
    assert.match(readRepoText(file), /budgets\.mjs'/, file);
  }
  assert.doesNotMatch(
    readRepoText('scripts/data/build-data.mjs'),
    /\d+ \* 1024/,
    'no budget of its own',
  );
});

test('the budget check fails on an oversized file and counts static imports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vae-budget-'));
  // Random bytes barely compress: 12,000 of them in base64 stay over 10 KB gzip.
  writeFileSync(
    join(dir, 'chunk.js'),
    `export const x = "${randomBytes(12000).toString('base64')}";`,
  );
  writeFileSync(join(dir, 'entry.js'), `import{x as y}from"./chunk.js";console.log(y);`);
  const entry = join(dir, 'entry.js');
  assert.equal(staticGraph(entry).length, 2);
  const result = checkBudget({ name: 'oversized', entries: [entry], gzipLimit: 10 * KB });
  assert.equal(result.ok, false);
  assert.ok(result.gzip > 10 * KB);
});
