import { DataError, isDataError } from './errors.js';
import { SCHEMA_VERSION, type Dataset } from './model.js';
import { datasetSchema } from './schema.js';
import { validate, type SchemaNode } from './validate.js';
import { fetchPrivately, oncePerPage, pageCache } from './fetch-once.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

// Shared by every element and every copy of the library (versioned with the schema).
const CACHE = `datasets.v${SCHEMA_VERSION}`;

/**
 * The validated dataset at `url`, fetched once per page. A failed load is
 * forgotten once settled, so a later element (or a retry) asks again.
 */
export function loadDataset(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Dataset> {
  return oncePerPage(CACHE, url, () =>
    fetchPrivately(
      url,
      timeoutMs,
      async (response) => {
        if (!response.ok) throw new DataError('http', { status: response.status, url });
        const text = await response.text();
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          throw new DataError('not-json', { url });
        }
        return checkDataset(json, url);
      },
      (error, timedOut) =>
        isDataError(error) ? error : new DataError(timedOut ? 'timeout' : 'network', { url }),
    ),
  );
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
  pageCache(CACHE).clear();
}
