// `node bench/tools/trace-many-badges.mjs`: one Chromium trace of the bench's 500-badge page
// (bench/pages/many-badges.html), read back as where the main thread's time goes: the longest
// tasks, and the time by kind of work (script evaluation, our functions, style, layout, paint).
// Issue 24 asks where the time goes, not only whether a task reaches 50 ms.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { startServer } from '../lib/server.mjs';
import { launchBrowser } from '../lib/browser.mjs';

const COUNT = 500;
const KINDS = {
  EvaluateScript: 'evaluate a script (define included)',
  'v8.compileModule': 'compile a module',
  'v8.evaluateModule': 'evaluate a module (define included)',
  FunctionCall: 'call back into JS (events, microtasks, constructors, render)',
  RunMicrotasks: 'microtasks (lit updates, data promises)',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  Paint: 'paint',
  ParseHTML: 'parse HTML',
};

const members = JSON.parse(readFileSync('dist/data/vae.json', 'utf8')).members;
const codes = Array.from({ length: COUNT }, (_, index) => members[index % members.length].code);
const server = await startServer();
const browser = await launchBrowser();
const page = await browser.newPage();
await page.evaluateOnNewDocument((list) => (window.benchCodes = list), codes);
const file = join(os.tmpdir(), `vae-trace-${process.pid}.json`);
await page.tracing.start({
  path: file,
  categories: ['toplevel', 'devtools.timeline', 'v8.execute'],
});
await page.goto(`${server.origin}/bench/pages/many-badges.html?key=trace-${process.pid}`);
await page.evaluate(() => window.benchDone);
await page.tracing.stop();
await browser.close();
await server.stop();

const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents;
rmSync(file);
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
const tasks = onMain
  .filter((e) => /(^|::)RunTask$/.test(e.name))
  .filter((e, _, all) => !all.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur))
  .sort((a, b) => b.dur - a.dur);
// An event of a kind counts once: not again when nested in another of the same kind.
const outermost = (list) =>
  list.filter((e) => !list.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur));
const within = (task) => (e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur;
const ms = (us) => `${(us / 1000).toFixed(1)} ms`;
const total = tasks.reduce((sum, e) => sum + e.dur, 0);
console.log(
  `${COUNT} badges: ${tasks.length} tasks on the main thread (${ms(total)}); the five longest:`,
);
for (const task of tasks.slice(0, 5)) {
  const parts = Object.keys(KINDS)
    .map((name) => [name, onMain.filter((e) => e.name === name && within(task)(e))])
    .map(([name, list]) => [name, outermost(list).reduce((sum, e) => sum + e.dur, 0)])
    .filter(([, dur]) => dur > task.dur * 0.05)
    .map(([name, dur]) => `${name} ${ms(dur)}`);
  console.log(`  ${ms(task.dur)}: ${parts.join(', ')}`);
}
console.log('time by kind of work, whole load:');
for (const [name, label] of Object.entries(KINDS)) {
  const dur = outermost(onMain.filter((e) => e.name === name)).reduce((sum, e) => sum + e.dur, 0);
  console.log(`  ${ms(dur).padStart(9)}  ${name}: ${label}`);
}
