// `node bench/tools/trace-many-badges.mjs [runs] [--lit]`: where the time of the 500
// badges page's long tasks goes. Each run loads bench/pages/many-badges.html
// (as section 3 of the bench does, no throttling) under a Chromium trace, and
// for every main-thread task of 50 ms or more adds up its direct parts by kind
// (style, layout, script, microtasks, parsing, GC…), with the script's
// function where the trace names one, and times `customElements.define`
// (which upgrades the 500 parsed badges in one go) and its constructors. A tool to look with, not a figure of
// the report: the report's longest task comes from the page's own `longtask`
// observer, without the tracer's overhead.
import { readFileSync } from 'node:fs';
import { startServer } from '../lib/server.mjs';
import { launchBrowser } from '../lib/browser.mjs';

const args = process.argv.slice(2);
/** `--lit`: the same 500 elements as a bare LitElement (bench/pages/many-lit.html), lit's floor. */
const LIT = args.includes('--lit');
const RUNS = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 5);
const PAGE = LIT ? 'many-lit.html' : 'many-badges.html';
const LONG_MS = 50;

const members = JSON.parse(readFileSync('dist/data/vae.json', 'utf8')).members;
const codes = Array.from({ length: 500 }, (_, index) => members[index % members.length].code);

/**
 * Runs in the page before its scripts: lists the codes, and times
 * `customElements.define`, which upgrades every badge already parsed at once
 * (constructors, attribute callbacks, the first time slice of connections).
 */
function timeDefine(list) {
  window.benchCodes = list;
  const define = customElements.define.bind(customElements);
  customElements.define = (name, element, options) => {
    const spent = { constructors: 0, upgraded: 0 };
    class Timed extends element {
      constructor() {
        const start = performance.now();
        super();
        spent.constructors += performance.now() - start;
        spent.upgraded += 1;
      }
    }
    const start = performance.now();
    define(name, Timed, options);
    window.benchDefine = { ms: performance.now() - start, ...spent };
  };
}

const where = ({ functionName, url, lineNumber }) =>
  `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*\/(dist|node_modules)\//, '')}:${lineNumber + 1}` : ''}`.trim();

const server = await startServer();
const browser = await launchBrowser();
const byPart = new Map();
const byScript = new Map();
const longest = [];
const eachTask = [];
const defines = [];
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
// Light categories: v8's own ('v8') slows module evaluation tenfold under the tracer.
const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute'];
/** A main-thread task: `RunTask`, or `ThreadControllerImpl::RunTask` under `toplevel`. */
const IS_TASK = /(^|::)RunTask$/;
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.evaluateOnNewDocument(timeDefine, codes);
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(`${server.origin}/bench/pages/${PAGE}?key=trace-${process.pid}-${run}`);
    await page.waitForFunction('window.benchDone !== undefined');
    await page.evaluate(() => window.benchDone);
    const { traceEvents } = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    const observed = await page.evaluate(() => window.benchLongestTask);
    defines.push(await page.evaluate(() => window.benchDefine));
    await context.close();

    // The page's main thread: the renderer main thread with the most task time.
    const mains = new Set(
      traceEvents
        .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain')
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const onMain = new Map();
    for (const e of traceEvents) {
      const thread = `${e.pid}:${e.tid}`;
      if (e.ph === 'X' && mains.has(thread))
        (onMain.get(thread) ?? onMain.set(thread, []).get(thread)).push(e);
    }
    const taskTime = (list) =>
      list.filter((e) => IS_TASK.test(e.name)).reduce((a, e) => a + e.dur, 0);
    const events = [...onMain.values()]
      .sort((a, b) => taskTime(b) - taskTime(a))[0]
      .sort((a, b) => a.ts - b.ts);
    const tasks = events.filter((e) => IS_TASK.test(e.name) && e.dur >= LONG_MS * 1000);
    longest.push({
      observed,
      traced: Math.max(0, ...tasks.map((t) => t.dur / 1000)),
      long: tasks.length,
    });
    for (const task of tasks) {
      let childEnd = task.ts;
      let covered = 0;
      const parts = new Map();
      for (const e of events) {
        if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur || e.ts < childEnd)
          continue;
        childEnd = e.ts + e.dur;
        covered += e.dur;
        add(byPart, e.name, e.dur / 1000);
        add(parts, e.name, e.dur / 1000);
        const data = e.args?.data ?? {};
        const script = data.functionName || data.url;
        if (script)
          add(
            byScript,
            `${e.name}: ${where({ functionName: data.functionName, url: data.url, lineNumber: data.lineNumber ?? 0 })}`,
            e.dur / 1000,
          );
      }
      add(byPart, '(the task itself, outside any traced part)', (task.dur - covered) / 1000);
      const biggest = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 3);
      eachTask.push(
        `  run ${run + 1}, at ${((task.ts - events[0].ts) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(0)} ms = ${biggest.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

const total = [...byPart.values()].reduce((a, b) => a + b, 0);
const top = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([name, ms]) =>
        `  ${(ms / RUNS).toFixed(1).padStart(7)} ms/run  ${((100 * ms) / total).toFixed(0).padStart(3)} %  ${name}`,
    )
    .join('\n');
console.log(
  `runs: ${RUNS}; per run: longest task (observer, traced) / tasks ≥ ${LONG_MS} ms (traced)`,
);
for (const run of longest)
  console.log(`  ${run.observed.toFixed(0)} ms, ${run.traced.toFixed(0)} ms / ${run.long}`);
console.log(
  `\ncustomElements.define (ms, with the constructors of the badges it upgraded):\n${defines
    .map(
      (d) =>
        `  ${d.ms.toFixed(0)} ms, constructors ${d.constructors.toFixed(0)} ms (${d.upgraded})`,
    )
    .join('\n')}`,
);
console.log(`\neach task ≥ ${LONG_MS} ms, its three largest parts (ms):\n${eachTask.join('\n')}`);
console.log(`\nin tasks ≥ ${LONG_MS} ms, by part:\n${top(byPart, 16)}`);
console.log(`\nscripts among those parts:\n${top(byScript, 12)}`);
process.exit(0);
