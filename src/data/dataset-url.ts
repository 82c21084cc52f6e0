/**
 * Where an element reads its dataset: its own `src`, else the page-wide
 * `<meta name="vae:data" content="…">`, else `data/vae.json` beside the bundle.
 */

// The bundler rewrites this path per output file so that it always points at
// `dist/data/vae.json` (see rollup.config.mjs); from `dist/lib/data/` it does as is.
const DEFAULT_DATA_PATH = '../../data/vae.json';

export function defaultDatasetUrl(): string {
  return new URL(DEFAULT_DATA_PATH, import.meta.url).href;
}

export function resolveDatasetUrl(
  src: string | null | undefined,
  doc: Document = document,
): string {
  const chosen =
    src?.trim() ||
    doc.querySelector<HTMLMetaElement>('meta[name="vae:data"]')?.content.trim() ||
    defaultDatasetUrl();
  // Absolute, so one URL written two ways is still one fetch.
  return new URL(chosen, doc.baseURI).href;
}
