/**
 * Where an element reads its dataset: its own `src`, else the page-wide
 * `<meta name="vae:data" content="…">`, else `data/vae.json` beside the bundle.
 */

export function defaultDatasetUrl(): string {
  // A literal in `new URL(…, import.meta.url)`: the asset pattern Vite, webpack 5 and
  // Parcel follow, so an app bundling the npm package gets its own copy of the dataset.
  // Our rollup bundles rewrite the literal per output file (see rollup.config.mjs);
  // from `dist/lib/data/` it points at `dist/data/vae.json` as is.
  return new URL('../../data/vae.json', import.meta.url).href;
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
