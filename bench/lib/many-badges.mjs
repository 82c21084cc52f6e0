// Section 3 of the bench: 500 badges on one page against 500 static badge
// images and 500 bare LitElements (lit's floor), interleaved in one Chromium.
// Used by bench/run.mjs, and on its own by `node bench/many-badges.mjs`.
import { existsSync, readFileSync } from 'node:fs';
import { interleave } from './browser.mjs';
import { summary, ms, mb, table } from './stats.mjs';

export const HEADING = '## 3. Many badges (500 on one page, no throttling)';
const BADGE = 'dist/elements/vae-city-badge.js';
const COUNT = 500;
/** The issue's goal for the longest main-thread task (a `longtask` entry starts at 50 ms). */
export const LONGEST_TASK_GOAL = 50;

/**
 * Runs both pages `runs` times; returns `{markdown, figures}`. Each run reads
 * back from the page every `longtask` entry (the longest, and how many), the
 * time until every badge rendered, and the JS heap after a forced GC.
 */
export async function manyBadgesSection(browser, origin, { runs, log = () => {} }) {
  if (!existsSync(BADGE)) return { markdown: `${HEADING}\n\nnot measured: ${BADGE} missing` };
  const members = JSON.parse(readFileSync('dist/data/vae.json', 'utf8')).members;
  const codes = Array.from({ length: COUNT }, (_, index) => members[index % members.length].code);
  const init = { fn: (list) => (window.benchCodes = list), arg: codes };
  const extra = async (page, cdp) => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
    const { longest, longTasks, errors, ready } = await page.evaluate(() => ({
      longest: window.benchLongestTask,
      longTasks: window.benchLongTasks,
      errors: window.benchErrors ?? 0,
      ready: document.querySelectorAll('[state="ready"]').length,
    }));
    return { heap, longest, longTasks, errors, ready };
  };
  let key = 0;
  const keys = [];
  const results = await interleave(
    browser,
    [
      {
        name: 'element',
        url: () => {
          keys.push(`bench-many-${process.pid}-${(key += 1)}`);
          return `${origin}/bench/pages/many-badges.html?key=${keys.at(-1)}`;
        },
        options: { init, extra },
      },
      {
        name: 'static',
        url: () => `${origin}/bench/pages/many-static.html`,
        options: { init, extra },
      },
      // lit's floor: the same 500 elements as a bare LitElement (no data, no styles).
      {
        name: 'lit',
        url: () => `${origin}/bench/pages/many-lit.html`,
        options: { init, extra },
      },
    ],
    runs,
    (round) => round % 5 === 4 && log(`many badges: ${round + 1}/${runs}`),
  );
  const counts = await Promise.all(
    keys.map(
      async (name) => (await (await fetch(`${origin}/faults/requests/${name}`)).json()).count,
    ),
  );
  const distinct = [...new Set(counts)].join(', ');
  const errors = results.element.reduce((sum, result) => sum + result.errors, 0);
  const notReady = results.element.filter((result) => result.ready !== COUNT).length;
  const task = (value) => (value > 0 ? ms(value) : 'none ≥ 50 ms');
  const row = (label, list) => {
    const time = summary(list.map((result) => result.time));
    const longest = summary(list.map((result) => result.longest));
    const longTasks = summary(list.map((result) => result.longTasks));
    const heap = summary(list.map((result) => result.heap));
    return [
      label,
      ms(time.median),
      ms(time.p95),
      task(longest.median),
      task(longest.p95),
      `${longTasks.median} (p95 ${longTasks.p95})`,
      mb(heap.median),
      String(time.runs),
    ];
  };
  const longest = summary(results.element.map((result) => result.longest));
  const litLongest = summary(results.lit.map((result) => result.longest));
  const verdict = (value) =>
    value <= LONGEST_TASK_GOAL ? 'met' : `**not met**, by ${ms(value - LONGEST_TASK_GOAL)}`;
  const figures = {
    requests: distinct,
    median: summary(results.element.map((result) => result.time)).median,
    longestTaskMedian: longest.median,
    longestTaskP95: longest.p95,
  };
  const markdown = [
    HEADING,
    `${codes.length} badges of ${new Set(codes).size} different members (the dataset has ${members.length}); time from navigation start until every badge has rendered (\`vae-load\` from each + two frames); longest main-thread task and number of tasks ≥ 50 ms, from a \`PerformanceObserver\` of \`longtask\` entries registered before any script (entries start at 50 ms: "none ≥ 50 ms" is 0); JS heap used after a forced garbage collection (CDP \`Performance.getMetrics\`). This section alone: \`node bench/many-badges.mjs\` (rewrites only this section).`,
    `Dataset requests per page load: **${distinct}** (goal 1)${errors ? `; ${errors} badges reported an error` : ''}${notReady ? `; ${notReady} runs ended with fewer than ${COUNT} badges \`ready\`` : ''}.`,
    `Longest task of the badge page (goal ≤ ${LONGEST_TASK_GOAL} ms): **${task(longest.median)}** at the median (${verdict(longest.median)}), ${task(longest.p95)} at p95 (${verdict(longest.p95)}). lit's floor in the same runs (500 bare LitElements of one property, no data, upgraded by one \`customElements.define\` as the badges are: \`bench/pages/many-lit.html\`): ${task(litLongest.median)} at the median, ${task(litLongest.p95)} at p95. Where the badge's long task goes: \`node bench/tools/trace-many-badges.mjs\` (its \`customElements.define\`, which upgrades the 500 parsed badges at once).`,
    table(
      [
        'page',
        'all rendered, median',
        'p95',
        'longest task, median',
        'longest task, p95',
        'tasks ≥ 50 ms, median',
        'JS heap, median',
        'runs',
      ],
      [
        row(`${COUNT} \`<vae-city-badge>\``, results.element),
        row(`${COUNT} static \`<img>\` badges (reference)`, results.static),
        row(`${COUNT} bare LitElements, one property, no data (lit's floor)`, results.lit),
      ],
    ),
  ].join('\n\n');
  return { markdown, figures };
}
