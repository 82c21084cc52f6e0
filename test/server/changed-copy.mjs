// A copy of the built dist/ whose shared chunk was changed after its hash was taken (a CDN
// path taken over), for the chunk-integrity test: /changed-copy/dist/… serves dist/ as built,
// except that every `elements/chunks/shared-*.js` gets one more statement at its end.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, normalize } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROUTE = /^\/changed-copy\/dist\/([\w./-]+)$/;
export const CHANGE = '\n;globalThis.changedChunkRan = true;';

export async function changedCopyMiddleware(ctx, next) {
  const match = ROUTE.exec(ctx.path);
  if (!match || normalize(match[1]).startsWith('..')) return next();
  const [, file] = match;
  const body = await readFile(join(root, 'dist', file)).catch(() => undefined);
  ctx.set('Cache-Control', 'no-store');
  if (body === undefined) {
    ctx.status = 404;
    return;
  }
  const changed = /^elements\/chunks\/shared-[\w-]+\.js$/.test(file);
  ctx.type = file.endsWith('.js') ? 'text/javascript' : 'application/json';
  ctx.body = changed ? Buffer.concat([body, Buffer.from(CHANGE)]) : body;
}
