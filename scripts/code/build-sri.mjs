// Subresource Integrity for the script-tag files, and ready-made snippets with
// pinned-version URLs (the embed builder, the site's guides and docs/usage.md use them):
//   dist/sri.json       {version, cdnBase, integrity: {file: "sha384-…"},
//                        imports: {entry: [every chunk]}, preloads: {entry: [static chunks]}}
//   dist/snippets.json  {version, cdnBase, dataCdnBase, scripts: {file: "<script type=importmap>
//                        <link…><script…>"}, cspHashes: {file: "'sha256-…'"}}
// `dataCdnBase` is the data package's major range (vae-widgets-data@1): the code
// reads it from the CDN by default, and the static badges live there.
// A per-element file imports shared chunks. Its snippet starts with an import map whose
// `integrity` lists every chunk the file may import, statically or lazily: that binds the
// imports themselves, in the three engines (a `modulepreload`'s integrity binds only the
// preload, and only Chromium checks it, so an import that wins the race ran unchecked
// code). The static chunks are also preloaded, so they download in parallel with the file.
// Usage: node scripts/code/build-sri.mjs [--dist=dist]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** The one CDN address of a release's dist/ folder (documented in docs/usage.md). */
export const cdnBase = (version = pkg.version) =>
  `https://cdn.jsdelivr.net/npm/vae-widgets@${version}/dist/`;

const release = JSON.parse(
  readFileSync(new URL('../../data/release.json', import.meta.url), 'utf8'),
);

/** The data package's range on the CDN for the schema major this code reads. */
export const dataCdnBase = (version = release.version) =>
  `https://cdn.jsdelivr.net/npm/vae-widgets-data@${version.split('.')[0]}/`;

/** `sha384-<base64>` of a file's bytes, as browsers compute it. */
export const integrityOf = (bytes) =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The script files a host may load: the all-in-one, each element, their chunks (dist-relative). */
export function scriptFiles(dist) {
  const list = (dir) =>
    readdirSync(posix.join(dist, dir))
      .filter((name) => name.endsWith('.js'))
      .sort()
      .map((name) => posix.join(dir, name));
  return ['vae-widgets.js', ...list('elements'), ...list('elements/chunks')];
}

// Rollup's minified ES output: `import{…}from"./x.js"` and bare `import"./x.js"` (static),
// and the lazy `import("./x.js")` (the signature fallback, the schemas, fuse.js…).
const IMPORT = /(?:\bfrom|\bimport)\s*(\()?\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * Every chunk `file` imports, directly or not (dist-relative): with `lazy`, static and
 * lazy imports (what the import map must cover); without, the static ones only (what
 * runs before the element can start: what the snippet preloads).
 */
export function chunkImports(dist, file, { lazy = true } = {}, seen = new Set([file])) {
  const code = readFileSync(posix.join(dist, file), 'utf8');
  for (const [, dynamic, specifier] of code.matchAll(IMPORT)) {
    if (dynamic && !lazy) continue;
    const target = posix.normalize(posix.join(posix.dirname(file), specifier));
    if (seen.has(target)) continue;
    seen.add(target);
    chunkImports(dist, target, { lazy }, seen);
  }
  // A lazy chunk may import back from the entry itself: that is the script tag, not a chunk.
  return [...seen].filter((path) => path !== file);
}

const attrs = (url, integrity) => `href="${url}" integrity="${integrity}" crossorigin="anonymous"`;

/** The import map binding each chunk `file` may import to its hash ('' when it imports none). */
export function importMap(sri, file, base = sri.cdnBase) {
  const chunks = sri.imports[file] ?? [];
  if (chunks.length === 0) return '';
  const integrity = Object.fromEntries(chunks.map((chunk) => [base + chunk, sri.integrity[chunk]]));
  return `<script type="importmap">${JSON.stringify({ integrity })}</script>`;
}

/** The `'sha256-…'` a host's `script-src` lists to allow an inline import map under a strict CSP. */
export const cspHashOf = (importMapTag) =>
  `'sha256-${createHash('sha256')
    .update(importMapTag.replace(/^<script type="importmap">|<\/script>$/g, ''))
    .digest('base64')}'`;

/** The HTML that loads `file` from `base` with integrity on every script it runs. */
export function scriptSnippet(sri, file, base = sri.cdnBase) {
  const preloads = (sri.preloads[file] ?? []).map(
    (chunk) => `<link rel="modulepreload" ${attrs(base + chunk, sri.integrity[chunk])} />`,
  );
  const script =
    `<script type="module" src="${base + file}" integrity="${sri.integrity[file]}"` +
    ` crossorigin="anonymous"></script>`;
  return [importMap(sri, file, base), ...preloads, script].filter(Boolean).join('\n');
}

/** Computes sri.json's content from the built files. */
export function computeSri(dist, version = pkg.version) {
  const files = scriptFiles(dist);
  const integrity = Object.fromEntries(
    files.map((file) => [file, integrityOf(readFileSync(posix.join(dist, file)))]),
  );
  const entries = files.filter((file) => !file.includes('/chunks/'));
  const chunksOf = (options) =>
    Object.fromEntries(entries.map((file) => [file, chunkImports(dist, file, options)]));
  const imports = chunksOf({ lazy: true });
  const preloads = chunksOf({ lazy: false });
  return { version, cdnBase: cdnBase(version), integrity, imports, preloads };
}

function main() {
  const { dist } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } }).values;
  const sri = computeSri(dist);
  const entries = Object.keys(sri.imports);
  const snippets = {
    version: sri.version,
    cdnBase: sri.cdnBase,
    dataCdnBase: dataCdnBase(),
    scripts: Object.fromEntries(entries.map((file) => [file, scriptSnippet(sri, file)])),
    // For a host whose CSP forbids inline scripts: the hash that allows each import map.
    cspHashes: Object.fromEntries(
      entries
        .filter((file) => importMap(sri, file))
        .map((file) => [file, cspHashOf(importMap(sri, file))]),
    ),
  };
  writeFileSync(posix.join(dist, 'sri.json'), `${JSON.stringify(sri, null, 2)}\n`);
  writeFileSync(posix.join(dist, 'snippets.json'), `${JSON.stringify(snippets, null, 2)}\n`);
  console.log(`build-sri: ${Object.keys(sri.integrity).length} files hashed (sha384)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
