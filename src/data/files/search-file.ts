import type { SearchFile } from '../model.js';
import type { DataFileSpec } from '../file-spec.js';

/** Search: the members with postcodes, population, an EPCI's communes, a commune's parts. */
export const SEARCH_FILE: DataFileSpec<SearchFile> = {
  name: 'search',
  schema: () => import('../schemas/search-schema.js').then((m) => m.searchFileSchema),
  besideCode: () => new URL('../../../data/search.json', import.meta.url).href,
  inDataset: true,
};
