// The jsDelivr purge of a data release: ONE request to jsDelivr's purge API
// (POST https://purge.jsdelivr.net/ with {"path": ["/npm/<pkg>@<major>/<file>", …]}),
// listing the files that changed since the last release, so pages reading the
// major range get the release at once instead of within 7 days.
// A file's digest ignores its release stamp (meta.dataVersion, meta.buildDate,
// and the signature over them), which every release changes in every file.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PURGE_ENDPOINT = 'https://purge.jsdelivr.net/';

const everyFile = (dir, prefix = '') =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? everyFile(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );

function unstamped(file, bytes) {
  if (!file.endsWith('.json')) return bytes;
  const data = JSON.parse(bytes.toString('utf8'));
  if (data?.meta && typeof data.meta === 'object') {
    delete data.meta.dataVersion;
    delete data.meta.buildDate;
    if (data.meta.counts) delete data.meta.counts.date;
  }
  delete data.signature; // over the stamped bytes: it changes with the stamp
  if (file === 'package.json') delete data.version;
  return JSON.stringify(data);
}

/** Every file of the data package → the SHA-256 of its content without the release stamp. */
export function fileDigests(dir) {
  return Object.fromEntries(
    everyFile(dir)
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(unstamped(file, readFileSync(join(dir, file))))
          .digest('base64'),
      ]),
  );
}

/** The files added, changed or removed between two digests records, sorted. */
export function changedFiles(before, after) {
  const files = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...files].filter((file) => before[file] !== after[file]).sort();
}

/** The purge API's request body for `files` of `pkg`'s major range. */
export function purgeBody(pkg, major, files) {
  return { path: files.map((file) => `/npm/${pkg}@${major}/${file}`) };
}

/** Sends the one purge request; returns the API's answer (`{id, status, …}`). */
export async function sendPurge(endpoint, body) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`the purge API answered ${response.status}: ${text.slice(0, 200)}`);
  try {
    return JSON.parse(text);
  } catch {
    return { status: text.slice(0, 200) };
  }
}
