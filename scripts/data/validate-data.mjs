#!/usr/bin/env node
// Checks every JSON file of the built data package (dist/data/) as the browser
// will: the full dataset, the per-element files and the map geometry against
// their JSON Schemas (ajv, as the build), the all-communes pieces with the
// search's own validator (src/data/schemas/communes-schema.ts), the shields.io
// files for their fields.
// A step of `npm run check:data`, after the whole data pipeline has run.
// Usage: node scripts/data/validate-data.mjs [--dir dist/data]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { importTs } from '../lib/import-ts.mjs';
import { compileSchema, formatErrors } from '../lib/validate.mjs';
import { PER_ELEMENT_SCHEMAS } from '../lib/data-files.mjs';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist/data' } } });
const dir = values.dir;
const { datasetSchema } = await importTs('src/data/schema.ts');
const fileSchemas = await importTs('src/data/schemas/index.ts');
const { validate } = await importTs('src/data/validate.ts');
const { geometrySchema } = await importTs('src/data/schemas/geometry-schema.ts');
const { communesIndexSchema, communesPieceSchema } = await importTs(
  'src/data/schemas/communes-schema.ts',
);

const everyFile = (prefix = '') =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? everyFile(`${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );

const compiled = new Map();
const ajvCheck = (schema) => {
  if (!compiled.has(schema)) compiled.set(schema, compileSchema(schema));
  const check = compiled.get(schema);
  return (data) => (check(data) ? null : formatErrors(check.errors));
};
const ownCheck = (schema) => (data) => {
  const violation = validate(schema, data);
  return violation && `${violation.path || '/'} ${violation.reason}`;
};
const shieldsCheck = (data) =>
  data.schemaVersion === 1 &&
  ['label', 'message', 'color'].every((k) => typeof data[k] === 'string')
    ? null
    : 'not a shields.io endpoint (schemaVersion 1, label, message, color)';

/** Which check a file takes, by its path in the package (null: not a data file to check). */
function checkFor(file) {
  if (file === 'vae.json') return ajvCheck(datasetSchema);
  if (file === 'map-departments.json') return ajvCheck(geometrySchema);
  if (file === 'communes/index.json') return ownCheck(communesIndexSchema);
  if (file.startsWith('communes/')) return ownCheck(communesPieceSchema);
  if (file.startsWith('badges/')) return file.endsWith('.json') ? shieldsCheck : null;
  const schemaName = PER_ELEMENT_SCHEMAS[file.split('/')[0].replace(/\.json$/, '')];
  if (schemaName && !file.endsWith('.schema.json')) return ajvCheck(fileSchemas[schemaName]);
  return null;
}

const problems = [];
let checked = 0;
for (const file of everyFile()) {
  if (!file.endsWith('.json')) continue;
  let data;
  try {
    data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    problems.push(`${file}: not valid JSON (${error.message})`);
    continue;
  }
  const check = checkFor(file);
  if (!check) continue;
  checked += 1;
  const problem = check(data);
  if (problem) problems.push(`${file}: ${problem}`);
}
const shown = relative(process.cwd(), dir) || dir;
if (problems.length) {
  console.error(
    `validate-data: ${problems.length} file(s) of ${shown} fail their schema:\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`validate-data: ${checked} JSON files of ${shown} match their schemas`);
