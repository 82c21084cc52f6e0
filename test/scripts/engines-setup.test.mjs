// `npm test` on a machine without the browsers: it installs them (root with apt)
// or stops at once with one message, never one failure per test file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { missingPrograms, wantedEngines } from '../../scripts/lib/engines.mjs';

// Both tests are about the default engines: `npm run test:quick` runs them with BROWSERS=chromium.
const { BROWSERS: chosen, ...defaultEnv } = process.env;

test('npm test stops within 10 s with one message when an engine is set to a missing path', () => {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/test.mjs'], {
    encoding: 'utf8',
    env: { ...defaultEnv, CHROMIUM_PATH: '/nowhere/chromium', WEBKIT_DRIVER_PATH: '/nowhere/wd' },
  });
  const seconds = (performance.now() - started) / 1000;
  assert.equal(result.status, 1);
  assert.ok(seconds < 10, `took ${seconds.toFixed(1)} s`);
  const output = result.stdout + result.stderr;
  assert.match(output, /\/nowhere\/chromium not found \(set by CHROMIUM_PATH\)/);
  assert.match(output, /\/nowhere\/wd not found \(set by WEBKIT_DRIVER_PATH\)/);
  assert.match(output, /apt-get install -y chromium webkit2gtk-driver/);
  // One message and the closing count: no build, no test file was started.
  assert.doesNotMatch(output, /▶/);
  assert.equal(output.match(/cannot start/g)?.length, 1);
  assert.match(output.trim().split('\n').at(-1), /^0 passed, 1 failed$/);
});

test('BROWSERS=chromium needs only Chromium', () => {
  process.env.WEBKIT_DRIVER_PATH = '/nowhere/wd';
  process.env.FIREFOX_PATH = '/nowhere/firefox';
  delete process.env.BROWSERS;
  try {
    assert.deepEqual(wantedEngines('chromium'), ['chromium']);
    assert.deepEqual(missingPrograms(wantedEngines('chromium')), []);
    const missing = missingPrograms(wantedEngines()).map((item) => item.env);
    assert.deepEqual(missing, ['FIREFOX_PATH', 'WEBKIT_DRIVER_PATH']);
  } finally {
    delete process.env.WEBKIT_DRIVER_PATH;
    delete process.env.FIREFOX_PATH;
    if (chosen !== undefined) process.env.BROWSERS = chosen;
  }
});

test('an unknown engine name is refused', () => {
  assert.throws(() => wantedEngines('chromium,safari'), /unknown engine "safari"/);
});
