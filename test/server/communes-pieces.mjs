// The built all-communes index and pieces (dist/data/communes/), served with a
// fault on the pieces only, for the search's piece tests:
//   /communes-faults/slow-<ms>/<file>   the real file; a piece only after <ms> ms
//   /communes-faults/fail/<file>        the real index; every piece answers 500
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'data', 'communes');
const ROUTE = /^\/communes-faults\/(slow-(\d{1,5})|fail)\/([a-z0-9-]+\.json)$/;

export async function communesPiecesMiddleware(ctx, next) {
  const match = ROUTE.exec(ctx.path);
  if (!match) return next();
  const [, mode, ms, file] = match;
  const isPiece = file !== 'index.json';
  ctx.set('Cache-Control', 'no-store');
  if (isPiece && mode === 'fail') {
    ctx.status = 500;
    ctx.body = 'Internal Server Error';
    return;
  }
  if (isPiece && ms) await new Promise((resolve) => setTimeout(resolve, Number(ms)));
  try {
    ctx.body = await readFile(join(dir, file), 'utf8');
    ctx.type = 'application/json';
  } catch {
    ctx.status = 404;
  }
}
