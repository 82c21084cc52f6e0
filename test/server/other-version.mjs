// Another version of the library, for the two-versions test: the built dist/
// served under /other-version/<version>/dist/…, its scripts saying <version>
// instead of package.json's version (src/core/version.ts), everything else as built.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, normalize } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROUTE = /^\/other-version\/(\d+\.\d+\.\d+)\/dist\/([\w./-]+)$/;

export async function otherVersionMiddleware(ctx, next) {
  const match = ROUTE.exec(ctx.path);
  if (!match || normalize(match[2]).startsWith('..')) return next();
  const [, version, file] = match;
  const { version: ours } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const body = await readFile(join(root, 'dist', file), 'utf8').catch(() => undefined);
  ctx.set('Cache-Control', 'no-store');
  if (body === undefined) {
    ctx.status = 404;
    return;
  }
  const script = file.endsWith('.js');
  ctx.type = script ? 'text/javascript' : 'application/json';
  ctx.body = script ? body.replaceAll(`"${ours}"`, `"${version}"`) : body;
}
