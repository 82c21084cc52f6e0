// What the library offers to users of the npm package, beside the elements.
export type * from './data/model.js';
export { SCHEMA_VERSION } from './data/model.js';
export { DataError, isDataError, type DataErrorKind } from './data/errors.js';
export { VaeLoadEvent, VaeErrorEvent } from './core/events.js';
export { loadDataset, checkDataset } from './data/dataset.js';
export { load, check, clearDataCache, DEFAULT_TIMEOUT_MS } from './data/load.js';
export { locate, type Located } from './data/locate.js';
export type { DataFileSpec } from './data/file-spec.js';
export { DATASET_FILE } from './data/files/dataset-file.js';
export { MEMBERS_FILE, memberFile } from './data/files/members-file.js';
export { SEARCH_FILE } from './data/files/search-file.js';
export { PARTNERS_FILE } from './data/files/partners-file.js';
export { NEWS_FILE } from './data/files/news-file.js';
export { GEOMETRY_FILE } from './data/files/geometry-file.js';
export { VaeDataElement, type ElementState, type DerivedView } from './core/vae-data-element.js';
export { errorMessage } from './i18n/messages.js';
