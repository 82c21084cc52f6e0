#!/usr/bin/env node
// The code pipeline: from src/ to the library, the bundles and what is derived
// from them (integrity hashes, manifest, API docs, framework types, the
// WordPress plugin). The WordPress plugin and the snippets also read the data
// package's files and version, so `npm run build` runs the data pipeline first.
import { pathToFileURL } from 'node:url';
import { rmSync } from 'node:fs';
import { runSteps } from '../lib/run-steps.mjs';

const node = (script, ...args) => ({ command: process.execPath, args: [script, ...args] });

/** @type {import('../lib/run-steps.mjs').Step[]} */
export const CODE_STEPS = [
  {
    label: 'library (tsc)',
    command: 'npx',
    args: ['tsc', '-p', 'tsconfig.json'],
    inputs: ['src/'],
    outputs: ['dist/lib/'],
  },
  {
    label: 'bundles (rollup)',
    command: 'npx',
    args: ['rollup', '-c', 'rollup.config.mjs', '--silent'],
    inputs: ['src/'],
    outputs: ['dist/vae-widgets.js', 'dist/elements/'],
  },
  {
    // Signs the data files and writes the keys the code trusts into the built code.
    label: 'signing (data, and the keys the code trusts)',
    ...node('scripts/sign-data.mjs'),
    inputs: ['dist/data/', 'dist/vae-widgets.js', 'dist/elements/', 'data/signing-keys.json'],
    outputs: ['dist/data/ (signed)', 'dist/vae-widgets.js', 'dist/elements/'],
  },
  {
    label: 'open data (CSV, feed, PNG badges)',
    ...node('scripts/open-data/build-open-data.mjs'),
    inputs: ['dist/data/', 'data/released/changes.json'],
    outputs: ['dist/data/vae-members.csv', 'dist/data/datapackage.json', 'dist/data/changes.atom'],
  },
  {
    label: 'integrity (SRI) and snippets',
    ...node('scripts/code/build-sri.mjs'),
    inputs: ['dist/vae-widgets.js', 'dist/elements/', 'package.json', 'data/release.json'],
    outputs: ['dist/sri.json', 'dist/snippets.json'],
  },
  {
    label: 'manifest',
    command: 'npx',
    args: ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
    inputs: ['src/'],
    outputs: ['custom-elements.json'],
  },
  {
    label: 'API docs',
    ...node('scripts/code/build-api-docs.mjs'),
    inputs: ['custom-elements.json'],
    outputs: ['docs/api.md'],
  },
  {
    label: 'framework tag types',
    ...node('scripts/code/build-framework-types.mjs'),
    inputs: ['custom-elements.json'],
    outputs: ['dist/types/'],
  },
  {
    label: 'WordPress plugin',
    ...node('scripts/code/build-wordpress.mjs'),
    inputs: [
      'dist/elements/',
      'dist/sri.json',
      'dist/data/',
      'custom-elements.json',
      'wordpress/vae-widgets/',
    ],
    outputs: ['dist/wordpress/vae-widgets.zip'],
  },
  {
    // Last but one: the site carries a copy of the code, the data package and the badges.
    label: 'site',
    ...node('scripts/site/build-site.mjs'),
    inputs: [
      'dist/data/',
      'dist/vae-widgets.js',
      'dist/elements/',
      'custom-elements.json',
      'site/',
    ],
    outputs: ['dist/site/'],
  },
  {
    // After the site (and the plugin): the files the site offers for download.
    label: 'site downloads',
    ...node('scripts/site/copy-downloads.mjs'),
    inputs: ['dist/wordpress/vae-widgets.zip', 'dist/data/'],
    outputs: ['dist/site/'],
  },
];

/** The steps that sign the data and derive the open data: release:data runs them after the data pipeline. */
export const SIGNING_STEPS = CODE_STEPS.filter((step) =>
  ['scripts/sign-data.mjs', 'scripts/open-data/build-open-data.mjs'].includes(step.args[0]),
);

/** Code of an earlier build must not ship, nor be measured (stale chunks). */
export function cleanCode() {
  for (const dir of ['dist/lib', 'dist/elements']) rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  cleanCode();
  process.exit(runSteps('code', CODE_STEPS) ? 0 : 1);
}
