// Serves the hostile datasets of test/fixtures/hostile/cases.mjs, built from
// the real dist/data/vae.json on each request:
//   /hostile/cases.json                    [{name, expect, shows, query}] for the browser test
//   /hostile/<case>/vae.json               the edited dataset
//   /hostile/<case>/<file>.json            dist/data/<file>.json (map geometry,
//                                          communes), which elements load beside the dataset
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { cases } from '../fixtures/hostile/cases.mjs';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'data');
const byName = new Map(cases.map((c) => [c.name, c]));

/** Sets `value` at a JSON pointer where `*` matches every index or key. */
export function applyPatch(target, path, value, whole) {
  const keys = path.split('/').slice(1);
  const walk = (node, depth) => {
    if (node === null || typeof node !== 'object') return;
    const key = keys[depth];
    const names = key === '*' ? Object.keys(node) : [key];
    for (const name of names) {
      const last = depth === keys.length - 1;
      // A missing last key is created (e.g. an optional `url`); a missing branch is skipped.
      if (!last && !Object.prototype.hasOwnProperty.call(node, name)) continue;
      if (last) {
        node[name] = typeof value === 'function' ? value(node[name], whole) : value;
      } else {
        walk(node[name], depth + 1);
      }
    }
  };
  walk(target, 0);
}

/** The response body of a case: the real dataset, patched or rewritten as raw text. */
export async function hostileBody(name) {
  const hostile = byName.get(name);
  if (!hostile) return undefined;
  const text = await readFile(join(dataDir, 'vae.json'), 'utf8');
  if (hostile.raw) return hostile.raw(text);
  const data = JSON.parse(text);
  for (const { path, value } of hostile.patches ?? []) applyPatch(data, path, value, data);
  return JSON.stringify(data);
}

function send(ctx, body, type = 'application/json') {
  ctx.status = 200;
  ctx.type = type;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

export async function hostileMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/hostile/')) return next();
  if (ctx.path === '/hostile/cases.json') {
    const list = cases.map(({ name, expect, shows, query }) => ({
      name,
      expect,
      shows: shows ?? [],
      query: query ?? 'agde',
    }));
    return send(ctx, JSON.stringify(list));
  }
  const match = /^\/hostile\/([\w-]+)\/([\w-]+)\.json$/.exec(ctx.path);
  if (!match) return next();
  const [, name, file] = match;
  if (file === 'vae') {
    const body = await hostileBody(name);
    return body === undefined ? next() : send(ctx, body);
  }
  if (file === 'map-departments' || file === 'communes') {
    return send(ctx, await readFile(join(dataDir, `${file}.json`), 'utf8'));
  }
  return next();
}
