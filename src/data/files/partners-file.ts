import type { PartnersFile } from '../model.js';
import type { DataFileSpec } from '../file-spec.js';

export const PARTNERS_FILE: DataFileSpec<PartnersFile> = {
  name: 'partners',
  schema: () => import('../schemas/partners-schema.js').then((m) => m.partnersFileSchema),
  besideCode: () => new URL('../../../data/partners.json', import.meta.url).href,
  inDataset: true,
};
