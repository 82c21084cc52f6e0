// The dataset files served for test/hardening/privacy.test.ts, recording what
// each request carried (so a test can prove no cookie or referrer was sent):
//   /privacy/<key>/<file>.json   dist/data/<file>.json (vae, map-departments, communes/<piece>),
//                                with CORS so a second origin (127.0.0.1 vs localhost) may read it
//   /privacy/log/<key>           [{path, cookie, referer, origin}] of the requests <key> received
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'data');
const FILES = /^(vae|map-departments|communes\/[a-z0-9-]+)$/;
const logs = new Map();

function send(ctx, body) {
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.body = body;
}

export async function privacyMiddleware(ctx, next) {
  const logged = /^\/privacy\/log\/([\w-]+)$/.exec(ctx.path);
  if (logged) return send(ctx, JSON.stringify(logs.get(logged[1]) ?? []));
  const match = /^\/privacy\/([\w-]+)\/([\w/-]+)\.json$/.exec(ctx.path);
  if (!match || !FILES.test(match[2])) return next();
  const [, key, file] = match;
  if (!logs.has(key)) logs.set(key, []);
  logs.get(key).push({
    path: ctx.path,
    cookie: ctx.get('cookie'),
    referer: ctx.get('referer'),
    origin: ctx.get('origin'),
  });
  return send(ctx, await readFile(join(dataDir, `${file}.json`), 'utf8'));
}
