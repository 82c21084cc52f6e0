// Bytes a visitor downloads: every entry with its static imports (the same
// `measure` the budget test uses), the data files, and lit alone as the floor.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { measure, checkBudget, compressedSizes } from '../../scripts/lib/bundle-size.mjs';
import * as budgets from '../budgets.mjs';

export const DATA_FILES = [
  ['dataset', 'dist/data/vae.json'],
  ['all-communes index', 'dist/data/communes/index.json'],
  ['all-communes largest piece (n-ma)', 'dist/data/communes/n-ma.json'],
  ['map geometry', 'dist/data/map-departments.json'],
];

/**
 * A module that imports lit, bundled and minified like our elements: its code.
 * `source` is the module's text (a file of its own when `undefined`: `input`).
 */
export async function bundleWithLit(input, source) {
  const virtual =
    source === undefined
      ? []
      : [
          {
            name: 'entry',
            resolveId: (id) => (id === input ? id : null),
            load: (id) => (id === input ? source : null),
          },
        ];
  const bundle = await rollup({
    input,
    plugins: [
      ...virtual,
      nodeResolve(),
      terser({ format: { comments: false }, ecma: 2020, module: true }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

/** lit's LitElement + html + css, bundled and minified like our elements. */
export async function litFloor() {
  const code = await bundleWithLit('\0lit-floor', "export { LitElement, html, css } from 'lit';");
  return compressedSizes(Buffer.from(code));
}

/** Code the search imports dynamically: each chunk alone (what it adds to the entry). */
const LAZY_CHUNKS = [
  ['search, lazy: typo scorer (fuse.js), on first focus', 'fuse-scorer-'],
  ['search, lazy: all-communes code, with the communes pieces', 'all-communes-'],
];

function lazyChunkRows() {
  const dir = 'dist/elements/chunks';
  const names = existsSync(dir) ? readdirSync(dir) : [];
  return LAZY_CHUNKS.map(([name, prefix]) => {
    const found = names.find((file) => file.startsWith(prefix) && file.endsWith('.js'));
    const file = `${dir}/${found ?? `${prefix}*.js`}`;
    return found
      ? { name, file, ...compressedSizes(readFileSync(file)), files: [file] }
      : { name, file, missing: true };
  });
}

/** Rows `{name, file, raw, gzip, brotli, missing?}` for entries and data files. */
export function entrySizes() {
  const elements = existsSync('dist/elements')
    ? readdirSync('dist/elements')
        .filter((name) => name.endsWith('.js'))
        .sort()
        .map((name) => [`element ${name.replace(/\.js$/, '')}`, `dist/elements/${name}`])
    : [];
  const rows = [...elements, ['all-in-one bundle', 'dist/vae-widgets.js'], ...DATA_FILES];
  return [
    ...rows.map(([name, file]) =>
      existsSync(file) ? { name, file, ...measure([file]) } : { name, file, missing: true },
    ),
    ...lazyChunkRows(),
  ];
}

/**
 * Each budget of bench/budgets.mjs, or `missing` with the first absent file;
 * `verdict`: pass, ratchet (not met yet, not grown) or fail.
 */
export function budgetResults() {
  return budgets.BUDGETS.map((budget) => {
    const absent = budget.entries.find((file) => !existsSync(file));
    if (absent) return { ...budget, missing: absent };
    const result = checkBudget(budget);
    return { ...result, verdict: budgets.verdict(budget, result.gzip) };
  });
}
