// A throwaway WordPress site on loopback, from Debian's packages: MariaDB with its own
// data folder and socket (no TCP port), and PHP's built-in server on an ephemeral port.
// Debian's /usr/share/wordpress/wp-config.php reads /etc/wordpress/config-<host>.php; to
// leave /etc alone, the site gets its own document root: copies of WordPress's entry
// files (PHP resolves symlinks in __DIR__, so a symlinked entry file would load
// Debian's config), its own wp-config.php, and symlinks to wp-includes and the themes.
import { spawn, spawnSync, execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORDPRESS = '/usr/share/wordpress';
const SITE_PHP = fileURLToPath(new URL('site.php', import.meta.url));
const asRoot = process.getuid?.() === 0;
const run = promisify(execFile);

/** Why the site cannot run here (a missing package), or null. */
export function missingPackages() {
  const missing = [];
  if (!existsSync(join(WORDPRESS, 'wp-load.php'))) missing.push('wordpress');
  for (const [bin, pkg] of [
    ['mariadbd', 'mariadb-server'],
    ['mariadb-install-db', 'mariadb-server'],
    ['php', 'php-cli'],
  ])
    if (spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0) missing.push(pkg);
  if (
    !missing.includes('php-cli') &&
    !/mysqli/.test(execFileSync('php', ['-m'], { encoding: 'utf8' }))
  )
    missing.push('php-mysql');
  return missing.length ? [...new Set(missing)].join(', ') : null;
}

/** Resolves with the first match of `pattern` in a child's output, or rejects on exit/timeout. */
function waitForOutput(child, stream, pattern, ms) {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for ${pattern}: ${text}`)),
      ms,
    );
    child[stream].on('data', (chunk) => {
      text += chunk;
      const match = text.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited (${code}) before ${pattern}: ${text}`)));
  });
}

/** Stops a server started in its own process group (PHP's workers are its children). */
const stopped = (child) =>
  new Promise((resolve) => {
    const kill = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // The group is gone already.
      }
    };
    if (child.exitCode === null && child.signalCode === null) child.once('exit', resolve);
    else resolve();
    kill('SIGTERM');
    setTimeout(() => kill('SIGKILL'), 10_000).unref();
  });

async function startDatabase(dir) {
  const datadir = join(dir, 'db');
  const socket = join(dir, 'db.sock');
  const user = asRoot ? ['--user=root'] : [];
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...user,
    ],
    { stdio: 'pipe' },
  );
  const server = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      '--skip-networking',
      `--pid-file=${join(dir, 'db.pid')}`,
      '--innodb-buffer-pool-size=32M',
      '--skip-log-bin',
      ...user,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  await waitForOutput(server, 'stderr', /ready for connections/, 60_000);
  execFileSync('mariadb', [
    '--no-defaults',
    `--socket=${socket}`,
    '-uroot',
    '-e',
    'CREATE DATABASE wordpress',
  ]);
  return { server, socket };
}

function makeDocroot(dir) {
  const docroot = join(dir, 'www');
  mkdirSync(docroot);
  for (const name of readdirSync(WORDPRESS))
    if (name.endsWith('.php') && name !== 'wp-config.php')
      cpSync(join(WORDPRESS, name), join(docroot, name));
  cpSync(join(WORDPRESS, 'wp-admin'), join(docroot, 'wp-admin'), { recursive: true });
  symlinkSync(join(WORDPRESS, 'wp-includes'), join(docroot, 'wp-includes'));
  mkdirSync(join(docroot, 'wp-content', 'plugins'), { recursive: true });
  symlinkSync(join(WORDPRESS, 'wp-content', 'themes'), join(docroot, 'wp-content', 'themes'));
  // PHP's server answers 404 for a missing file (WordPress would answer under Apache):
  // the browser's own favicon request would read as an error of the page.
  writeFileSync(join(docroot, 'favicon.ico'), '');
  // The machine has no network: WordPress's own update checks would only log warnings.
  mkdirSync(join(docroot, 'wp-content', 'mu-plugins'));
  writeFileSync(
    join(docroot, 'wp-content', 'mu-plugins', 'offline.php'),
    [
      '<?php',
      "foreach ( array( '_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes' ) as $check ) {",
      "\tremove_action( 'admin_init', $check );",
      '}',
      "remove_action( 'admin_init', '_wp_check_for_scheduled_update_checks' );",
      '',
    ].join('\n'),
  );
  return docroot;
}

