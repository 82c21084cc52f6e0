#!/usr/bin/env node
// Builds dist/data/vae.json and dist/data/vae.schema.json, and the per-element
// files derived from it (scripts/lib/data-files.mjs), from the sources
// under data/ (one folder per mandate in data/mandates/) and the official
// geography (@etalab/decoupage-administratif). Fails (exit 1, naming the file
// and line) on any member line it cannot resolve, on a member commune merged
// into a commune nouvelle that no correction decides on, and (release gate) on
// a result dropping more than 5 % of a mandate's released members.
//
// Usage: node scripts/build-data.mjs [--out DIR] [--mandates DIR] [--released FILE] [--allow-drop]
// (--mandates replaces data/mandates, --released data/released/vae.json; the tests use them)
// SOURCE_DATE_EPOCH (seconds) fixes meta.buildDate for reproducible builds.
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './lib/import-ts.mjs';
import { loadGeography } from './lib/geography.mjs';
import { buildDataset } from './lib/build-dataset.mjs';
import { readMandates } from './lib/mandate-sources.mjs';
import { diffDatasets, excessiveDrops } from './lib/dataset-diff.mjs';
import { mergedMembers } from './lib/geography-check.mjs';
import { compileSchema, formatErrors } from './lib/validate.mjs';
import { budget, KB } from '../bench/budgets.mjs';
import { perElementFiles, PER_ELEMENT_SCHEMAS } from './lib/data-files.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The dataset's budget, from the one budgets module (1 KB = 1000 bytes).
const GZIP_BUDGET = budget('dataset vae.json').gzipLimit;

function arg(name) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : null;
}

function buildDate() {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date().toISOString();
  if (!/^\d+$/.test(epoch))
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, got ${JSON.stringify(epoch)}`);
  return new Date(Number(epoch) * 1000).toISOString();
}

const readJson = (p) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));

async function main() {
  const process_cwd = process.cwd();
  process.chdir(ROOT); // importTs resolves its entry from the cwd
  const { datasetSchema } = await importTs('src/data/schema.ts');
  const { documentedSchema } = await importTs('src/data/schema-docs.ts');
  const fileSchemas = await importTs('src/data/schemas/index.ts');
  process.chdir(process_cwd);

  const geography = loadGeography();
  const { dataset, resolvedByMandate } = buildDataset({
    mandates: readMandates(arg('--mandates') ?? join(ROOT, 'data/mandates'), ROOT),
    programmeText: readFileSync(join(ROOT, 'data/sources/000_a1bb91902d6e3713.txt'), 'utf8'),
    partners: readJson('data/partners.json'),
    geography,
    buildDate: buildDate(),
    // The data package's version (data/release.json, bumped by `npm run release:data`).
    dataVersion: readJson('data/release.json').version,
  });

  // Compared with the last released dataset, when there is one.
  const releasedFile = arg('--released') ?? join(ROOT, 'data/released/vae.json');
  const released = existsSync(releasedFile) ? JSON.parse(readFileSync(releasedFile, 'utf8')) : null;
  const merged = mergedMembers(released, resolvedByMandate, geography);
  if (merged.length > 0) {
    throw new Error(
      `the geography ${geography.package}@${geography.version} changed under ${merged.length} member(s):\n  ${merged.join('\n  ')}`,
    );
  }
  if (released) {
    const drops = excessiveDrops(diffDatasets(released, dataset));
    if (drops.length > 0 && !process.argv.includes('--allow-drop')) {
      throw new Error(
        `release gate: ${drops.join('; ')} compared with ${relative(process_cwd, releasedFile)}. ` +
          'Check the lists (npm run data:diff shows who goes); if the drop is intended, run again with --allow-drop.',
      );
    }
    for (const d of drops) console.log(`release gate: ${d} (allowed by --allow-drop)`);
  }

  const validate = compileSchema(datasetSchema);
  if (!validate(dataset)) {
    throw new Error(
      `The dataset does not match src/data/schema.ts:\n${formatErrors(validate.errors)}`,
    );
  }

  const out = arg('--out') ?? join(ROOT, 'dist', 'data');
  const compiled = {};
  // A member who left must not keep a file of their own from an earlier build.
  rmSync(join(out, 'members'), { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const json = JSON.stringify(dataset);
  writeFileSync(join(out, 'vae.json'), json);
  writeFileSync(join(out, 'vae.schema.json'), `${JSON.stringify(documentedSchema(), null, 2)}\n`);

  // The per-element files, each checked against its own schema (src/data/schemas/index.ts).
  for (const [file, content] of perElementFiles(dataset)) {
    const schemaName = PER_ELEMENT_SCHEMAS[file.split('/')[0].replace(/\.json$/, '')];
    const check = (compiled[schemaName] ??= compileSchema(fileSchemas[schemaName]));
    if (!check(content))
      throw new Error(
        `${file} does not match src/data/schemas/index.ts (${schemaName}):\n${formatErrors(check.errors)}`,
      );
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), JSON.stringify(content));
  }
  for (const [name, schemaName] of Object.entries(PER_ELEMENT_SCHEMAS))
    writeFileSync(
      join(out, `${name}.schema.json`),
      `${JSON.stringify(fileSchemas[schemaName], null, 2)}\n`,
    );

  const gz = gzipSync(Buffer.from(json), { level: 9 }).length;
  const c = dataset.meta.counts;
  console.log(
    `vae.json: ${c.members} members (${c.communes} communes, ${c.epci} EPCI), ${c.partners} partners, ${c.news} news; ` +
      `geography ${geography.package}@${geography.version}`,
  );
  console.log(
    `wrote ${relative(process_cwd, join(out, 'vae.json')) || 'vae.json'}: ${(json.length / 1024).toFixed(1)} KB, ` +
      `${(gz / KB).toFixed(1)} KB gzip (budget ${GZIP_BUDGET / KB} KB)`,
  );
  // The published data only: a test's fixture (--mandates) may be larger.
  if (gz > GZIP_BUDGET && !arg('--mandates'))
    throw new Error(`vae.json is ${gz} bytes gzip, over the ${GZIP_BUDGET}-byte budget`);
}

main().catch((err) => {
  console.error(`build:data failed: ${err.message}`);
  process.exit(1);
});
