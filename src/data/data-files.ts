/** The per-element data files (docs/data.md maps element → files). */
import {
  membersFileSchema,
  newsFileSchema,
  partnersFileSchema,
  searchFileSchema,
} from './file-schemas.js';
import type { DataFileSpec } from './load-data-file.js';
import type { DataFileLocation } from './data-location.js';
import type { Dataset, MembersFile, NewsFile, PartnersFile, SearchFile } from './model.js';
import { datasetSchema } from './schema.js';

export type DataFile<Data> = DataFileSpec<Data> & DataFileLocation;

// Each `new URL(...)` holds a literal path, for bundlers (see data-location.ts).

/** The full dataset: the open-data download, and what a `src` naming a file is read as. */
export const DATASET_FILE: DataFile<Dataset> = {
  name: 'vae',
  schema: datasetSchema,
  besideCode: () => new URL('../../data/vae.json', import.meta.url).href,
};

/** Badge, counter, map: every member, without what only the search reads. */
export const MEMBERS_FILE: DataFile<MembersFile> = {
  name: 'members',
  schema: membersFileSchema,
  besideCode: () => new URL('../../data/members.json', import.meta.url).href,
};

/** Search: the members with postcodes, population, an EPCI's communes, a commune's parts. */
export const SEARCH_FILE: DataFile<SearchFile> = {
  name: 'search',
  schema: searchFileSchema,
  besideCode: () => new URL('../../data/search.json', import.meta.url).href,
};

export const PARTNERS_FILE: DataFile<PartnersFile> = {
  name: 'partners',
  schema: partnersFileSchema,
  besideCode: () => new URL('../../data/partners.json', import.meta.url).href,
};

export const NEWS_FILE: DataFile<NewsFile> = {
  name: 'news',
  schema: newsFileSchema,
  besideCode: () => new URL('../../data/news.json', import.meta.url).href,
};
