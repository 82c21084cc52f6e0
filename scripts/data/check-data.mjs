#!/usr/bin/env node
// `npm run check:data`: the data gate alone, with no browser and no code build.
//   1. the data pipeline (scripts/data/pipeline.mjs): every source file read,
//      every problem of every file reported at once;
//   2. every JSON file of dist/data/ against its schema (validate-data.mjs);
//   3. the title rules' tests (test/scripts/titles.test.mjs), on the built data;
//   4. what the build changes against the last release (data:diff).
// Every stage runs even after a failure; the exit code says whether all passed.
// `--allow-drop`: a mandate may lose over 5 % of its members (intended).
// The code's own tests (the resolver, the pipeline) are `npm test`'s.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { DATA_STEPS, allowingDrop } from './pipeline.mjs';
import { runSteps } from '../lib/run-steps.mjs';

const { values: options } = parseArgs({
  options: { 'allow-drop': { type: 'boolean', default: false } },
});
const steps = options['allow-drop'] ? allowingDrop(DATA_STEPS) : DATA_STEPS;
const started = performance.now();
const failed = [];
const run = (label, args) => {
  console.log(`\n▶ ${label}`);
  if (spawnSync(process.execPath, args, { stdio: 'inherit' }).status !== 0) failed.push(label);
};
console.log('▶ data pipeline');
if (runSteps('check:data', steps)) {
  run('every file against its schema', ['scripts/data/validate-data.mjs']);
  run('title rules', ['--test', '--test-reporter=dot', 'test/scripts/titles.test.mjs']);
} else failed.push('data pipeline');
run('data:diff against the last release', ['scripts/data/data-diff.mjs', '--lang', 'fr']);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  failed.length
    ? `\ncheck:data failed (${failed.join(', ')}) in ${seconds} s`
    : `\ncheck:data passed in ${seconds} s`,
);
process.exit(failed.length ? 1 : 0);
