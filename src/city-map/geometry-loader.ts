/**
 * The map's geometry (`map-departments.json`, built by scripts/data/build-map.mjs):
 * fetched only by the map element, once per URL per page (shared by every copy
 * of the library, like the dataset), with a timeout. It sits beside the dataset.
 */
import { fetchPrivately, oncePerPage } from '../data/fetch-once.js';
import { authenticatedText } from '../data/authenticate.js';
import { labelOf, type Point } from '../domain/map-label.js';

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
  viewBox: string;
  departments: DepartmentShape[];
}

/** The file as built (version 2): arcs shared by neighbours, as text (see scripts/data/build-map.mjs). */
interface GeometryFile {
  version: 2;
  viewBox: string;
  arcs: string[];
  /** `[code, name, ring references, inset frame?]`. */
  departments: Array<[string, string, string, [number, number, number, number]?]>;
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

/** The map geometry: `map-departments.json` in the data folder, or beside a full dataset. */
export const GEOMETRY_FILE = {
  name: 'map-departments',
  // A literal path, for bundlers (see src/data/data-location.ts).
  besideCode: () => new URL('../../data/map-departments.json', import.meta.url).href,
};

/** The geometry at `url`, fetched once per page; a failure is forgotten once settled. */
export function loadGeometry(url: string, timeoutMs: number): Promise<MapGeometry> {
  return oncePerPage('map-geometry.v1', url, () =>
    fetchPrivately(
      url,
      timeoutMs,
      async (response) => {
        if (!response.ok) throw new GeometryError('network', url);
        const text = await authenticatedText(url, await response.text());
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          throw new GeometryError('invalid', url);
        }
        if (!isGeometryFile(json)) throw new GeometryError('invalid', url);
        return decodeGeometry(json);
      },
      (error, timedOut) =>
        error instanceof GeometryError && !timedOut
          ? error
          : new GeometryError(timedOut ? 'timeout' : 'network', url),
    ),
  );
}

function isGeometryFile(value: unknown): value is GeometryFile {
  const file = value as Partial<GeometryFile> | null;
  return (
    file?.version === 2 &&
    typeof file.viewBox === 'string' &&
    Array.isArray(file.arcs) &&
    file.arcs.every((arc) => typeof arc === 'string') &&
    Array.isArray(file.departments) &&
    file.departments.every(
      (d) => Array.isArray(d) && typeof d[0] === 'string' && typeof d[2] === 'string',
    )
  );
}

/** One character per integer in -45…45 (`#`…`~` without `\\`); `!n!` for any other. */
export function decodeValues(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 33) {
      const end = text.indexOf('!', i + 1);
      out.push(Number(text.slice(i + 1, end)));
      i = end;
    } else out.push(c - (c > 92 ? 81 : 80));
  }
  return out;
}

/** Two characters: a non-negative integer in base 91. */
const pair = (text: string) => {
  const [hi, lo] = decodeValues(text);
  return (hi + 45) * 91 + lo + 45;
};

function decodeArc(text: string): Point[] {
  let x = pair(text.slice(0, 2));
  let y = pair(text.slice(2, 4));
  const points: Point[] = [[x, y]];
  const deltas = decodeValues(text.slice(4));
  for (let i = 0; i < deltas.length; i += 2) points.push([(x += deltas[i]), (y += deltas[i + 1])]);
  return points;
}

/** Joins the shared arcs back into one SVG path per department, with its label point. */
export function decodeGeometry(file: GeometryFile): MapGeometry {
  const arcs = file.arcs.map(decodeArc);
  let next = 0;
  const departments = file.departments.map(([code, name, refs, inset]): DepartmentShape => {
    const rings = refs.split(' ').map((ring) => {
      const points: Point[] = [];
      for (let i = 0; i < ring.length; i++) {
        let index: number;
        let reversed = false;
        if (ring[i] === '!') index = next++;
        else {
          const value = pair(ring.slice(i, i + 2));
          i++;
          index = value >> 1;
          reversed = (value & 1) === 1;
          next = Math.max(next, index + 1);
        }
        const arc = reversed ? [...arcs[index]].reverse() : arcs[index];
        points.push(...(points.length ? arc.slice(1) : arc));
      }
      return points;
    });
    return {
      code,
      name,
      d: rings.map((ring) => `M${ring.map((p) => p.join(' ')).join('L')}Z`).join(''),
      ...labelOf(rings, !!inset),
      inset,
    };
  });
  return { viewBox: file.viewBox, departments };
}
