// Pages whose requests to jsDelivr (https://cdn.jsdelivr.net/npm/…) are answered
// by the local CDN stand-in (test/server/cdn-stand-in.mjs), so a snippet is
// pasted verbatim, with its real CDN URLs and integrity hashes, and the stand-in
// resolves versions and ranges as jsDelivr does.
import { startCdnStandIn } from '../server/cdn-stand-in.mjs';
import { ROOT, readRepoJson } from './helpers.mjs';
import { join } from 'node:path';

export const JSDELIVR = 'https://cdn.jsdelivr.net';

/** A stand-in with this build published: the code (its version) and the data package (its version). */
export async function startCdnWithBuild() {
  const cdn = await startCdnStandIn();
  cdn.publish('vae-widgets', readRepoJson('package.json').version, ROOT);
  cdn.publish(
    'vae-widgets-data',
    readRepoJson('data/release.json').version,
    join(ROOT, 'dist', 'data'),
  );
  return cdn;
}

/**
 * Routes `page`'s jsDelivr requests to `cdn`; returns the list of URLs it answered.
 * `tamper(url, bytes)` may return other bytes: a CDN path taken over.
 */
export async function routeCdn(page, cdn, tamper = (url, bytes) => bytes) {
  const answered = [];
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    if (!request.url().startsWith(`${JSDELIVR}/npm/`)) return request.continue();
    answered.push(request.url());
    const response = await fetch(cdn.origin + request.url().slice(JSDELIVR.length));
    // fetch has already decompressed the body: its encoding and length no longer apply.
    const headers = Object.fromEntries(response.headers);
    delete headers['content-encoding'];
    delete headers['content-length'];
    await request.respond({
      status: response.status,
      headers,
      body: tamper(request.url(), Buffer.from(await response.arrayBuffer())),
    });
  });
  return answered;
}
