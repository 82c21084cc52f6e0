/**
 * The map's geometry (`map-departments.json`, built by scripts/data/build-map.mjs),
 * read only by the map through the data route (src/data/load.ts), and how it
 * is decoded into one SVG path per department.
 */
import type { DataFileSpec } from '../file-spec.js';
import { labelOf, type Point } from '../map-label.js';

/** One department's shape, in viewBox units (integers). */
export interface DepartmentShape {
  code: string;
  name: string;
  /** SVG path data. */
  d: string;
  /** The same outline as rings of points (the small departments' inset reads them). */
  rings: Point[][];
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

/** The map geometry: `map-departments.json` in the data folder, or beside a full dataset. */
export const GEOMETRY_FILE: DataFileSpec<MapGeometry> = {
  name: 'map-departments',
  schema: () => import('../schemas/geometry-schema.js').then((m) => m.geometrySchema),
  besideCode: () => new URL('../../../data/map-departments.json', import.meta.url).href,
  decode: (json) => decodeGeometry(json as GeometryFile),
};

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
      rings,
      ...labelOf(rings, !!inset),
      inset,
    };
  });
  return { viewBox: file.viewBox, departments };
}
