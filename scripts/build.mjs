// `npm run build`: every step in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

// Code of an earlier build must not ship, nor be measured (stale chunks).
for (const dir of ['dist/lib', 'dist/elements']) rmSync(dir, { recursive: true, force: true });

const steps = [
  ['dataset', 'node', ['scripts/build-data.mjs']],
  ['all-communes file', 'node', ['scripts/build-communes.mjs']],
  ['map geometry', 'node', ['scripts/build-map.mjs']],
  ['library (tsc)', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['bundles (rollup)', 'npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']],
  ['static badges', 'node', ['scripts/build-badges.mjs']],
  ['data package', 'node', ['scripts/build-data-package.mjs']],
  ['signing (data, and the keys the code trusts)', 'node', ['scripts/sign-data.mjs']],
  ['open data (CSV, feed, PNG badges)', 'node', ['scripts/open-data/build-open-data.mjs']],
  ['integrity (SRI) and snippets', 'node', ['scripts/build-sri.mjs']],
  [
    'manifest',
    'npx',
    ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
  ],
  ['API docs', 'node', ['scripts/build-api-docs.mjs']],
  ['framework tag types', 'node', ['scripts/build-framework-types.mjs']],
  ['WordPress plugin', 'node', ['scripts/build-wordpress.mjs']],
  // After the site (and the plugin): the files the site offers for download.
  ['site downloads', 'node', ['scripts/site/copy-downloads.mjs']],
];

for (const [label, command, args] of steps) {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} done in ${Math.round(performance.now() - started)} ms`);
}
