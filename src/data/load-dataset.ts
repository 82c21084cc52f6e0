import { DataError, isDataError } from './errors.js';
import { SCHEMA_VERSION, type Dataset } from './model.js';
import { datasetSchema } from './schema.js';
import { validate, type SchemaNode } from './validate.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

// One request per dataset URL per page, shared by every element and by every
// copy of the library on the page (hence a global symbol, versioned with the schema).
const CACHE_KEY = Symbol.for(`vae-widgets.datasets.v${SCHEMA_VERSION}`);
type DatasetCache = Map<string, Promise<Dataset>>;

function pageCache(): DatasetCache {
  const holder = globalThis as unknown as Record<symbol, DatasetCache | undefined>;
  return (holder[CACHE_KEY] ??= new Map());
}

/**
 * The validated dataset at `url`, fetched once per page. A failed load is
 * forgotten once settled, so a later element (or a retry) asks again.
 */
export function loadDataset(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Dataset> {
  const cache = pageCache();
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchDataset(url, timeoutMs);
    cache.set(url, pending);
    const entry = pending;
    entry.catch(() => {
      if (cache.get(url) === entry) cache.delete(url);
    });
  }
  return pending;
}

async function fetchDataset(url: string, timeoutMs: number): Promise<Dataset> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const failure = (error: unknown) =>
    isDataError(error)
      ? error
      : new DataError(controller.signal.aborted ? 'timeout' : 'network', { url });
  try {
    // No cookies and no referrer: the dataset host learns nothing about the reader.
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) throw new DataError('http', { status: response.status, url });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new DataError('not-json', { url });
    }
    return checkDataset(json, url);
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
  }
}

/** Checks the version, then the schema; returns the dataset frozen (it is shared). */
export function checkDataset(json: unknown, url?: string): Dataset {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new DataError('version', { url });
  }
  const violation = validate(datasetSchema as unknown as SchemaNode, json);
  if (violation) throw new DataError('schema', { path: violation.path, url });
  return deepFreeze(json as Dataset);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Test seam: forget every cached dataset of this page. */
export function clearDatasetCache(): void {
  pageCache().clear();
}
