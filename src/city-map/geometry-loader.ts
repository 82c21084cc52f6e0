/**
 * The map's geometry (`map-departments.json`, built by scripts/build-map.mjs):
 * fetched only by the map element, once per URL per page (shared by every copy
 * of the library, like the dataset), with a timeout. It sits beside the dataset.
 */

/** One department's shape, in viewBox units (integers). */
export interface DepartmentShape {
  code: string;
  name: string;
  /** SVG path data. */
  d: string;
  /** Where its label (count) goes. */
  label: [number, number];
  /** For an overseas department: its inset frame `[x, y, width, height]`. */
  inset?: [number, number, number, number];
  /** Too small to carry a count label at 600 px. */
  small?: boolean;
}

export interface MapGeometry {
  version: number;
  viewBox: string;
  departments: DepartmentShape[];
}

export type GeometryErrorKind = 'network' | 'timeout' | 'invalid';

export class GeometryError extends Error {
  override readonly name = 'VaeGeometryError';
  constructor(
    readonly kind: GeometryErrorKind,
    readonly url: string,
  ) {
    super(`Map geometry error (${kind}): ${url}`);
  }
}

const CACHE_KEY = Symbol.for('vae-widgets.map-geometry.v1');
type GeometryCache = Map<string, Promise<MapGeometry>>;

function pageCache(): GeometryCache {
  const holder = globalThis as unknown as Record<symbol, GeometryCache | undefined>;
  return (holder[CACHE_KEY] ??= new Map());
}

/** The geometry URL for a dataset URL: `map-departments.json` in the same folder. */
export function geometryUrl(datasetUrl: string): string {
  return new URL('map-departments.json', datasetUrl).href;
}

/** The geometry at `url`, fetched once per page; a failure is forgotten once settled. */
export function loadGeometry(url: string, timeoutMs: number): Promise<MapGeometry> {
  const cache = pageCache();
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchGeometry(url, timeoutMs);
    cache.set(url, pending);
    const entry = pending;
    entry.catch(() => {
      if (cache.get(url) === entry) cache.delete(url);
    });
  }
  return pending;
}

async function fetchGeometry(url: string, timeoutMs: number): Promise<MapGeometry> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) throw new GeometryError('network', url);
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new GeometryError(controller.signal.aborted ? 'timeout' : 'invalid', url);
    }
    if (!isGeometry(json)) throw new GeometryError('invalid', url);
    return json;
  } catch (error) {
    if (error instanceof GeometryError) throw error;
    throw new GeometryError(controller.signal.aborted ? 'timeout' : 'network', url);
  } finally {
    clearTimeout(timer);
  }
}

function isGeometry(value: unknown): value is MapGeometry {
  const map = value as Partial<MapGeometry> | null;
  return (
    !!map &&
    typeof map.viewBox === 'string' &&
    Array.isArray(map.departments) &&
    map.departments.every(
      (d) =>
        typeof d?.code === 'string' &&
        typeof d.name === 'string' &&
        typeof d.d === 'string' &&
        Array.isArray(d.label),
    )
  );
}
