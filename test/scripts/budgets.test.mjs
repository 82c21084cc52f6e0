// The byte budgets hold for the built files (run after `npm run build`), and the
// check itself fails on an oversized file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { BUDGETS, KB, NOT_YET_MET } from '../../bench/budgets.mjs';
import { checkBudget, staticGraph } from '../../scripts/lib/bundle-size.mjs';

for (const budget of BUDGETS) {
  const pending = NOT_YET_MET.get(budget.name);
  const todo = pending ? `not met yet (issue 9): ${pending}` : undefined;
  test(`budget: ${budget.name} ≤ ${budget.gzipLimit / KB} KB gzip`, { todo }, () => {
    for (const entry of budget.entries) {
      assert.ok(existsSync(entry), `${entry} is not built (run npm run build)`);
    }
    const result = checkBudget(budget);
    assert.ok(
      result.ok,
      `${budget.name}: ${(result.gzip / KB).toFixed(1)} KB gzip > ${budget.gzipLimit / KB} KB (${result.files.join(', ')})`,
    );
  });
}

test('a budget listed as not met yet is really over (else remove it from NOT_YET_MET)', () => {
  for (const name of NOT_YET_MET.keys()) {
    const budget = BUDGETS.find((candidate) => candidate.name === name);
    assert.ok(budget, `unknown budget ${name}`);
    if (budget.entries.every((entry) => existsSync(entry))) {
      assert.equal(checkBudget(budget).ok, false, `${name} is within budget now`);
    }
  }
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
