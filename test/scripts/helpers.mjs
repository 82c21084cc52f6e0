// Shared helpers for the data tests: run the real build into a temp dir.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs `node scripts/data/build-data.mjs --out <tmp>`; returns the outputs and a cleanup function. */
export function runBuild() {
  const out = mkdtempSync(join(tmpdir(), 'vae-data-test-'));
  const res = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/data/build-data.mjs'), '--out', out],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
    },
  );
  if (res.status !== 0)
    throw new Error(`build-data failed (${res.status}):\n${res.stdout}\n${res.stderr}`);
  return {
    stdout: res.stdout,
    dataset: JSON.parse(readFileSync(join(out, 'vae.json'), 'utf8')),
    schema: JSON.parse(readFileSync(join(out, 'vae.schema.json'), 'utf8')),
    raw: readFileSync(join(out, 'vae.json')),
    out,
    cleanup: () => rmSync(out, { recursive: true, force: true }),
  };
}

export const readRepoJson = (p) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
export const readRepoText = (p) => readFileSync(join(ROOT, p), 'utf8');
