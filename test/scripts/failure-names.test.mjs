// `npm test` names every failed test near its closing line (CI often shows only a
// log's tail): the Node reporter and the browser counts both keep the title and the error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engineLines } from '../server/count-reporter.mjs';

const REPORTER = fileURLToPath(new URL('../server/failures-reporter.mjs', import.meta.url));

test('the Node reporter names a failed subtest and a thrown test, with their errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vae-failures-'));
  writeFileSync(
    join(dir, 'planted.test.mjs'),
    [
      "import test from 'node:test';",
      "import assert from 'node:assert/strict';",
      "test('outer', async (t) => { await t.test('inner fails', () => assert.equal(1, 2)); });",
      "test('throws', () => { throw new Error('boom'); });",
      "test('passes', () => {});",
    ].join('\n'),
  );
  // Without this variable the child runs as a test run of its own, not as part of this one.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  let output = '';
  try {
    execFileSync(process.execPath, ['--test', `--test-reporter=${REPORTER}`, 'planted.test.mjs'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
  } catch (error) {
    output = error.stdout; // the planted failures make the run exit 1
  }
  assert.deepEqual(JSON.parse(output), [
    {
      where: 'planted.test.mjs:3',
      name: 'inner fails',
      error: 'Expected values to be strictly equal: / 1 !== 2',
    },
    { where: 'planted.test.mjs:4', name: 'throws', error: 'boom' },
  ]);
});

test('the browser lines name each failed test last, by engine', () => {
  const counts = {
    engines: {
      webkit: {
        passed: 1,
        failed: 1,
        skipped: 0,
        skippedTests: [],
        failedTests: ['test/a.test.ts: a › b: expected 1 to equal 2'],
      },
    },
  };
  assert.equal(
    engineLines(counts).at(-1),
    '  FAILED in webkit: test/a.test.ts: a › b: expected 1 to equal 2',
  );
});
