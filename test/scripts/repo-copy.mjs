// Copies of the repository in a temporary folder, for the tests that run the
// data scripts (the data build, check:data, release:data) on files they may
// change without touching this checkout. Each returns the folder; the test
// removes it.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { ROOT } from './helpers.mjs';

/** What the data scripts need of the repository: the data, the scripts, the source they import, the budgets, the manifest. */
export const DATA_SCRIPT_PARTS = ['data', 'scripts', 'src', 'bench/budgets.mjs', 'package.json'];

/** A folder `vae-<name>-…` with `parts` of the repository copied and its node_modules linked. */
export function copyRepo(name, parts = DATA_SCRIPT_PARTS) {
  const repo = mkdtempSync(join(tmpdir(), `vae-${name}-`));
  for (const part of parts) cpSync(join(ROOT, part), join(repo, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'));
  return repo;
}

/** A copy of data/mandates in a folder `vae-<name>-…`, to edit. */
export function copyMandates(name) {
  const dir = mkdtempSync(join(tmpdir(), `vae-${name}-`));
  const mandates = join(dir, 'mandates');
  cpSync(join(ROOT, 'data/mandates'), mandates, { recursive: true });
  return { dir, mandates, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * What `release:data --no-build --root` reads, in a folder `vae-<name>-…`: the last
 * release (`released`, at data `version`), a `changelog`, and this build's data
 * package (dist/data, less what `filter` refuses).
 */
export function releaseCopy(name, { released, version = '1.0.0', changelog, filter }) {
  const root = mkdtempSync(join(tmpdir(), `vae-${name}-`));
  mkdirSync(join(root, 'data', 'released'), { recursive: true });
  writeFileSync(
    join(root, 'data', 'release.json'),
    JSON.stringify({ package: 'vae-widgets-data', version }),
  );
  writeFileSync(join(root, 'data', 'released', 'vae.json'), JSON.stringify(released));
  writeFileSync(join(root, 'CHANGELOG.md'), changelog);
  cpSync(join(ROOT, 'dist', 'data'), join(root, 'dist', 'data'), { recursive: true, filter });
  return root;
}

/** Runs release:data on a release copy, asserts it succeeded; its output, new version and a reader of its files. */
export function releaseData(root, ...extra) {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/data/release-data.mjs'), '--no-build', '--root', root, ...extra],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  const read = (file) => readFileSync(join(root, file), 'utf8');
  return { stdout: run.stdout, version: JSON.parse(read('data/release.json')).version, read };
}
