// `npm test`: build, type-check, lint, format check, Node tests (build scripts),
// browser tests (Chromium, Firefox ESR, WebKitGTK side by side). Every step runs
// even after a failure; the lines before the last give each engine's counts and
// skips, the last line is `N passed, N failed` over every check and test.
import { spawnSync } from 'node:child_process';
import { engineLines } from '../test/server/count-reporter.mjs';
import { readFileSync, rmSync, existsSync, mkdirSync } from 'node:fs';

const counts = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(label, command, args, { count } = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (count) {
    const found = count();
    if (found) {
      counts.passed += found.passed;
      counts.failed += found.failed;
      counts.skipped += found.skipped ?? 0;
      if (!ok && found.failed === 0) counts.failed += 1; // the runner failed outside any test
    } else {
      counts.failed += 1;
    }
  } else {
    counts[ok ? 'passed' : 'failed'] += 1; // a whole step counts as one check
  }
  if (!ok) failedSteps.push(label);
  return ok;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

function nodeCounts(file) {
  if (!existsSync(file)) return undefined;
  const tap = readFileSync(file, 'utf8');
  const number = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  return {
    passed: number('pass'),
    failed: number('fail') + number('cancelled'),
    skipped: number('skipped') + number('todo'),
  };
}

const built = run('build', 'npm', ['run', '--silent', 'build']);
run('data gate', 'npm', ['run', '--silent', 'check:data']);
run('type-check', 'npx', ['tsc', '-p', 'tsconfig.test.json']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);

const nodeTap = 'coverage/node-tests.tap';
rmSync(nodeTap, { force: true });
// A clean clone has no coverage/ yet, and node cannot open a reporter file in a missing folder.
mkdirSync('coverage', { recursive: true });
run(
  'node tests',
  'node',
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${nodeTap}`,
    'test/scripts/',
  ],
  { count: () => nodeCounts(nodeTap) },
);

const browserCounts = 'coverage/wtr-counts.json';
rmSync(browserCounts, { force: true });
if (built) {
  run('browser tests', 'npx', ['web-test-runner', '--coverage'], {
    count: () => readJson(browserCounts),
  });
} else {
  console.log('\n▶ browser tests: skipped, the build failed');
  counts.failed += 1;
}

const perEngine = engineLines(readJson(browserCounts) ?? {});
if (perEngine.length) console.log(`\n${perEngine.join('\n')}`);
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
console.log(`\n${counts.passed} passed, ${counts.failed} failed${skipped}`);
process.exit(counts.failed === 0 && failedSteps.length === 0 ? 0 : 1);
