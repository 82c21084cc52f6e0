// A plain static file server on 127.0.0.1 (ephemeral port) for built apps: each URL
// prefix maps to a folder, and every request path is logged so a test can tell which
// dataset URL an app read.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** `mounts`: `{ '/react/': '/tmp/…/react', … }`. Resolves to `{ origin, requests, close }`. */
export async function startStaticServer(mounts) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    requests.push(path);
    const prefix = Object.keys(mounts).find((mount) => path.startsWith(mount));
    const relative = prefix && normalize(path.slice(prefix.length) || 'index.html');
    if (!relative || relative.startsWith('..')) return send(response, 404, 'Not found');
    const file = join(mounts[prefix], relative.endsWith('/') ? `${relative}index.html` : relative);
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      send(response, 404, 'Not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((done) => server.close(done)),
  };
}

function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain' }).end(text);
}
