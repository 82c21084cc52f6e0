#!/usr/bin/env node
// `npm run check:data`: the data gate alone, with no browser and no code build:
// the data pipeline (every source file checked, every problem reported at once),
// the data tests (every built file against its schema, the resolver, the title
// rules), then what the build changes against the last release (data:diff).
// Every stage runs even after a failure; the exit code says whether all passed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DATA_STEPS } from './pipeline.mjs';
import { runSteps } from '../lib/run-steps.mjs';

/** The Node tests of the data side (test/scripts/), none of which starts a browser. */
export const DATA_TESTS = [
  'data-problems',
  'resolver',
  'corrections',
  'mandates',
  'dataset',
  'data-files',
  'schema',
  'titles',
  'build-badges',
  'build-map',
  'news-partners',
  'release-data',
  'publishing-doc',
  'geography-year',
]
  .map((name) => `test/scripts/${name}.test.mjs`)
  .filter((file) => existsSync(file));

const started = performance.now();
const failed = [];
if (!runSteps('check:data', DATA_STEPS)) failed.push('data pipeline');
const run = (label, args) => {
  console.log(`\n▶ ${label}`);
  if (spawnSync(process.execPath, args, { stdio: 'inherit' }).status !== 0) failed.push(label);
};
run('data tests', ['--test', '--test-concurrency=2', '--test-reporter=dot', ...DATA_TESTS]);
run('data:diff against the last release', ['scripts/data/data-diff.mjs']);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  failed.length
    ? `\ncheck:data failed (${failed.join(', ')}) in ${seconds} s`
    : `\ncheck:data passed in ${seconds} s`,
);
process.exit(failed.length ? 1 : 0);
