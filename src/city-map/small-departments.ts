/**
 * Counts for the departments too small to hold one: Paris and the inner ring
 * (92, 93, 94) drawn again, enlarged, in an inset over the Channel; any other
 * (Territoire de Belfort) in a callout beside it.
 */
import { nothing, svg } from 'lit';
import type { DepartmentShape, MapGeometry } from '../data/files/geometry-file.js';
import type { MapContext } from './map-view.js';
import { ringArea, type Point } from '../data/map-label.js';

type Box = [number, number, number, number];

/** The inset's frame `[x, y, width, height]` in viewBox units: the sea north of Brittany. */
const INSET: Box = [8, 8, 126, 96];
/** Small departments this close to Paris's label go in the inset. */
const NEAR_PARIS = 30;
/** Where a callout sits from its department's label. */
const CALLOUT_OFFSET: Point = [46, 12];

function bounds(points: Point[]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return [x, y, Math.max(...xs) - x, Math.max(...ys) - y];
}

function inside([x, y]: Point, ring: Point[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function distanceToEdges([x, y]: Point, ring: Point[]): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j];
    const [bx, by] = ring[i];
    const length = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = length
      ? Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length))
      : 0;
    best = Math.min(best, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
  }
  return best;
}

/** A point well inside the ring (a crescent's box centre can fall outside it). */
function innerPoint(ring: Point[]): Point {
  const [x, y, width, height] = bounds(ring);
  let best: Point = [x + width / 2, y + height / 2];
  let room = -1;
  for (let i = 1; i < 16; i++) {
    for (let j = 1; j < 16; j++) {
      const point: Point = [x + (width * i) / 16, y + (height * j) / 16];
      if (!inside(point, ring)) continue;
      const distance = distanceToEdges(point, ring);
      if (distance > room) [best, room] = [point, distance];
    }
  }
  return best;
}

const largestRing = (shape: DepartmentShape) =>
  shape.rings.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));

interface Layout {
  /** The inset of Paris and the inner ring, if the geometry has them. */
  inset?: {
    shapes: DepartmentShape[];
    /** Where they sit on the main map (outlined there). */
    locator: Box;
    transform: string;
    /** Each one's count position, in the inset. */
    points: Map<string, Point>;
  };
  callouts: DepartmentShape[];
}

const layouts = new WeakMap<MapGeometry, Layout>();

/** Where the small departments' counts go: computed once per geometry. */
function layoutOf(geometry: MapGeometry): Layout {
  let layout = layouts.get(geometry);
  if (layout) return layout;
  const small = geometry.departments.filter((d) => d.small && !d.inset);
  const paris = geometry.departments.find((d) => d.code === '75');
  const near = (d: DepartmentShape) =>
    !!paris && Math.hypot(d.label[0] - paris.label[0], d.label[1] - paris.label[1]) < NEAR_PARIS;
  const shapes = small.filter(near);
  layout = { callouts: small.filter((d) => !near(d)) };
  if (shapes.length) {
    const [x, y, width, height] = INSET;
    const [sx, sy, sw, sh] = bounds(shapes.flatMap((shape) => shape.rings.flat()));
    const scale = Math.min((width - 12) / sw, (height - 12) / sh);
    const dx = x + (width - sw * scale) / 2 - sx * scale;
    const dy = y + (height - sh * scale) / 2 - sy * scale;
    const points = new Map<string, Point>();
    for (const shape of shapes) {
      const [px, py] = innerPoint(largestRing(shape));
      points.set(shape.code, [dx + px * scale, dy + py * scale]);
    }
    layout.inset = {
      shapes,
      locator: [sx - 2, sy - 2, sw + 4, sh + 4],
      transform: `translate(${dx} ${dy}) scale(${scale})`,
      points,
    };
  }
  layouts.set(geometry, layout);
  return layout;
}

function count(ctx: MapContext, code: string, [x, y]: Point) {
  const group = ctx.byCode.get(code);
  if (!group) return nothing;
  return svg`<text class="count" aria-hidden="true" data-code=${code} data-level=${group.level} x=${Math.round(x)} y=${Math.round(y)}>${group.members.length}</text>`;
}

function renderInset(inset: Layout['inset'], ctx: MapContext) {
  if (!inset) return nothing;
  const [x, y, width, height] = INSET;
  const [lx, ly, lw, lh] = inset.locator;
  return svg`<g class="zoom" aria-hidden="true">
    <rect class="locator" x=${lx} y=${ly} width=${lw} height=${lh}></rect>
    <rect class="zoom-frame" x=${x} y=${y} width=${width} height=${height}></rect>
    <g transform=${inset.transform}>
      ${inset.shapes.map(
        (shape) =>
          svg`<path class="zoom-dept" data-zoom=${shape.code} data-level=${ctx.byCode.get(shape.code)?.level ?? 0} d=${shape.d}
            @mouseenter=${() => ctx.onHover(shape.code)}
            @click=${() => ctx.byCode.has(shape.code) && ctx.onOpen(shape.code)}></path>`,
      )}
    </g>
    ${inset.shapes.map((shape) => count(ctx, shape.code, inset.points.get(shape.code)!))}
    <text class="zoom-name" x=${x + width / 2} y=${y + height + 15}>${ctx.t.innerRing}</text>
  </g>`;
}

function renderCallout(shape: DepartmentShape, ctx: MapContext) {
  const group = ctx.byCode.get(shape.code);
  if (!group) return nothing;
  const [x, y] = shape.label;
  const at: Point = [x + CALLOUT_OFFSET[0], y + CALLOUT_OFFSET[1]];
  return svg`<g class="callout" aria-hidden="true">
    <line x1=${x} y1=${y} x2=${at[0]} y2=${at[1]}></line>
    <circle cx=${at[0]} cy=${at[1]} r="9" data-level=${group.level}></circle>
    ${count(ctx, shape.code, at)}
  </g>`;
}

/** The counts of the small departments with members, and the inset they need. */
export function renderSmallCounts(geometry: MapGeometry, ctx: MapContext) {
  const { inset, callouts } = layoutOf(geometry);
  return svg`${renderInset(inset, ctx)}${callouts.map((shape) => renderCallout(shape, ctx))}`;
}
