// The full dataset (`vae.json`) for users of the npm package: the open-data download, read
// through the same route as every element's file.
import { DATASET_FILE } from './files/dataset-file.js';
import { check, load, DEFAULT_TIMEOUT_MS } from './load.js';
import type { Dataset } from './model.js';

/** The full dataset at `url`, checked against its schema, fetched once per page. */
export function loadDataset(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Dataset> {
  return load({ url, spec: DATASET_FILE, namedByHost: true }, timeoutMs);
}

/** A full dataset (parsed JSON) checked (version, then schema) and frozen. */
export function checkDataset(json: unknown): Promise<Dataset> {
  return check(json, DATASET_FILE);
}
