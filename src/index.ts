/**
 * The script-tag entry: registers every element (each define is guarded, so
 * loading this twice, or beside the npm copy, is safe) and exports the public API.
 */
export * from './data/public-api.js';
