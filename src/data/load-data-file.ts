import { DataError, isDataError } from './errors.js';
import { SCHEMA_VERSION, type Dataset } from './model.js';
import { datasetSchema } from './schema.js';
import { validate, type SchemaNode } from './validate.js';
import { fetchPrivately, oncePerPage, pageCache } from './fetch-once.js';
import { authenticatedText } from './authenticate.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

/** A data file an element reads: its name (for messages) and its schema. */
export interface DataFileSpec<Data> {
  readonly name: string;
  readonly schema: object;
  /** Type-only: what the file holds once checked. */
  readonly _data?: Data;
}

// Shared by every element and every copy of the library (versioned with the schema).
const FILES = `data-files.v${SCHEMA_VERSION}`;
const CHECKED = `checked-files.v${SCHEMA_VERSION}`;

/** The JSON at `url`, fetched and parsed once per page, frozen (it is shared). */
function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  return oncePerPage(FILES, url, () =>
    fetchPrivately(
      url,
      timeoutMs,
      async (response) => {
        if (!response.ok) throw new DataError('http', { status: response.status, url });
        const text = await authenticatedText(url, await response.text());
        try {
          return deepFreeze(JSON.parse(text) as unknown);
        } catch {
          throw new DataError('not-json', { url });
        }
      },
      (error, timedOut) =>
        isDataError(error) ? error : new DataError(timedOut ? 'timeout' : 'network', { url }),
    ),
  );
}

/**
 * The file at `url`, checked against `spec`'s schema: one request per URL per
 * page, one check per URL and schema, whatever number of elements read it. A
 * full dataset at `url` serves any element (each checks what it reads). A
 * failed load is forgotten once settled, so a later element (or a retry) asks again.
 */
export function loadDataFile<Data>(
  url: string,
  spec: DataFileSpec<Data>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Data> {
  return oncePerPage(CHECKED, `${spec.name} ${url}`, () =>
    fetchJson(url, timeoutMs).then((json) => checkDataFile(json, spec, url)),
  );
}

/**
 * Checks the schema version, then the schema. Properties the schema does not
 * name are ignored, not refused: a newer minor release may add optional fields,
 * and code pinned to an older one must keep reading the file (nothing unknown
 * is ever shown). The build's own check (ajv) refuses them in what we publish.
 */
export function checkDataFile<Data>(json: unknown, spec: DataFileSpec<Data>, url?: string): Data {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new DataError('version', { url });
  }
  const violation = validate(spec.schema as SchemaNode, json, { unknownProperties: 'ignore' });
  if (violation) throw new DataError('schema', { path: violation.path, url });
  return deepFreeze(json) as Data;
}

const DATASET: DataFileSpec<Dataset> = { name: 'vae', schema: datasetSchema };

/** The full dataset at `url` (`vae.json`), validated, fetched once per page. */
export function loadDataset(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Dataset> {
  return loadDataFile(url, DATASET, timeoutMs);
}

/** Checks a full dataset (version, then schema) and returns it frozen. */
export function checkDataset(json: unknown, url?: string): Dataset {
  return checkDataFile(json, DATASET, url);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Test seam: forget every data file fetched by this page. */
export function clearDatasetCache(): void {
  pageCache(FILES).clear();
  pageCache(CHECKED).clear();
}
