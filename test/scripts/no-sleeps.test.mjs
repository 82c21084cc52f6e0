// Tests wait for a state (a `state` attribute, an event, a response received, the
// live region's answer to the final query), never for a time: a fixed sleep is
// too short on a slow engine and wasted on a fast one. This scan finds awaited
// timers in test/; the few files that may hold one say why below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** File → why it may wait for a time. Keep this list short. */
const ALLOWED = {
  'test/server/faults.mjs': 'serves the slow and timed-out answers: the delay is the fault itself',
  'test/server/hardening-routes.mjs': 'serves slow answers (`?ms=`): the delay is the fault itself',
  'test/server/communes-pieces.mjs': 'serves slow pieces (`?ms=`): the delay is the fault itself',
  'test/frameworks/install.mjs':
    'waits for a lock held by another process (mkdir lock): no event tells it is released',
};

// An awaited timer: a promise a timer resolves (setTimeout(resolve, N) with N > 0,
// however spelled), a sleep/delay helper, puppeteer's waitForTimeout.
const SLEEPS = [
  /setTimeout\(\s*(?:resolve|r|done|\(\)\s*=>\s*resolve\([^)]*\))\s*,(?!\s*0\s*\))\s*[^)]+\)/,
  /\bawait\s+(?:sleep|delay|wait|pause)\(\s*[^)]/,
  /\.waitForTimeout\(/,
  /from 'node:timers\/promises'/,
];

export function sleepsIn(text) {
  return text
    .split('\n')
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter(({ text }) => !text.startsWith('//') && SLEEPS.some((pattern) => pattern.test(text)));
}

const testFiles = execFileSync('git', ['ls-files', 'test'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.(m?js|ts)$/.test(file) && !file.includes('/node_modules/'))
  .filter((file) => !file.startsWith('test/fixtures/'))
  .filter((file) => file !== 'test/scripts/no-sleeps.test.mjs'); // holds the patterns as examples

test('no test waits for a fixed time', () => {
  const found = testFiles
    .filter((file) => !(file in ALLOWED))
    .flatMap((file) =>
      sleepsIn(readFileSync(file, 'utf8')).map(({ line, text }) => `${file}:${line}: ${text}`),
    );
  assert.deepEqual(found, [], `wait for a state instead:\n${found.join('\n')}`);
});

test('every allowed file still holds a timer (else drop it from the list)', () => {
  for (const file of Object.keys(ALLOWED)) {
    assert.ok(sleepsIn(readFileSync(file, 'utf8')).length > 0, `${file} no longer sleeps`);
  }
});

test('the scan finds the sleeps it is meant to find', () => {
  const planted = [
    'await new Promise((resolve) => setTimeout(resolve, 300));',
    'await new Promise((r) => setTimeout(r, 50));',
    'await new Promise((resolve) => setTimeout(() => resolve(true), 100));',
    'await delay(400);',
    'await sleep(500);',
    'await page.waitForTimeout(100);',
    "import { setTimeout as sleep } from 'node:timers/promises';",
  ];
  for (const line of planted) assert.equal(sleepsIn(line).length, 1, line);
  const fine = [
    'const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));',
    'const timer = setTimeout(() => controller.abort(), timeoutMs);',
    "const timer = setTimeout(() => reject(new Error('timed out')), ms);",
    '// await delay(400) was here',
  ];
  for (const line of fine) assert.deepEqual(sleepsIn(line), [], line);
});
