// A local stand-in for jsDelivr's npm path, a real HTTP server on loopback:
//   GET /npm/<package>@<exact version or range>/<file>
// answers <file> from the newest published version that matches, as jsDelivr
// does (`@1` → newest 1.x.y; `@0.1.0` → that version; no `@` → the newest).
// Versions are folders published while it runs (`publish`), so a test can add
// a data release and see pinned pages pick it up with no edit of the page.
// It sends what jsDelivr sends that matters here: CORS for any origin (SRI and
// `fetch` from another origin need it), CORP, content types, gzip when asked.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import semver from 'semver';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/** Starts the stand-in; resolves to `{ origin, publish(pkg, version, dir), requests, resolved, close() }`. */
export async function startCdnStandIn() {
  const packages = new Map(); // name → Map(version → folder)
  const requests = [];
  const resolved = []; // {package, spec, version} of every answered request

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://stand-in');
    requests.push(url.pathname);
    const match = /^\/npm\/((?:@[^/]+\/)?[^/@]+)(?:@([^/]+))?\/(.+)$/.exec(url.pathname);
    const versions = match && packages.get(match[1]);
    const version = versions && resolveVersion([...versions.keys()], match[2]);
    const headers = {
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Cache-Control': 'no-store',
    };
    if (!version) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      return response.end(`Couldn't find the requested release of ${match?.[1] ?? url.pathname}`);
    }
    resolved.push({ package: match[1], spec: match[2], version });
    const root = versions.get(version);
    const file = normalize(join(root, decodeURIComponent(match[3])));
    const inside = file.startsWith(root.endsWith(sep) ? root : root + sep);
    const found = inside && (await stat(file).catch(() => undefined))?.isFile();
    if (!found) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      return response.end('Not found');
    }
    const body = await readFile(file);
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    response.end(gzip ? gzipSync(body, { level: 6 }) : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  return {
    origin,
    requests,
    resolved,
    /** Makes `dir` the content of `pkg@version` (as `npm publish` would). */
    publish(pkg, version, dir) {
      if (!packages.has(pkg)) packages.set(pkg, new Map());
      packages.get(pkg).set(version, normalize(dir));
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The newest of `versions` that `spec` names: an exact version, a range (`1`, `^1.2`), or none (newest). */
export function resolveVersion(versions, spec) {
  if (spec && semver.valid(spec)) return versions.includes(spec) ? spec : undefined;
  return semver.maxSatisfying(versions, spec ?? '*') ?? undefined;
}
