/**
 * Where an element reads a data file. One place decides, in this order:
 *  1. the element's `src`, else the page's `<meta name="vae:data" content="…">`:
 *     a folder (ending in `/`, e.g. a data package) holds each file by name;
 *     a file (e.g. `vae.json`) is a full dataset that stands for every
 *     per-element file, the map geometry and the communes sitting beside it;
 *  2. code loaded from jsDelivr at any version (`/npm/vae-widgets@X.Y.Z/dist/…`):
 *     the data package's major range for the schema this code reads
 *     (`/npm/vae-widgets-data@1/`), so pinned code sees each data release;
 *  3. anywhere else (self-hosted, bundled): the files beside the code.
 *
 * Each file names its place beside the code with a literal inside
 * `new URL('../../../data/<file>', import.meta.url)` (src/data/files/): the
 * asset pattern Vite, webpack 5 and Parcel follow, so an app that bundles the
 * npm package gets its own copy of each file. Our rollup bundles give every
 * module its unbundled URL (rollup.config.mjs), so the same paths hold in
 * dist/lib, dist/elements and dist/vae-widgets.js.
 */
import type { DataFileSpec } from './file-spec.js';
import { DATASET_FILE } from './files/dataset-file.js';
import { SCHEMA_VERSION } from './model.js';

/** A file found: where to fetch it, how to read it, and where to read instead if it is missing. */
export interface Located<Data> {
  readonly url: string;
  readonly spec: DataFileSpec<Data>;
  /** Fetched instead when `url` answers HTTP 404 (a lone badge's own member file). */
  readonly fallback?: string;
  /**
   * True when the host named the data (`src`, `<meta name="vae:data">`):
   * it may be unsigned, so it is always checked against its schema. False for
   * the default location (the CDN range, or beside the code): a release.
   */
  readonly namedByHost: boolean;
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

/**
 * Where `spec`'s file is for an element with this `src` on this page, or
 * undefined when it cannot be found there (a member's own file in a bundle).
 * `relativeTo`: the file that lists this one (a communes piece, beside its index).
 */
export function locate<Data>(
  spec: DataFileSpec<Data>,
  src: string | null | undefined,
  doc: Document = document,
  relativeTo?: Located<unknown>,
): Located<Data> | undefined {
  const file = `${spec.name.split('/').pop()}.json`;
  if (relativeTo) {
    return { url: new URL(file, relativeTo.url).href, spec, namedByHost: relativeTo.namedByHost };
  }
  const chosen = chosenUrl(src, doc);
  if (chosen) {
    const isFolder = chosen.pathname.endsWith('/');
    if (!isFolder && spec.inDataset) {
      // A full dataset holds everything each per-element file holds, and is checked whole.
      const dataset = DATASET_FILE as DataFileSpec<unknown> as DataFileSpec<Data>;
      return { url: chosen.href, spec: dataset, namedByHost: true };
    }
    // Absolute, so one URL written two ways is still one fetch.
    return { url: new URL(`${spec.name}.json`, chosen).href, spec, namedByHost: true };
  }
  const folder = cdnDataFolder();
  if (folder) return { url: new URL(`${spec.name}.json`, folder).href, spec, namedByHost: false };
  const beside = spec.besideCode();
  if (!beside) return undefined;
  besideCodeUrls.add(beside); // a bundler may have renamed it out of the code's data folder
  return { url: beside, spec, namedByHost: false };
}

const besideCodeUrls = new Set<string>();
// Not a literal inside `new URL(…)`: bundlers must not take the folder for an asset.
const CODE_DATA_FOLDER = '../../data/';

/**
 * Whether `url` is in the default data location, where every file must be
 * signed (src/data/load.ts): the data package's range on the CDN this code
 * came from, or the files beside the code, whoever named the URL.
 */
export function isDefaultLocation(url: string): boolean {
  const folders = [cdnDataFolder(), new URL(CODE_DATA_FOLDER, import.meta.url).href];
  return besideCodeUrls.has(url) || folders.some((folder) => folder && url.startsWith(folder));
}

/** `first`, read instead from `fallback` when it does not exist (HTTP 404). */
export function withFallback<Data>(first: Located<Data>, fallback: Located<Data>): Located<Data> {
  return first.url === fallback.url ? fallback : { ...first, fallback: fallback.url };
}
