// Byte budgets: the one module the build (scripts/build-data.mjs), the bench
// (`npm run bench`) and the tests (test/scripts/budgets.test.mjs) read. Sizes
// are gzip -9, 1 KB = 1000 bytes; each entry counts with everything it imports
// statically, each file compressed on its own.
//
// `gzipLimit` is the goal and never rises. A budget not met yet carries a
// `ratchet`: the size last recorded (bytes) and when; the test fails as soon
// as the measured size exceeds it by more than RATCHET_SLACK, so a regression
// fails the day it happens. When a change makes a file smaller, record the new
// size (lower the ratchet); once the goal is met, remove the ratchet.
import { existsSync, readdirSync, statSync } from 'node:fs';

export const KB = 1000;

/** How much a budget not met yet may grow past its last recorded size (measurement noise). */
export const RATCHET_SLACK = 0.1 * KB;

/** The largest all-communes name piece of the build (the worst first answer), by raw size. */
function largestPiece(dir = 'dist/data/communes') {
  if (!existsSync(dir)) return `${dir}/n-ma.json`;
  const pieces = readdirSync(dir).filter((name) => /^n-.*\.json$/.test(name));
  const size = (name) => statSync(`${dir}/${name}`).size;
  return `${dir}/${pieces.reduce((a, b) => (size(b) > size(a) ? b : a))}`;
}

export const BUDGETS = [
  {
    name: 'badge element',
    entries: ['dist/elements/vae-city-badge.js'],
    gzipLimit: 10 * KB,
    ratchet: { gzip: 15752, recorded: '2026-12-03' },
  },
  // Issue 13/24: the builder's badge snippet fetches the badge code and its member's file.
  {
    name: 'badge page (code + one member file)',
    entries: ['dist/elements/vae-city-badge.js', 'dist/data/members/69123.json'],
    gzipLimit: 11 * KB,
    ratchet: { gzip: 16350, recorded: '2026-12-03' },
  },
  {
    name: 'search element',
    entries: ['dist/elements/vae-city-search.js'],
    gzipLimit: 20 * KB,
    ratchet: { gzip: 22763, recorded: '2026-12-03' },
  },
  {
    name: 'all-in-one bundle',
    entries: ['dist/vae-widgets.js'],
    gzipLimit: 32 * KB,
    ratchet: { gzip: 52566, recorded: '2026-12-03' },
  },
  // Issue 25: the release signature (64 random bytes in base64) puts the file 72 bytes over.
  {
    name: 'dataset vae.json',
    entries: ['dist/data/vae.json'],
    gzipLimit: 24 * KB,
    ratchet: { gzip: 24068, recorded: '2026-12-03' },
  },
  {
    name: 'map element + geometry',
    entries: ['dist/elements/vae-city-map.js', 'dist/data/map-departments.json'],
    gzipLimit: 25 * KB,
    ratchet: { gzip: 26269, recorded: '2026-12-03' },
  },
  // What all-communes fetches before the first answer, at worst: the index and the largest piece.
  {
    name: 'all-communes index + largest piece',
    entries: ['dist/data/communes/index.json', largestPiece()],
    gzipLimit: 40 * KB,
  },
];

/** A budget's verdict for a measured size: within the goal, held by its ratchet, or failed. */
export function verdict(budget, gzip) {
  if (gzip <= budget.gzipLimit) return budget.ratchet ? 'met: remove the ratchet' : 'pass';
  if (!budget.ratchet) return 'fail';
  return gzip > budget.ratchet.gzip + RATCHET_SLACK ? 'fail' : 'ratchet';
}

/** The budget named `name` (the build reads the dataset's). */
export const budget = (name) => BUDGETS.find((candidate) => candidate.name === name);
