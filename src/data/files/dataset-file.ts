import type { Dataset } from '../model.js';
import type { DataFileSpec } from '../file-spec.js';

/** The full dataset: the open-data download, and what a `src` naming a file is read as. */
export const DATASET_FILE: DataFileSpec<Dataset> = {
  name: 'vae',
  schema: () => import('../schema.js').then((m) => m.datasetSchema),
  besideCode: () => new URL('../../../data/vae.json', import.meta.url).href,
  inDataset: true,
};
