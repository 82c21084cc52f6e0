/** The SVG map: departments shaded by members, their counts, the tooltip, the legend. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/lang.js';
import { format, pluralOf } from '../i18n/messages.js';
import type { DepartmentShape, MapGeometry } from '../data/files/geometry-file.js';
import { renderLegend } from './map-legend.js';
import type { mapMessages } from './messages.js';
import type { DepartmentMembers } from './shading.js';
import { renderSmallCounts } from './small-departments.js';

export type MapText = (typeof mapMessages)['fr'];

/** What the map's templates read from the element, and what they call back. */
export interface MapContext {
  t: MapText;
  lang: Lang;
  /** Prefix of the ids in the element's shadow root. */
  uid: string;
  byCode: Map<string, DepartmentMembers>;
  /** Department codes the arrows move through, in number order. */
  keys: string[];
  tabStop?: string;
  openCode?: string;
  tipCode?: string;
  onHover(code: string | undefined): void;
  onOpen(code: string): void;
  onKeydown(event: KeyboardEvent): void;
  onFocusIn(event: FocusEvent): void;
  onFocusOut(): void;
}

/** "1 membre", "3 membres", by the language's plural rules. */
export function countText({ t, lang }: { t: MapText; lang: Lang }, count: number): string {
  return format(pluralOf(lang, count) === 'one' ? t.one : t.many, { n: count });
}

/** Departments with members that the map draws, in number order. */
export function focusableCodes(departments: DepartmentMembers[], geometry: MapGeometry): string[] {
  const drawn = new Set(geometry.departments.map((d) => d.code));
  return departments.filter((d) => drawn.has(d.code)).map((d) => d.code);
}

export function renderMap(geometry: MapGeometry, ctx: MapContext): TemplateResult {
  return html`
    <div class="map" part="map">
      <svg
        part="svg"
        tabindex="-1"
        viewBox=${geometry.viewBox}
        role="group"
        aria-labelledby="${ctx.uid}-title"
        aria-describedby="${ctx.uid}-hint"
        @keydown=${ctx.onKeydown}
        @focusin=${ctx.onFocusIn}
        @focusout=${ctx.onFocusOut}
        @mouseleave=${() => ctx.onHover(undefined)}
      >
        ${geometry.departments.map((shape) => renderShape(shape, ctx))}
        ${geometry.departments.map((shape) => renderLabels(shape, ctx.byCode.get(shape.code)))}
        ${renderSmallCounts(geometry, ctx)}
      </svg>
      ${renderTooltip(geometry, ctx)}
    </div>
    <p class="hint" id="${ctx.uid}-hint">${ctx.t.instructions}</p>
    ${renderLegend(ctx.t, ctx.uid)}
  `;
}

function renderShape(shape: DepartmentShape, ctx: MapContext) {
  const group = ctx.byCode.get(shape.code);
  const frame = shape.inset
    ? svg`<rect class="frame" x=${shape.inset[0]} y=${shape.inset[1]} width=${shape.inset[2]} height=${shape.inset[3]}></rect>`
    : nothing;
  if (!group) {
    return svg`${frame}<path class="dept" part="department" data-code=${shape.code} data-level="0" data-count="0" d=${shape.d}
      @mouseenter=${() => ctx.onHover(shape.code)}></path>`;
  }
  const count = group.members.length;
  const open = ctx.openCode === shape.code;
  const label = format(ctx.t.departmentLabel, {
    name: shape.name,
    code: shape.code,
    count: countText(ctx, count),
  });
  return svg`${frame}<path
    class=${open ? 'dept active' : 'dept'}
    part="department department-shaded"
    role="button"
    tabindex=${shape.code === ctx.tabStop ? 0 : -1}
    aria-label=${label}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${open ? `${ctx.uid}-panel` : nothing}
    data-code=${shape.code}
    data-level=${group.level}
    data-count=${count}
    d=${shape.d}
    @mouseenter=${() => ctx.onHover(shape.code)}
    @click=${() => ctx.onOpen(shape.code)}
  ></path>`;
}

function renderLabels(shape: DepartmentShape, group: DepartmentMembers | undefined) {
  const inset = shape.inset
    ? svg`<text class="inset-name" aria-hidden="true" x=${shape.inset[0] + shape.inset[2] / 2} y=${shape.inset[1] + shape.inset[3] + 15}>${shape.name}</text>`
    : nothing;
  // A small department's count is drawn beside it (small-departments.ts).
  const count =
    group && !shape.small
      ? svg`<text class="count" aria-hidden="true" data-code=${shape.code} data-level=${group.level} x=${shape.label[0]} y=${shape.label[1]}>${group.members.length}</text>`
      : nothing;
  return svg`${inset}${count}`;
}

function renderTooltip(geometry: MapGeometry, ctx: MapContext) {
  const code = ctx.tipCode;
  const shape = code ? geometry.departments.find((d) => d.code === code) : undefined;
  if (!shape || ctx.openCode === code) return nothing;
  const [, , width, height] = geometry.viewBox.split(' ').map(Number);
  const t = ctx.t;
  const group = ctx.byCode.get(shape.code);
  const names = group?.members.map((m) => m.name) ?? [];
  const shown = names.slice(0, 8);
  const more = names.length - shown.length;
  return html`<div
    class="tooltip"
    part="tooltip"
    aria-hidden="true"
    data-x=${Math.min(Math.max((shape.label[0] / width) * 100, 15), 85)}
    data-y=${(shape.label[1] / height) * 100}
  >
    <p><strong>${format(t.department, { name: shape.name, code: shape.code })}</strong></p>
    <p>${group ? countText(ctx, group.members.length) : t.none}</p>
    ${
      shown.length
        ? html`<p class="names">
            ${shown.join(', ')}${more > 0 ? ` ${format(pluralOf(ctx.lang, more) === 'one' ? t.andOneMore : t.andMore, { n: more })}` : ''}
          </p>`
        : nothing
    }
  </div>`;
}

/** Places the tooltip where its data says (no inline style attribute: CSP). */
export function placeTooltip(root: ParentNode): void {
  const tip = root.querySelector<HTMLElement>('.tooltip');
  if (!tip) return;
  tip.style.left = `${tip.dataset.x}%`;
  tip.style.top = `${tip.dataset.y}%`;
}
