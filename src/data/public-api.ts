// What the data layer offers to users of the npm package and to the elements.
export type * from './model.js';
export { SCHEMA_VERSION } from './model.js';
export { DataError, isDataError, type DataErrorKind } from './errors.js';
export { VaeLoadEvent, VaeErrorEvent } from './events.js';
export { loadDataset, checkDataset, DEFAULT_TIMEOUT_MS } from './load-dataset.js';
export { resolveDatasetUrl, defaultDatasetUrl } from './dataset-url.js';
export { VaeDataElement, type ElementState, type Selection } from './vae-data-element.js';
export { errorMessage } from '../i18n/messages.js';