function writeConfig({ docroot, socket, url, debugLog }) {
  const key = () => randomBytes(32).toString('hex');
  const php = (value) => `'${String(value).replace(/[\\']/g, '\\$&')}'`;
  const constants = {
    DB_NAME: 'wordpress',
    DB_USER: 'root',
    DB_PASSWORD: '',
    DB_HOST: `localhost:${socket}`,
    DB_CHARSET: 'utf8mb4',
    DB_COLLATE: '',
    WP_HOME: url,
    WP_SITEURL: url,
    WP_CONTENT_DIR: join(docroot, 'wp-content'),
    WP_CONTENT_URL: `${url}/wp-content`,
    ...Object.fromEntries(
      ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((k) => [
        [`${k}_KEY`, key()],
        [`${k}_SALT`, key()],
      ]),
    ),
    WP_DEBUG_LOG: debugLog,
    // Application passwords (the REST API as the Author) need https or a local site.
    WP_ENVIRONMENT_TYPE: 'local',
    FS_METHOD: 'direct',
    // WordPress offers only the languages whose core pack is installed, and this machine
    // cannot download one: the configuration's language (still read by get_locale()) is
    // the one the site may be switched to with update_option('WPLANG', 'fr_FR'). The site
    // is installed in English (the option is ''); the plugin's own French comes with it.
    WPLANG: 'fr_FR',
  };
  const flags = {
    WP_DEBUG: true,
    WP_DEBUG_DISPLAY: true,
    DISABLE_WP_CRON: true,
    AUTOMATIC_UPDATER_DISABLED: true,
    // The server makes no request outside the machine either (update checks, feeds).
    WP_HTTP_BLOCK_EXTERNAL: true,
  };
  const lines = [
    '<?php',
    '// Written by test/wordpress/site.mjs for one test run.',
    ...Object.entries(constants).map(([name, value]) => `define( '${name}', ${php(value)} );`),
    ...Object.entries(flags).map(([name, value]) => `define( '${name}', ${value} );`),
    "$table_prefix = 'wp_';",
    "if ( ! defined( 'ABSPATH' ) ) {",
    "\tdefine( 'ABSPATH', __DIR__ . '/' );",
    '}',
    "require_once ABSPATH . 'wp-settings.php';",
    '',
  ];
  writeFileSync(join(docroot, 'wp-config.php'), lines.join('\n'));
}

/**
 * Starts the database and the web server, writes the configuration, installs WordPress.
 * Returns the site; call `stop()` in every case (it stops both servers and deletes the folder).
 */
export async function startSite() {
  const dir = mkdtempSync(join(tmpdir(), 'vae-wp-'));
  const children = [];
  // Servers run in their own process groups: end them even if this process dies first.
  const killAll = () => children.forEach((child) => stopped(child));
  process.once('exit', killAll);
  const stop = async () => {
    process.off('exit', killAll);
    await Promise.all(children.map(stopped));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const database = await startDatabase(dir);
    children.push(database.server);
    const docroot = makeDocroot(dir);
    const web = spawn('php', ['-S', '127.0.0.1:0', '-t', docroot], {
      cwd: docroot,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(web);
    const [, url] = await waitForOutput(
      web,
      'stderr',
      /\((http:\/\/127\.0\.0\.1:\d+)\) started/,
      20_000,
    );
    const debugLog = join(dir, 'debug.log');
    writeConfig({ docroot, socket: database.socket, url, debugLog });
    /** Runs one command of site.php inside WordPress; returns its JSON answer. */
    const wp = (command, args = {}) => {
      const out = execFileSync('php', [SITE_PHP, docroot, command, JSON.stringify(args)], {
        encoding: 'utf8',
      });
      try {
        return JSON.parse(out);
      } catch {
        throw new Error(`site.php ${command} printed more than its answer:\n${out}`);
      }
    };
    /** `wp`, without blocking this process (for a command that calls back a server of the test). */
    const wpAsync = async (command, args = {}) => {
      const { stdout } = await run('php', [SITE_PHP, docroot, command, JSON.stringify(args)], {
        encoding: 'utf8',
      });
      return JSON.parse(stdout);
    };
    const site = { url, docroot, debugLog, wp, wpAsync, stop };
    site.admin = wp('install', { password: randomBytes(12).toString('hex') });
    return site;
  } catch (error) {
    await stop();
    throw error;
  }
}
