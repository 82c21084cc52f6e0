// What the data layer offers to users of the npm package and to the elements.
export type * from './model.js';
export { SCHEMA_VERSION } from './model.js';
export { DataError, isDataError, type DataErrorKind } from './errors.js';
export { VaeLoadEvent, VaeErrorEvent } from './events.js';
export {
  loadDataset,
  checkDataset,
  loadDataFile,
  checkDataFile,
  DEFAULT_TIMEOUT_MS,
  type DataFileSpec,
} from './load-data-file.js';
export {
  DATASET_FILE,
  MEMBERS_FILE,
  SEARCH_FILE,
  PARTNERS_FILE,
  NEWS_FILE,
  type DataFile,
} from './data-files.js';
export { dataFileUrl, dataFolder, type DataFileLocation } from './data-location.js';
export { VaeDataElement, type ElementState, type Selection } from './vae-data-element.js';
export { errorMessage } from '../i18n/messages.js';
