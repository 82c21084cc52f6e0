// `npm test`: set-up check, build, type-check, lint, format check, unused code (knip), Node tests
// (build scripts), browser tests (Chromium, Firefox ESR, WebKitGTK side by side).
// Every step runs even after a failure; the lines before the last give each
// engine's counts, skips and time, the slowest test files and every failed test
// by name (a CI log's tail is often all one sees); the last line is
// `N passed, N failed` over every check and test.
//   --quick      the inner loop: type-check, lint, Node tests, Chromium only
//   STRESS=1     the browser tests with every core kept busy (finds races)
//   BROWSERS=…   the engines to run (chromium,firefox,webkit by default)
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readFileSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { engineLines } from '../test/server/count-reporter.mjs';
import { ensureEngines, wantedEngines } from './lib/engines.mjs';

const { values: options } = parseArgs({ options: { quick: { type: 'boolean' } } });
const env = { ...process.env };
if (options.quick) env.BROWSERS = 'chromium';

// Before anything else: the engines this run needs (the Node tests drive Chromium too).
// Installed when missing and we can (root with apt), else one message and a stop.
const engines = [...new Set(['chromium', ...wantedEngines(env.BROWSERS)])];
const problem = ensureEngines(engines);
if (problem) {
  console.error(`\n${problem}\n\n0 passed, 1 failed`);
  process.exit(1);
}

const counts = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
const stepSeconds = [];

function run(label, command, args, { count } = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  stepSeconds.push([label, (performance.now() - started) / 1000]);
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

/** One busy process per core for the browser tests' duration (STRESS=1). */
function busyCores() {
  if (!process.env.STRESS) return () => {};
  const cores = availableParallelism();
  console.log(`\nSTRESS: ${cores} busy processes (one per core) during the browser tests`);
  const burners = Array.from({ length: cores }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
  return () => burners.forEach((burner) => burner.kill());
}

// The data gate first: it rebuilds dist/data unsigned, and the build then writes (and signs) it all.
run('data gate', 'npm', ['run', '--silent', 'check:data']);
const built = run('build', 'npm', ['run', '--silent', 'build']);
run('type-check', 'npx', ['tsc', '-p', 'tsconfig.test.json']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
// Files and exports nothing uses (knip.json; about 2 s).
run('unused code', 'npx', ['knip']);

const nodeTap = 'coverage/node-tests.tap';
const nodeTimes = 'coverage/node-file-times.json';
const nodeFailures = 'coverage/node-failures.json';
for (const file of [nodeTap, nodeTimes, nodeFailures]) rmSync(file, { force: true });
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
    '--test-reporter=./test/server/file-times-reporter.mjs',
    `--test-reporter-destination=${nodeTimes}`,
    '--test-reporter=./test/server/failures-reporter.mjs',
    `--test-reporter-destination=${nodeFailures}`,
    'test/scripts/',
  ],
  { count: () => nodeCounts(nodeTap) },
);

const browserCounts = 'coverage/wtr-counts.json';
rmSync(browserCounts, { force: true });
if (built) {
  const stopStress = busyCores();
  try {
    run('browser tests', 'npx', ['web-test-runner', '--coverage'], {
      count: () => readJson(browserCounts),
    });
  } finally {
    stopStress();
  }
} else {
  console.log('\n▶ browser tests: skipped, the build failed');
  counts.failed += 1;
}

/** The ten test files that took longest, Node and browser alike (a browser file once per engine). */
function slowestFiles(browser, node) {
  const files = [
    ...(browser?.files ?? []),
    ...Object.entries(node ?? {}).map(([file, seconds]) => ({
      file: relative(process.cwd(), file),
      engine: 'node',
      seconds,
    })),
  ];
  return files
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, 10)
    .map(
      ({ file, engine, seconds }) => `  ${seconds.toFixed(1).padStart(6)} s  ${engine}  ${file}`,
    );
}

const browser = readJson(browserCounts);
const perEngine = engineLines(browser ?? {});
if (perEngine.length) console.log(`\n${perEngine.join('\n')}`);
const slowest = slowestFiles(browser, readJson(nodeTimes));
if (slowest.length) console.log(`\nslowest test files:\n${slowest.join('\n')}`);
// Named near the end: CI often shows only the last part of a run's output.
const nodeFailed = (readJson(nodeFailures) ?? []).map(
  ({ where, name, error }) => `  FAILED in node: ${where}: ${name}: ${error}`,
);
if (nodeFailed.length) console.log(`\nfailed Node tests:\n${nodeFailed.join('\n')}`);
const steps = stepSeconds.map(([label, seconds]) => `${label} ${Math.round(seconds)} s`);
console.log(`\nsteps: ${steps.join(' · ')}`);
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
console.log(`\n${counts.passed} passed, ${counts.failed} failed${skipped}`);
process.exit(counts.failed === 0 && failedSteps.length === 0 ? 0 : 1);
