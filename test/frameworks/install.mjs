// Brings test/frameworks/node_modules to what the framework tests need: the toolchains
// of package-lock.json (`npm ci`, only when the lockfile changed since the last install)
// and the packed vae-widgets (`npm pack` of the built repository, installed as a user
// installs it). Test files may run at once: a lock folder keeps one install at a time.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APPS = dirname(fileURLToPath(import.meta.url));
const ROOT = join(APPS, '..', '..');
const LOCK = join(APPS, '.install-lock');

export const run = (command, args, cwd, env = {}) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NG_CLI_ANALYTICS: 'false', ...env },
  });

/** Installs the toolchains and the package packed into `work`; returns the seconds taken. */
export async function installPackedPackage(work) {
  const started = performance.now();
  await acquireLock();
  try {
    installToolchains();
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT));
    const tarball = join(work, packed.filename);
    run(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', tarball],
      APPS,
    );
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  return (performance.now() - started) / 1000;
}

function installToolchains() {
  const lock = createHash('sha256')
    .update(readFileSync(join(APPS, 'package-lock.json')))
    .digest('hex');
  const stamp = join(APPS, 'node_modules/.vae-lock-sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) return;
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], APPS);
  writeFileSync(stamp, lock);
}

// mkdir is atomic: whoever creates the folder holds the lock. A lock older than the
// longest install is a crashed run's: it is taken over.
const STALE_MS = 10 * 60_000;
async function acquireLock() {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true });
      else await sleep(500);
    }
  }
}
