/**
 * Where a department's count label sits on the map, written once for the map
 * build (scripts/data/build-map.mjs) and the element (src/data/files/geometry-file.ts).
 * Pure: rings of `[x, y]` points in viewBox units.
 */
export type Point = [number, number];

/** Departments whose largest ring is smaller than this (square units) carry no count at 600 px. */
const SMALL_AREA = 260;

/** The area of a ring (shoelace formula), whatever its orientation. */
export function ringArea(ring: Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

/**
 * The label rule: the centre of the bounding box of the department's largest
 * ring, and whether that ring is too small to hold a count (an overseas
 * department always holds one: its inset is drawn to fit).
 */
export function labelOf(rings: Point[][], overseas: boolean): { label: Point; small: boolean } {
  let largest = rings[0];
  for (const ring of rings) if (ringArea(ring) > ringArea(largest)) largest = ring;
  const xs = largest.map((p) => p[0]);
  const ys = largest.map((p) => p[1]);
  return {
    label: [
      Math.round((Math.min(...xs) + Math.max(...xs)) / 2),
      Math.round((Math.min(...ys) + Math.max(...ys)) / 2),
    ],
    small: !overseas && ringArea(largest) < SMALL_AREA,
  };
}
