// The npm path, end to end: `npm pack` → `npm install <tgz>` in a temporary
// project → a page importing `vae-widgets/city-badge` renders a badge in
// Chromium, and a TypeScript consumer using the element types type-checks.
// Needs the build (dist/) and lit in the npm cache (installed offline-first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs, assertChromium } from '../../scripts/lib/chromium.mjs';
import { ROOT } from './helpers.mjs';

const work = mkdtempSync(join(tmpdir(), 'vae-pack-test-'));
const app = join(work, 'app');
const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let packed;

before(() => {
  [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT));
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  npm(['install', join(work, packed.filename), '--prefer-offline', '--no-audit', '--no-fund'], app);
});
after(() => rmSync(work, { recursive: true, force: true }));

test('the package holds the built files users need, and no sources or tests', () => {
  const paths = packed.files.map((file) => file.path);
  for (const needed of [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/vae-widgets.js',
    'dist/elements/vae-city-badge.js',
    'dist/lib/index.js',
    'dist/lib/index.d.ts',
    'dist/lib/city-badge/city-badge.define.js',
    'dist/data/vae.json',
    'dist/sri.json',
  ])
    assert.ok(paths.includes(needed), needed);
  assert.deepEqual(
    paths.filter((path) => /^(src|test|scripts|bench|data|demo)\//.test(path)),
    [],
  );
  // The e-mail PNGs (14 MB) are read from the data package on the CDN, never by the code.
  assert.deepEqual(
    paths.filter((path) => path.endsWith('.png')),
    [],
  );
});

test('the data package (npm pack dist/data) holds every file of dist/data, the open-data ones too, and nothing else', () => {
  const data = join(ROOT, 'dist', 'data');
  const [dataPack] = JSON.parse(npm(['pack', '--dry-run', '--json', data], ROOT));
  const paths = dataPack.files.map((file) => file.path).sort();
  const everyFile = (dir, prefix = '') =>
    readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? everyFile(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
    );
  assert.deepEqual(paths, everyFile(data).sort(), 'exactly the files of dist/data');
  for (const needed of [
    'vae-members.csv',
    'vae-members.schema.json',
    'datapackage.json',
    'changes.atom',
    'badges/69123.png',
    'badges/69123@2x.png',
    'badges/en/69123.png',
    'badges/en/69123@2x.png',
  ])
    assert.ok(paths.includes(needed), needed);
});

test('installing brings lit along (a real dependency, not bundled into dist/lib)', () => {
  const modules = readdirSync(join(app, 'node_modules'));
  assert.ok(modules.includes('vae-widgets') && modules.includes('lit'), modules.join(' '));
});

test('a page importing vae-widgets/city-badge renders the badge', async () => {
  writeFileSync(
    join(app, 'main.js'),
    "import 'vae-widgets/city-badge';\nimport { VaeCityBadge } from 'vae-widgets/city-badge/class';\n" +
      'window.sameClass = customElements.get("vae-city-badge") === VaeCityBadge;\n',
  );
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html lang="fr"><body>' +
      '<vae-city-badge city="69123"></vae-city-badge>' +
      '<script type="module" src="./main.js"></script></body></html>',
  );
  assertChromium();
  const server = await startDevServer({
    config: { rootDir: app, port: 0, hostname: '127.0.0.1', nodeResolve: true },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      const url = message.location()?.url ?? '';
      // Chromium asks every origin for /favicon.ico; the consumer has none.
      if (message.type() === 'error' && !url.endsWith('/favicon.ico'))
        errors.push(`${message.text()} ${url}`);
    });
    const { port } = server.server.address();
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForSelector('vae-city-badge[state="ready"]', { timeout: 20_000 });
    const text = await page.$eval('vae-city-badge', (badge) => badge.shadowRoot.textContent);
    assert.match(text, /Lyon/);
    assert.equal(await page.evaluate(() => window.sameClass), true);
    // The default data is the package's own copy, beside dist/lib: a lone badge's member file.
    const dataset = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.json')),
    );
    assert.deepEqual(dataset, ['/node_modules/vae-widgets/dist/data/members/69123.json']);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});

// A consumer's file: tag-name lookup, typed event, class import. The
// `@ts-expect-error` lines fail the check if the types were `any`.
const CONSUMER = `import 'vae-widgets/city-badge';
import 'vae-widgets/city-search';
import { VaeCityBadge } from 'vae-widgets/city-badge/class';
import type { VaeSelectEvent } from 'vae-widgets';

const badge: VaeCityBadge = document.createElement('vae-city-badge');
badge.city = '69123';
const sameType: VaeCityBadge | null = document.querySelector('vae-city-badge');
// @ts-expect-error city is a string
badge.city = 69123;

const search = document.querySelector('vae-city-search');
search?.addEventListener('vae-select', (event) => {
  const typed: VaeSelectEvent = event;
  const code: string = event.detail.entity.code;
  const status: 'member' | 'in-member-epci' | 'not-member' = event.detail.membership.status;
  // @ts-expect-error detail has no such field
  console.log(typed, code, status, sameType, event.detail.nothing);
});
export {};
`;

test('a TypeScript consumer using the element types type-checks', () => {
  writeFileSync(join(app, 'consumer.ts'), CONSUMER);
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', app], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
  }
});

test('the consumer check can fail: a wrong property type is reported', () => {
  writeFileSync(
    join(app, 'consumer.ts'),
    `import { VaeCityBadge } from 'vae-widgets/city-badge/class';\n` +
      `const badge = new VaeCityBadge();\nbadge.city = 69123;\nexport {};\n`,
  );
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  assert.throws(
    () => execFileSync(process.execPath, [tsc, '-p', app], { encoding: 'utf8', stdio: 'pipe' }),
    (error) => /TS2322/.test(error.stdout),
  );
});
