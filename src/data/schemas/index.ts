/**
 * Every file schema, for the build (scripts/data/build-data.mjs checks each
 * published file with ajv against these). Build-only: no element imports it,
 * each loads its own file's schema (src/data/files/).
 */
export { datasetSchema } from '../schema.js';
export { membersFileSchema } from './members-schema.js';
export { searchFileSchema } from './search-schema.js';
export { partnersFileSchema } from './partners-schema.js';
export { newsFileSchema } from './news-schema.js';
