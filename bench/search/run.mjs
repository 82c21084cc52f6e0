// `node bench/search/run.mjs [runs]` (after `npm run build:data` and
// `node scripts/build-communes.mjs`): measures the search in Debian Chromium and
// writes docs/benchmarks/search.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { CHROMIUM_PATH, chromiumArgs } from '../../scripts/lib/chromium.mjs';

const runs = Number(process.argv[2] ?? 20);
mkdirSync('bench/search/.build', { recursive: true });
await build({
  entryPoints: ['bench/search/bench.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  outfile: 'bench/search/.build/bench.js',
  logLevel: 'error',
});
writeFileSync(
  'bench/search/.build/index.html',
  '<!doctype html><meta charset="utf-8"><script type="module" src="./bench.js"></script>',
);
const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/bench/search/.build/index.html`);
  await page.waitForFunction('window.runBench');
  const r = await page.evaluate((n) => window.runBench(n), runs);
  const version = await browser.version();
  const ms = (v) => v.toFixed(3);
  const pct = (v) => `${((100 * v) / r.recall.n).toFixed(1)} %`;
  const md = `## Search (\`<vae-city-search>\`)

Command: \`node bench/search/run.mjs ${runs}\` — ${version}, ${new Date().toISOString().slice(0, 10)}.
${r.runs} runs of ${10} queries typed letter by letter (each prefix is one keystroke); plain
fuse.js over all communes: ${r.fuseRuns} runs (it is slow). Fuse reference: \`new Fuse(names, { keys: ['name'], ignoreDiacritics: true })\`.

| Per keystroke | median (ms) | p95 (ms) | keystrokes | target |
| --- | ---: | ---: | ---: | --- |
| ours, members (${'300 + EPCI communes'}) | ${ms(r.latency.members.median)} | ${ms(r.latency.members.p95)} | ${r.latency.members.n} | p95 ≤ 2 ms |
| ours, all communes | ${ms(r.latency.all.median)} | ${ms(r.latency.all.p95)} | ${r.latency.all.n} | p95 ≤ 16 ms |
| plain fuse.js, members | ${ms(r.latency.fuseMembers.median)} | ${ms(r.latency.fuseMembers.p95)} | ${r.latency.fuseMembers.n} | reference |
| plain fuse.js, all communes | ${ms(r.latency.fuseAll.median)} | ${ms(r.latency.fuseAll.p95)} | ${r.latency.fuseAll.n} | reference |

\`performance.now()\` is coarsened to 0.1 ms in a page that is not cross-origin isolated: medians of 0.000–0.100 ms mean "below the timer's resolution".

Index build: members ${r.build.members.toFixed(1)} ms, all communes ${r.build.all.toFixed(1)} ms (once, on first use), plain fuse.js (both) ${r.build.fuseBoth.toFixed(1)} ms.

Recall on \`bench/search/recall-queries.json\` (${r.recall.n} queries: no accents, "st", one letter dropped or two swapped; expected INSEE codes from the geography, see \`bench/search/make-recall-queries.mjs\`), all communes:

| | top-1 | top-5 |
| --- | ---: | ---: |
| ours | ${pct(r.recall.ours.top1)} | ${pct(r.recall.ours.top5)} |
| plain fuse.js | ${pct(r.recall.fuse.top1)} | ${pct(r.recall.fuse.top5)} |
`;
  mkdirSync('docs/benchmarks', { recursive: true });
  writeFileSync('docs/benchmarks/search.md', md);
  console.log(md);
} finally {
  await browser.close();
  await server.stop();
}
