/**
 * The one way a data file is read: fetched once per page (shared by every
 * element and every copy of the library) → its signature checked → parsed →
 * its schema version checked → its schema checked (lazily) → decoded → frozen.
 * Every failure is a `DataError {kind, file, url}`.
 */
import { DataError, isDataError, type DataErrorDetail } from './errors.js';
import { fetchPrivately, oncePerPage, pageCache } from './fetch-once.js';
import type { DataFileSpec } from './file-spec.js';
import { isDefaultLocation, type Located } from './locate.js';
import { SCHEMA_VERSION } from './model.js';
import { splitSignature, verifySignedText } from './signature.js';
import { TRUSTED_KEYS } from './trusted-keys.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

/** An element's `timeout`: a positive number of milliseconds, else the default. */
export const timeoutOf = (value: number | undefined) =>
  value !== undefined && value > 0 ? value : DEFAULT_TIMEOUT_MS;

/**
 * Files from the default location (the CDN range, beside the code) are signed
 * releases that the build checked with ajv (issue 25): once their signature is
 * verified (verifyRelease), the browser does not check their schema again.
 * Data the host names is always checked against its schema.
 */
export const SIGNED_RELEASES_VERIFIED = true;

/** A file that must be a signed release: from the default location, whoever named its URL. */
const isRelease = (file: Located<unknown>, url: string) =>
  !file.namedByHost || isDefaultLocation(url);

const needsSchemaCheck = (file: Located<unknown>, url: string) =>
  !isRelease(file, url) || !SIGNED_RELEASES_VERIFIED;

// The one cache of the data route, shared by every copy of the library (versioned with the schema).
const CACHE = `data-route.v${SCHEMA_VERSION}`;

/**
 * The file `file` locates, read once per URL and spec per page. A failed load
 * is forgotten once settled, so a later element (or a retry) asks again. With
 * a `fallback`, a 404 reads the fallback instead.
 */
export async function load<Data>(
  file: Located<Data>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Data> {
  try {
    return await loadAt(file, file.url, timeoutMs);
  } catch (error) {
    if (!file.fallback || !isDataError(error) || error.detail.status !== 404) throw error;
    return loadAt(file, file.fallback, timeoutMs);
  }
}

function loadAt<Data>(file: Located<Data>, url: string, timeoutMs: number): Promise<Data> {
  const { spec } = file;
  const fail = (kind: DataError['kind'], detail: DataErrorDetail = {}) =>
    new DataError(kind, { ...detail, file: spec.name, url });
  // Keyed by URL: one URL is one file, which locate() always reads with the same spec.
  return oncePerPage(CACHE, url, async () => {
    const text = await verifyRelease(await fetchText(url, timeoutMs, fail), file, url, fail);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw fail('not-json');
    }
    return checked(json, spec, needsSchemaCheck(file, url), fail);
  });
}

/**
 * `json` as `spec` reads it: its schema version, then (when `checkSchema`)
 * its schema, then decoded and frozen (it is shared).
 */
async function checked<Data>(
  json: unknown,
  spec: DataFileSpec<Data>,
  checkSchema: boolean,
  fail: (kind: DataError['kind'], detail?: { path?: string }) => DataError,
): Promise<Data> {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) throw fail('version');
  if (checkSchema) {
    const path = await schemaViolation(spec, json);
    if (path !== undefined) throw fail('schema', { path });
  }
  try {
    return deepFreeze(spec.decode ? spec.decode(json) : (json as Data));
  } catch {
    // A value the schema lets through but the file's format cannot hold.
    throw fail('schema');
  }
}

/** `json` checked and decoded as `spec`'s file (a file the host got by other means). */
export function check<Data>(json: unknown, spec: DataFileSpec<Data>): Promise<Data> {
  return checked(
    json,
    spec,
    true,
    (kind, detail) => new DataError(kind, { ...detail, file: spec.name }),
  );
}

function fetchText(
  url: string,
  timeoutMs: number,
  fail: (kind: DataError['kind'], detail?: { status: number }) => DataError,
): Promise<string> {
  return fetchPrivately(
    url,
    timeoutMs,
    async (response) => {
      if (!response.ok) throw fail('http', { status: response.status });
      return response.text();
    },
    (error, timedOut) => (isDataError(error) ? error : fail(timedOut ? 'timeout' : 'network')),
  );
}

/**
 * The JSON text to parse from `file` read at `url` (issue 25, docs/data.md
 * "Signing"). A release must be signed by a key this code trusts, else it is
 * refused and nothing of it is shown. Data the host names is the host's
 * choice: it may be unsigned, and it is schema-checked; a signature it
 * carries is dropped unchecked, as the host may edit its own copy.
 */
async function verifyRelease(
  text: string,
  file: Located<unknown>,
  url: string,
  fail: (kind: DataError['kind'], detail?: { reason: string }) => DataError,
): Promise<string> {
  if (!isRelease(file, url)) return splitSignature(text)?.signed ?? text;
  const check = await verifySignedText(text, TRUSTED_KEYS);
  if (!check.ok) throw fail('signature', { reason: check.reason });
  return check.text;
}

/**
 * Where `json` breaks `spec`'s schema (a JSON Pointer), or undefined. The
 * validator and the schema are chunks of their own, loaded on first use.
 * Properties the schema does not name are ignored, not refused: a newer minor
 * release may add optional fields, and code pinned to an older one must keep
 * reading the file (nothing unknown is ever shown).
 */
async function schemaViolation(spec: DataFileSpec<unknown>, json: unknown) {
  const [{ validate }, schema] = await Promise.all([import('./validate.js'), spec.schema()]);
  const violation = validate(schema, json, { unknownProperties: 'ignore' });
  return violation ? violation.path : undefined;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Forgets every data file this page has read (tests, and a host that wants fresh data). */
export function clearDataCache(): void {
  pageCache(CACHE).clear();
}
