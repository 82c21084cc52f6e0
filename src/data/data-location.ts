/**
 * Where an element reads a data file. One place decides, in this order:
 *  1. the element's `src`, else the page's `<meta name="vae:data" content="…">`:
 *     a folder (ending in `/`, e.g. a data package) holds each element's own
 *     file; a file (e.g. `vae.json`) is a full dataset every element reads,
 *     the map geometry and the communes beside it;
 *  2. code loaded from jsDelivr at any version (`/npm/vae-widgets@X.Y.Z/dist/…`):
 *     the data package's major range for the schema this code reads
 *     (`/npm/vae-widgets-data@1/`), so pinned code sees each data release;
 *  3. anywhere else (self-hosted, bundled): the files beside the code.
 *
 * Each file names its place beside the code with a literal inside
 * `new URL('../../data/<file>', import.meta.url)` (data-files.ts, the map's and
 * the search's loaders): the asset pattern Vite, webpack 5 and Parcel follow, so
 * an app that bundles the npm package gets its own copy of each file. Our rollup
 * bundles give every module its unbundled URL (rollup.config.mjs), so the same
 * paths hold in dist/lib, dist/elements and dist/vae-widgets.js.
 */
import { SCHEMA_VERSION } from './model.js';

/** A data file: its name in a data folder, and where it is beside the code. */
export interface DataFileLocation {
  readonly name: string;
  readonly besideCode: () => string;
}

const CDN_CODE = /^\/npm\/vae-widgets(@[^/]+)?\/dist\//;

/** The data package folder on the same CDN, if `code` was loaded from jsDelivr's npm path. */
export function cdnDataFolder(code: string = import.meta.url): string | undefined {
  const url = new URL(code);
  return CDN_CODE.test(url.pathname)
    ? `${url.origin}/npm/vae-widgets-data@${SCHEMA_VERSION}/`
    : undefined;
}

/** What `src` or the page's `<meta name="vae:data">` asks for, made absolute. */
function chosenUrl(src: string | null | undefined, doc: Document): URL | undefined {
  const chosen =
    src?.trim() || doc.querySelector<HTMLMetaElement>('meta[name="vae:data"]')?.content.trim();
  return chosen ? new URL(chosen, doc.baseURI) : undefined;
}

/** True when `src` (or the page's meta) names a full dataset file rather than a data folder. */
export function namesDatasetFile(src: string | null | undefined, doc: Document = document) {
  const chosen = chosenUrl(src, doc);
  return !!chosen && !chosen.pathname.endsWith('/');
}

/**
 * The data folder, when the data is read from one (a folder `src` or meta, or
 * the CDN): files fetched by name (one member's badge file) can only be found
 * there. Undefined for a full dataset and for files beside the code (a
 * bundler renames those).
 */
export function dataFolder(src: string | null | undefined, doc: Document = document) {
  const chosen = chosenUrl(src, doc);
  if (chosen) return chosen.pathname.endsWith('/') ? chosen.href : undefined;
  return cdnDataFolder();
}

/**
 * The absolute URL of `file` for an element with this `src` on this page.
 * `inDataset`: a full dataset named by `src` stands for this file (the
 * per-element files do; the map geometry and the communes sit beside it).
 */
export function dataFileUrl(
  file: DataFileLocation,
  src: string | null | undefined,
  doc: Document = document,
  inDataset = true,
): string {
  const chosen = chosenUrl(src, doc);
  if (chosen && !chosen.pathname.endsWith('/') && inDataset) return chosen.href;
  // Absolute, so one URL written two ways is still one fetch.
  if (chosen) return new URL(`${file.name}.json`, chosen).href;
  const folder = cdnDataFolder();
  if (folder) return new URL(`${file.name}.json`, folder).href;
  const beside = file.besideCode();
  besideCodeUrls.add(beside); // a bundler may have renamed it out of the code's data folder
  return beside;
}

const besideCodeUrls = new Set<string>();
// Not a literal inside `new URL(…)`: bundlers must not take the folder for an asset.
const CODE_DATA_FOLDER = '../../data/';

/**
 * Whether `url` is in the default data location, where every file must be
 * signed (src/data/authenticate.ts): the data package's range on the CDN this
 * code came from, or the files beside the code, whoever named the URL.
 */
export function isDefaultLocation(url: string): boolean {
  const folders = [cdnDataFolder(), new URL(CODE_DATA_FOLDER, import.meta.url).href];
  return besideCodeUrls.has(url) || folders.some((folder) => folder && url.startsWith(folder));
}
