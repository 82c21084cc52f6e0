// The real HTTP faults a dataset URL can meet, served by the test runner's own
// server (a real local HTTP server, not a mock inside the page):
//   /faults/404, /faults/500           an HTTP error status
//   /faults/slow?ms=N[&file=…]         the real dataset after N ms
//   /faults/not-json                   200 with an HTML body
//   /faults/truncated                  the real dataset cut in half
//   /faults/wrong-shape                valid JSON that is not a dataset
//   /faults/future-version             the real dataset with schemaVersion 999
//   /faults/mutate?case=NAME           a hostile/edited dataset from test/fixtures/datasets/NAME.json
//   /faults/count/<key>/<file>         a built data file (vae.json, members.json, …), counting requests per key
//   /faults/requests/<key>             {count, referer[], cookie[]} of the requests <key> received
//   /faults/in/<fault>/<key>/<file>    a data folder whose every file has <fault> (FOLDER_FAULTS
//                                      below), applied to the built dist/data/<file>
//   /faults/only/<fault>/<target>/<key>/<file>
//                                      a data folder where only <target>'s files have <fault>
//                                      (TARGETS: the map geometry, the communes index, the
//                                      communes pieces), every other file as built
//   /data/<file>                       the built data files (the default URLs of source modules)
// A refused connection needs no route: tests use http://127.0.0.1:9/ (nothing listens).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const datasetPath = join(root, 'dist', 'data', 'vae.json');
const fixturesDir = join(root, 'test', 'fixtures', 'datasets');
const requestCounts = new Map();

async function realDataset() {
  return readFile(datasetPath, 'utf8');
}

function send(ctx, status, body, type = 'application/json') {
  ctx.status = status;
  ctx.type = type;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

const routes = {
  async 404(ctx) {
    send(ctx, 404, 'Not found', 'text/plain');
  },
  async 500(ctx) {
    send(ctx, 500, 'Internal Server Error', 'text/plain');
  },
  async slow(ctx) {
    const ms = Math.min(Number(ctx.query.ms ?? 2000), 60_000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    send(ctx, 200, await realDataset());
  },
  async 'not-json'(ctx) {
    send(ctx, 200, '<!doctype html><title>Oops</title><p>Not JSON', 'text/html');
  },
  async truncated(ctx) {
    const text = await realDataset();
    send(ctx, 200, text.slice(0, Math.floor(text.length / 2)));
  },
  async 'wrong-shape'(ctx) {
    send(ctx, 200, JSON.stringify({ hello: 'world', members: 'none' }));
  },
  async 'future-version'(ctx) {
    const data = JSON.parse(await realDataset());
    data.schemaVersion = 999;
    send(ctx, 200, JSON.stringify(data));
  },
  async mutate(ctx) {
    const name = String(ctx.query.case ?? '');
    if (!/^[a-z0-9-]+$/.test(name)) return send(ctx, 400, 'bad case', 'text/plain');
    send(ctx, 200, await readFile(join(fixturesDir, `${name}.json`), 'utf8'));
  },
};

/** What a faulty data folder does to each file asked of it (the built file, `text`). */
const FOLDER_FAULTS = {
  404: () => [404, 'Not found', 'text/plain'],
  500: () => [500, 'Internal Server Error', 'text/plain'],
  slow: async (text) => (await new Promise((resolve) => setTimeout(resolve, 1500)), [200, text]),
  truncated: (text) => [200, text.slice(0, Math.floor(text.length / 2))],
  'not-json': () => [200, '<!doctype html><title>Oops</title><p>Not JSON', 'text/html'],
  'wrong-shape': () => [200, JSON.stringify({ hello: 'world', members: 'none' })],
  'future-version': (text) => [200, JSON.stringify({ ...JSON.parse(text), schemaVersion: 999 })],
  // Every file as built but the map geometry: a data folder whose base map is missing.
  'no-map': (text, file) =>
    file === 'map-departments.json' ? [404, 'Not found', 'text/plain'] : [200, text],
  // A later minor release: optional fields this code does not know, at every level.
  'newer-minor': (text) => [200, JSON.stringify(withUnknownFields(JSON.parse(text)))],
};

function withUnknownFields(value) {
  if (Array.isArray(value)) return value.map(withUnknownFields);
  if (!value || typeof value !== 'object') return value;
  const copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withUnknownFields(v)]));
  return { ...copy, addedInMinor: { note: 'an optional field of a later minor release' } };
}

/** The files a `/faults/only/` fault applies to. */
const TARGETS = {
  map: (file) => file === 'map-departments.json',
  'communes-index': (file) => file === 'communes/index.json',
  'communes-pieces': (file) => file.startsWith('communes/') && file !== 'communes/index.json',
};

async function folderFault(ctx, fault, file, applies = () => true) {
  const text = await readFile(join(root, 'dist', 'data', file), 'utf8').catch(() => undefined);
  if (text === undefined) return send(ctx, 404, 'Not found', 'text/plain');
  const [status, body, type] = applies(file) ? await FOLDER_FAULTS[fault](text, file) : [200, text];
  return send(ctx, status, body, type);
}

/** Koa-style middleware for @web/test-runner and @web/dev-server. */
export async function faultsMiddleware(ctx, next) {
  const path = ctx.path;
  // Source modules resolve their data files beside the code to /data/<file>
  // (src/data/code-location.ts): serve the built ones there, as dist/ would.
  const dataFile = /^\/data\/([\w-]+\/)?[\w-]+\.json$/.exec(path);
  if (dataFile) {
    const body = await readFile(join(root, 'dist', path), 'utf8').catch(() => undefined);
    return body === undefined ? send(ctx, 404, 'Not found', 'text/plain') : send(ctx, 200, body);
  }
  if (!path.startsWith('/faults/')) return next();
  const rest = path.slice('/faults/'.length);
  const counted = /^count\/([\w-]+)\/((?:[\w-]+\/)?[\w-]+\.json)$/.exec(rest);
  if (counted) {
    const seen = requestCounts.get(counted[1]) ?? { count: 0, referer: [], cookie: [] };
    seen.count += 1;
    if (ctx.get('referer')) seen.referer.push(ctx.get('referer'));
    if (ctx.get('cookie')) seen.cookie.push(ctx.get('cookie'));
    requestCounts.set(counted[1], seen);
    const body = await readFile(join(root, 'dist', 'data', counted[2]), 'utf8').catch(() => null);
    return body === null ? send(ctx, 404, 'Not found', 'text/plain') : send(ctx, 200, body);
  }
  const inFolder = /^in\/([\w-]+)\/[\w-]+\/((?:[\w-]+\/)?[\w-]+\.json)$/.exec(rest);
  if (inFolder && FOLDER_FAULTS[inFolder[1]]) return folderFault(ctx, inFolder[1], inFolder[2]);
  const only = /^only\/([\w-]+)\/([\w-]+)\/[\w-]+\/((?:[\w-]+\/)?[\w-]+\.json)$/.exec(rest);
  if (only && FOLDER_FAULTS[only[1]] && TARGETS[only[2]]) {
    return folderFault(ctx, only[1], only[3], TARGETS[only[2]]);
  }
  const asked = /^requests\/([\w-]+)$/.exec(rest);
  if (asked) {
    const seen = requestCounts.get(asked[1]) ?? { count: 0, referer: [], cookie: [] };
    return send(ctx, 200, JSON.stringify(seen));
  }
  const route = routes[rest];
  if (!route) return next();
  return route(ctx);
}
