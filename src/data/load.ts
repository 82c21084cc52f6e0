/**
 * The one way a data file is read: fetched once per page (shared by every
 * element and every copy of the library) → its signature checked → parsed →
 * its schema version checked → its schema checked (lazily) → decoded → frozen.
 * Every failure is a `DataError {kind, file, url}`.
 */
import { DataError, isDataError, type DataErrorDetail } from './errors.js';
import { fetchPrivately, oncePerPage, pageCache } from './fetch-once.js';
import type { DataFileSpec } from './file-spec.js';
import type { Located } from './locate.js';
import { SCHEMA_VERSION } from './model.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

/** An element's `timeout`: a positive number of milliseconds, else the default. */
export const timeoutOf = (value: number | undefined) =>
  value !== undefined && value > 0 ? value : DEFAULT_TIMEOUT_MS;

/**
 * Files from the default location (the CDN range, beside the code) are signed
 * releases that the build checked with ajv (issue 25): once their signature is
 * verified, the browser does not check their schema again. Until the
 * verification lands, every file is checked, as data named by the host always is.
 */
export const SIGNED_RELEASES_VERIFIED = false;

const needsSchemaCheck = (file: Located<unknown>) => file.namedByHost || !SIGNED_RELEASES_VERIFIED;

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
    const text = await fetchText(url, timeoutMs, fail);
    await verifyRelease(text, file);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw fail('not-json');
    }
    return checked(json, spec, needsSchemaCheck(file), fail);
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
 * Signature check (issue 25): files from the default location are signed;
 * this is where their bytes are verified, after the fetch and before parsing.
 */
async function verifyRelease(_text: string, _file: Located<unknown>): Promise<void> {}

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
