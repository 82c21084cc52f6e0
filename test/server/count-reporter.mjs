// A @web/test-runner reporter that writes how many tests passed, failed and were
// skipped, in all and per engine, with each skipped test's title (which says
// why: see test/README.md), each failed test's title and error, and each
// engine's time, so `npm test` can print one closing line for every kind of
// test it ran.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { oneLine } from './one-line.mjs';

const emptyCounts = () => ({ passed: 0, failed: 0, skipped: 0 });

function countSuite(suite, counts, named, path = []) {
  const titles = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    const title = [...titles, test.name].join(' › ');
    if (test.skipped) {
      counts.skipped += 1;
      named.skipped.push(title);
    } else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      named.failed.push(`${title}: ${oneLine(test.error?.message)}`);
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, counts, named, titles);
}

/** Engine name → [first session start, last session end] in ms, filled by timeEngine(). */
const engineTimes = new Map();
/** Session id → [start, end] in ms: how long one test file ran in one engine. */
const sessionTimes = new Map();

/** Wraps a launcher so the reporter knows how long its engine ran (first start → last stop). */
export function timeEngine(launcher) {
  const { startSession, stopSession } = launcher;
  launcher.startSession = function (...args) {
    sessionTimes.set(args[0], [Date.now(), Date.now()]);
    const name = this.name.toLowerCase();
    if (!engineTimes.has(name)) engineTimes.set(name, [Date.now(), Date.now()]);
    return startSession.apply(this, args);
  };
  launcher.stopSession = async function (...args) {
    const session = sessionTimes.get(args[0]);
    if (session) session[1] = Date.now();
    try {
      return await stopSession.apply(this, args);
    } finally {
      const times = engineTimes.get(this.name.toLowerCase());
      times[1] = Date.now();
      // The version actually run, for the record: puppeteer's browser, or the WebKit session's.
      times.version ??= /[\d.]+\w*/.exec(
        (await this.browser?.version?.()) ?? this.version ?? '',
      )?.[0];
    }
  };
  return launcher;
}

export function countReporter(outFile) {
  return {
    onTestRunFinished({ sessions }) {
      const total = { ...emptyCounts(), sessionErrors: 0 };
      const engines = {};
      const files = [];
      for (const session of sessions) {
        const name = session.browser.name.toLowerCase();
        const times = sessionTimes.get(session.id);
        if (times) {
          const file = relative(process.cwd(), session.testFile);
          files.push({ file, engine: name, seconds: (times[1] - times[0]) / 1000 });
        }
        const counts = (engines[name] ??= { ...emptyCounts(), skippedTests: [], failedTests: [] });
        const named = { skipped: [], failed: [] };
        if (session.testResults) countSuite(session.testResults, counts, named);
        const file = relative(process.cwd(), session.testFile);
        counts.skippedTests.push(...named.skipped.map((title) => `${file}: ${title}`));
        counts.failedTests.push(...named.failed.map((title) => `${file}: ${title}`));
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          counts.failed += 1;
          total.sessionErrors += 1;
          counts.failedTests.push(`${file}: ${oneLine(session.errors[0]?.message)}`);
        }
      }
      for (const [name, counts] of Object.entries(engines)) {
        for (const key of Object.keys(emptyCounts())) total[key] += counts[key];
        const times = engineTimes.get(name);
        if (times) {
          counts.seconds = Math.round((times[1] - times[0]) / 1000);
          counts.version = times.version;
        }
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify({ ...total, engines, files }, null, 1));
    },
  };
}

/** A skipped test's title cut after its tag, so a skipped suite reads as one line. */
const taggedPart = (title) => {
  const end = title.indexOf(' only: ');
  return end < 0 ? title : title.slice(0, title.indexOf(']', end) + 1);
};

/**
 * The lines printed before the closing total: one with every engine's counts
 * and time, then what each engine skipped (a tagged suite as one line, with how
 * many tests it holds). None of them has the form "N passed, N failed", which CI
 * reads from the closing line only.
 */
export function engineLines(counts) {
  const engines = Object.entries(counts.engines ?? {});
  if (!engines.length) return [];
  const summary = engines.map(([name, engine]) => {
    const version = engine.version ? ` ${engine.version}` : '';
    const time = engine.seconds === undefined ? '' : ` in ${engine.seconds} s`;
    return `${name}${version} ${engine.passed}/${engine.failed}/${engine.skipped}${time}`;
  });
  const lines = [`browser tests per engine (passed/failed/skipped): ${summary.join(' · ')}`];
  for (const [name, engine] of engines) {
    const groups = new Map();
    for (const title of engine.skippedTests) {
      const key = taggedPart(title);
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    for (const [title, n] of groups) {
      lines.push(`  skipped in ${name}: ${title}${n > 1 ? ` (${n} tests)` : ''}`);
    }
  }
  // Failures last, nearest the closing line, so a tail of the log still names them.
  for (const [name, engine] of engines) {
    for (const title of engine.failedTests ?? []) lines.push(`  FAILED in ${name}: ${title}`);
  }
  return lines;
}
