#!/usr/bin/env node
// What a new build would change for readers, against the last released dataset
// (data/released/vae.json): members added, removed, renamed, moved to another
// department, and titles that changed status, per mandate. Builds the data
// first (into a temporary folder), so it shows the sources as they are now.
//
// Usage: npm run data:diff [-- --json] [-- --lang fr] [-- --mandates DIR] [-- --released FILE]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { diffDatasets, diffText } from '../lib/dataset-diff.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const { values: options } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    lang: { type: 'string', default: 'en' },
    mandates: { type: 'string' },
    released: { type: 'string' },
  },
});
const arg = (name) => (options[name] ? resolve(options[name]) : null);

const releasedFile = arg('released') ?? join(ROOT, 'data/released/vae.json');
if (!existsSync(releasedFile)) {
  console.error(`data:diff: no released dataset at ${releasedFile}`);
  process.exit(1);
}
const out = mkdtempSync(join(tmpdir(), 'vae-data-diff-'));
try {
  const mandates = arg('mandates');
  // The gate is not the question here: show the diff even when it drops many.
  const build = spawnSync(
    process.execPath,
    [
      join(ROOT, 'scripts/data/build-data.mjs'),
      '--out',
      out,
      '--released',
      releasedFile,
      '--allow-drop',
      ...(mandates ? ['--mandates', mandates] : []),
    ],
    { encoding: 'utf8' },
  );
  if (build.status !== 0) {
    console.error(build.stderr.trim() || build.stdout.trim());
    process.exit(1);
  }
  const diff = diffDatasets(
    JSON.parse(readFileSync(releasedFile, 'utf8')),
    JSON.parse(readFileSync(join(out, 'vae.json'), 'utf8')),
  );
  console.log(
    options.json
      ? JSON.stringify(diff, null, 2)
      : diffText(diff, options.lang === 'fr' ? 'fr' : 'en'),
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
