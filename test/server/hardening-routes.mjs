// Routes for test/hardening/: datasets that keep the base map beside them, so
// that <vae-city-map> can reach `ready` from a slow or oddly served dataset.
//   /hardening/<key>/slow-<ms>/vae.json   the real dataset after <ms> ms (<key> keeps URLs unique)
//   /hardening/<key>/slow-<ms>-404/vae.json  a 404 after <ms> ms
//   /hardening/<key>/html/vae.json        the real dataset served as text/html
//   /hardening/<key>/ok/vae.json          the real dataset, as is
//   /hardening/**/map-departments.json    the real base map (dist/data/map-departments.json)
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'data');

function send(ctx, body, type) {
  ctx.status = 200;
  ctx.type = type;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

export async function hardeningMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/hardening/')) return next();
  if (ctx.path.endsWith('/map-departments.json')) {
    return send(
      ctx,
      await readFile(join(dataDir, 'map-departments.json'), 'utf8'),
      'application/json',
    );
  }
  const match = /^\/hardening\/[\w-]+\/(slow-(\d+)(-404)?|html|ok)\/vae\.json$/.exec(ctx.path);
  if (!match) return next();
  const ms = Math.min(Number(match[2] ?? 0), 30_000);
  if (ms) await new Promise((resolve) => setTimeout(resolve, ms));
  if (match[3]) {
    ctx.status = 404;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = 'Not found';
    return undefined;
  }
  const dataset = await readFile(join(dataDir, 'vae.json'), 'utf8');
  send(ctx, dataset, match[1] === 'html' ? 'text/html' : 'application/json');
}
