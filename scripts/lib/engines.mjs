// The browser engines the tests run in, where each one's programs are, and which
// Debian package brings them: one list for `npm test`'s set-up check, `.ci/run`
// and the launchers. Plain Node (no npm import), so `.ci/run` can run it before `npm ci`:
//   node scripts/lib/engines.mjs   checks BROWSERS' engines, installs what is missing (root with apt)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** A program a test needs: its path (overridable by `env`) and the package that installs it. */
function program(env, fallback, debianPackage) {
  return { env, path: process.env[env] ?? fallback, overridden: env in process.env, debianPackage };
}

/** A program run by name, found on PATH (Xvfb and xauth). */
function onPath(name, debianPackage) {
  return { path: name, onPath: true, debianPackage };
}

const isThere = (needed) =>
  needed.onPath
    ? spawnSync('sh', ['-c', `command -v ${needed.path}`]).status === 0
    : existsSync(needed.path);

/** What each engine needs. Chromium also drives the Node tests (builder, WordPress, frameworks). */
export function enginePrograms() {
  return {
    chromium: [program('CHROMIUM_PATH', '/usr/bin/chromium', 'chromium')],
    firefox: [program('FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr')],
    webkit: [
      program('WEBKIT_DRIVER_PATH', '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'),
      program(
        'MINIBROWSER_PATH',
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        'libwebkit2gtk-4.1-0',
      ),
      onPath('Xvfb', 'xvfb'),
      onPath('xauth', 'xauth'),
    ],
  };
}

export const ENGINES = Object.keys(enginePrograms());

/** The engines `BROWSERS` names (all three by default); throws on an unknown name. */
export function wantedEngines(browsers = process.env.BROWSERS) {
  const wanted = (browsers || ENGINES.join(',')).split(',').map((name) => name.trim());
  for (const name of wanted) {
    if (!ENGINES.includes(name))
      throw new Error(`BROWSERS: unknown engine "${name}" (${ENGINES.join(', ')})`);
  }
  return wanted;
}

/** The programs missing for `engines`, each with its engine. */
export function missingPrograms(engines) {
  const all = enginePrograms();
  return engines.flatMap((engine) =>
    all[engine].filter((needed) => !isThere(needed)).map((needed) => ({ engine, ...needed })),
  );
}

const canInstall = () =>
  process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;

/** The one sentence a reader needs when an engine is missing and we cannot install it. */
export function missingMessage(missing) {
  const packages = [...new Set(missing.map((item) => item.debianPackage))];
  const lines = missing.map(
    (item) =>
      `  ${item.engine}: ${item.path} not found` +
      (item.env ? ` (${item.overridden ? 'set by' : 'change it with'} ${item.env})` : ''),
  );
  const engines = [...new Set(missing.map((item) => item.engine))];
  // Chromium also drives the Node tests: without it, fewer engines would not help.
  const others = ENGINES.filter((engine) => !engines.includes(engine));
  const fewer = engines.includes('chromium')
    ? ''
    : `, or run fewer engines: BROWSERS=${others.join(',')} npm test`;
  return [
    `The tests cannot start: ${engines.join(', ')} missing.`,
    ...lines,
    `Install: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
    `or point the *_PATH variables above at your own builds${fewer}.`,
  ].join('\n');
}

/**
 * Makes sure `engines` can run: nothing to do, or (root with apt, default paths)
 * installs the missing packages as `.ci/run` does and says so. Returns the
 * message to stop with when it cannot (a path set by hand, no root, a failed install).
 */
export function ensureEngines(engines, log = console.log) {
  let missing = missingPrograms(engines);
  if (!missing.length) return undefined;
  // A path set by hand is the reader's choice: installing a package would not put a program there.
  if (missing.some((item) => item.overridden) || !canInstall()) return missingMessage(missing);
  const packages = [...new Set(missing.map((item) => item.debianPackage))];
  log(`Installing from Debian (the tests run in the real browsers): ${packages.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...packages]]) {
    const step = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (step.status !== 0) return `apt-get ${args[0]} failed.\n${missingMessage(missing)}`;
  }
  missing = missingPrograms(engines);
  return missing.length ? missingMessage(missing) : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problem = ensureEngines(wantedEngines());
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
