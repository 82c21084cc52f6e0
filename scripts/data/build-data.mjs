#!/usr/bin/env node
// Builds dist/data/vae.json and dist/data/vae.schema.json, and the per-element
// files derived from it (scripts/lib/data-files.mjs), from the sources
// under data/ (one folder per mandate in data/mandates/) and the official
// geography (@etalab/decoupage-administratif). Fails (exit 1, naming the file
// and line) on any member line it cannot resolve, on a member commune merged
// into a commune nouvelle that no correction decides on, and (release gate) on
// a result dropping more than 5 % of a mandate's released members.
//
// Usage: node scripts/data/build-data.mjs [--out DIR] [--mandates DIR] [--released FILE] [--site URL] [--allow-drop]
// (--mandates replaces data/mandates, --released data/released/vae.json, --site the
// address in data/site.json; the tests use them)
// SOURCE_DATE_EPOCH (seconds) fixes meta.buildDate for reproducible builds.
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importTs } from '../lib/import-ts.mjs';
import { loadGeography } from '../lib/geography.mjs';
import { buildDataset } from '../lib/build-dataset.mjs';
import { readMandates } from '../lib/mandate-sources.mjs';
import { diffDatasets, excessiveDrops } from '../lib/dataset-diff.mjs';
import { mergedMembers } from '../lib/geography-check.mjs';
import { DataProblems, problemsReport } from '../lib/data-problems.mjs';
import { readNews, readPartners } from '../lib/news-partners-sources.mjs';
import { compileSchema, formatErrors } from '../lib/validate.mjs';
import { perElementFiles, PER_ELEMENT_SCHEMAS } from '../lib/data-files.mjs';
import { budget, KB } from '../../bench/budgets.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// The dataset's budget, from the one budgets module (1 KB = 1000 bytes).
const GZIP_BUDGET = budget('dataset vae.json').gzipLimit;

const { values: options } = parseArgs({
  options: {
    out: { type: 'string' },
    mandates: { type: 'string' },
    released: { type: 'string' },
    site: { type: 'string' },
    'allow-drop': { type: 'boolean', default: false },
  },
});
const arg = (name) => (options[name] ? resolve(options[name]) : null);

/**
 * The network site's address, `meta.site` (the badge's link to the member's
 * page): `--site URL`, else data/site.json's `url`, else none (the programme page).
 */
function siteUrl() {
  const file = join(ROOT, 'data/site.json');
  const [url, from] =
    options.site !== undefined
      ? [options.site, '--site']
      : [
          existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).url : undefined,
          'data/site.json',
        ];
  if (url != null && !/^https:\/\/[^\s]+\/$/.test(url))
    throw new Error(
      `${from}: the site address must be an https URL ending in "/" (e.g. "https://example.org/reseau/"), got ${JSON.stringify(url)}`,
    );
  return url ?? undefined;
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
  // Every problem of every source file is gathered, then reported at once.
  const problems = [];
  const notes = [];
  const mandates = readMandates(arg('mandates') ?? join(ROOT, 'data/mandates'), ROOT, {
    problems,
    notes,
  });
  const { dataset, resolvedByMandate } = buildDataset({
    mandates,
    problems,
    news: readNews(join(ROOT, 'data/news'), ROOT, (p) => problems.push(p)),
    partners: readPartners(join(ROOT, 'data/partners.json'), ROOT, (p) => problems.push(p)),
    geography,
    buildDate: buildDate(),
    // The data package's version (data/release.json, bumped by `npm run release:data`).
    dataVersion: readJson('data/release.json').version,
    site: siteUrl(),
  });

  // Compared with the last released dataset, when there is one.
  const releasedFile = arg('released') ?? join(ROOT, 'data/released/vae.json');
  const released = existsSync(releasedFile) ? JSON.parse(readFileSync(releasedFile, 'utf8')) : null;
  problems.push(...mergedMembers(released, resolvedByMandate, geography));
  if (problems.length > 0) throw new DataProblems(problems, notes);
  if (notes.length > 0) console.log(problemsReport([], notes));
  if (released) {
    const drops = excessiveDrops(diffDatasets(released, dataset));
    if (drops.length > 0 && !options['allow-drop']) {
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

  const out = arg('out') ?? join(ROOT, 'dist', 'data');
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
  // Said, not refused: a data officer adding a news item must not be stopped by
  // bytes. The budget (and its ratchet) is asserted by test/scripts/budgets.test.mjs.
  if (gz > GZIP_BUDGET)
    console.warn(
      `vae.json: budget not met, ${gz - GZIP_BUDGET} bytes over (see bench/budgets.mjs)`,
    );
}

main().catch((err) => {
  console.error(`build:data failed: ${err.message}`);
  process.exit(1);
});
