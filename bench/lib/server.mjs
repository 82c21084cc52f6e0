// The benchmark's HTTP server: @web/dev-server on the repository root with the
// test fault routes (request counting), on a free port. Responses are gzipped
// like any production host would send them, so network timings compare the
// bytes a visitor really downloads.
import { startDevServer } from '@web/dev-server';
import { gzipSync } from 'node:zlib';
import { faultsMiddleware } from '../../test/server/faults.mjs';

const COMPRESSIBLE = /json|javascript|svg|html|css|text/;

async function toBuffer(body) {
  if (body == null) return null;
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body);
  if (typeof body.pipe === 'function') {
    const chunks = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  return null;
}

async function gzipMiddleware(ctx, next) {
  await next();
  if (!ctx.acceptsEncodings('gzip') || !COMPRESSIBLE.test(ctx.type ?? '')) return;
  const buffer = await toBuffer(ctx.body);
  if (!buffer) return;
  ctx.body = gzipSync(buffer, { level: 6 });
  ctx.set('Content-Encoding', 'gzip');
  ctx.set('Cache-Control', 'no-store');
  ctx.remove('ETag');
}

/** Starts the server; returns `{origin, stop()}`. */
export async function startServer() {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      port: 0,
      hostname: '127.0.0.1',
      middleware: [gzipMiddleware, faultsMiddleware],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
