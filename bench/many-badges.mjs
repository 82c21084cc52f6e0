// `node bench/many-badges.mjs`: section 3 of `npm run bench` alone (500 badges
// on one page), written into docs/benchmarks.md in place of the last one; the
// rest of the report and bench/history.json are left as they are.
import { readFileSync, writeFileSync } from 'node:fs';
import { startServer } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { manyBadgesSection, HEADING } from './lib/many-badges.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const REPORT = 'docs/benchmarks.md';

const server = await startServer();
const browser = await launchBrowser();
let markdown;
try {
  const version = await browser.version();
  console.log(`bench: many badges, ${server.origin}, ${version}, ${RUNS} runs`);
  ({ markdown } = await manyBadgesSection(browser, server.origin, {
    runs: RUNS,
    log: (message) => console.log(`bench: ${message}`),
  }));
  markdown += `\n\nMeasured on its own on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC (${version}).`;
} finally {
  await browser.close();
  await server.stop();
}
console.log(markdown);
const report = readFileSync(REPORT, 'utf8');
// The section runs from its heading to the next `## ` heading.
const start = report.indexOf('## 3. Many badges');
const end = report.indexOf('\n## ', start + 1);
if (start < 0 || end < 0) throw new Error(`${REPORT}: no section "${HEADING}" to replace`);
writeFileSync(REPORT, `${report.slice(0, start)}${markdown}\n${report.slice(end)}`);
console.log(`bench: wrote section 3 of ${REPORT}`);
// Lingering keep-alive sockets would keep Node up.
process.exit(0);
