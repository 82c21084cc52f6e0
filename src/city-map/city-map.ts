import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MEMBERS_FILE } from '../data/files/members-file.js';
import { VaeDataElement, type DerivedView } from '../core/vae-data-element.js';
import {
  GEOMETRY_FILE,
  type DepartmentShape,
  type MapGeometry,
} from '../data/files/geometry-file.js';
import { locate, type Located } from '../data/locate.js';
import type { MemberSummary, MembersFile, MemberKind } from '../data/model.js';
import {
  askedChoice,
  matchesChoice,
  titleChoice,
  type TitleChoice,
} from '../domain/title-choice.js';
import { format, pluralOf } from '../i18n/messages.js';
import { fillHrefTemplate } from '../core/safe-url.js';
import { VaeSelectEvent, memberSelection } from '../core/select-event.js';
import { baseStyles } from '../core/tokens.js';
import { cityMapStyles } from './city-map.styles.js';
import { mapMessages } from './messages.js';
import { nextKey } from './roving-focus.js';
import { byDepartmentCode, classRanges, levelOf, type DepartmentMembers } from './shading.js';

export type MapViewMode = 'map' | 'table';

/** What the map shows: members grouped by department, under the filters. */
export interface CityMapView {
  /** Departments with at least one member, in number order. */
  departments: DepartmentMembers[];
  total: number;
  /** Which titles are shown: the counter's choice (`titleChoice` in domain/titles.ts). */
  choice: TitleChoice;
}

let instances = 0;

/**
 * France by department — the 96 metropolitan departments and the five overseas
 * departments as insets — shaded by the number of Ville amie des enfants members,
 * operable by keyboard, with an equivalent table.
 *
 * Keyboard: one tab stop into the map; the arrow keys move between departments
 * that have members, in department-number order (01 … 19, 2A, 2B, 21 … 95, 971 … 976);
 * Home/End go to the first/last; Enter or Space lists the department's members;
 * Escape closes the list (or the tooltip). Activating a member fires `vae-select`.
 *
 * The geometry (`map-departments.json`) sits beside the dataset and is fetched
 * only by this element, once per page.
 *
 * @summary Map of the network by department, with overseas insets and an equivalent table.
 *
 * @fires vae-select - A member was activated in a department's list; `detail` is `{ entity, membership }`.
 * @fires vae-load - The data and the map are ready; `detail` is the view (departments with members).
 * @fires vae-error - The data or the base map cannot be used; `detail` is `{ error, message }`.
 *
 * @slot - Fallback content, shown while loading and on error.
 * @slot empty - Shown when no member matches the filters.
 * @slot error - Shown instead of the built-in message when the data cannot be used.
 *
 * @csspart header - The title and the view switch.
 * @csspart switch - The map/table switch (two toggle buttons).
 * @csspart map - The box holding the SVG map and its tooltip.
 * @csspart svg - The SVG map.
 * @csspart department - Each department shape (also `department-shaded` when it has members).
 * @csspart tooltip - The hover/focus tooltip (name, number, members).
 * @csspart legend - The legend (class ranges as text).
 * @csspart panel - The list of a department's members, opened with Enter/Space or a click.
 * @csspart member - Each member button or link in the panel and the table.
 * @csspart table-container - The scrolling box around the table.
 * @csspart table - The table view.
 * @csspart credit - The footer credit of the map sources.
 * @csspart message - The built-in loading, empty or error message.
 *
 * @cssproperty --vae-map-color-empty - Fill of departments without members (default #f4f4f4).
 * @cssproperty --vae-map-color-1 - Fill for 1 member (default #deebf7).
 * @cssproperty --vae-map-color-2 - Fill for 2 members (default #9ecae1).
 * @cssproperty --vae-map-color-3 - Fill for 3–4 members (default #4292c6).
 * @cssproperty --vae-map-color-4 - Fill for 5–9 members (default #2171b5).
 * @cssproperty --vae-map-color-5 - Fill for 10 or more members (default #08306b).
 * @cssproperty --vae-map-stroke - Department borders (default #6b6b6b).
 * @cssproperty --vae-map-hover - Border of the hovered or active department (default #b34700).
 */
export class VaeCityMap extends VaeDataElement<CityMapView, MembersFile> {
  protected readonly dataFile = MEMBERS_FILE;

  static override styles = [...baseStyles, cityMapStyles];

  /** `map` (default) or `table`: the equivalent table. A visible switch changes it too. */
  @property({ reflect: true }) view: MapViewMode = 'map';

  /** Only members of this region (INSEE region code, e.g. `84`). */
  @property() region?: string;

  /** Only members of this kind: `commune` or `epci`. */
  @property() kind?: MemberKind;

  /**
   * Mandate id(s) shown, as the counter's `mandate`. Default: the running
   * mandate when it has titled members, else the last ended one.
   */
  @property() mandate?: string;

  /** `titled` (default) or `candidate`, as the counter's `status`. */
  @property() status?: string;

  /** Link template for member names, e.g. `https://example.org/villes/{code}` (`{code}`, `{id}`). */
  @property() href?: string;

  /** The department holding the roving tab stop. */
  @state() private activeCode?: string;
  /** The department whose tooltip shows (hover or focus). */
  @state() private tipCode?: string;
  /** The department whose member list is open. */
  @state() private openCode?: string;

  private readonly uid = `vae-map-${++instances}`;

  protected override deriveView(dataset: MembersFile): DerivedView<CityMapView> {
    const region = this.region?.trim();
    const kind = this.kind === 'commune' || this.kind === 'epci' ? this.kind : undefined;
    const asked = askedChoice(this.mandate, this.status);
    // The same members as the counter's: its choice of mandate and status.
    const choice = titleChoice(dataset.members, dataset.meta.mandates, this.judgedOn, asked);
    const groups = new Map<string, DepartmentMembers>();
    let total = 0;
    for (const member of dataset.members) {
      if (asked.badStatus || !matchesChoice(member, choice)) continue;
      if (region && member.region.code !== region) continue;
      if (kind && member.kind !== kind) continue;
      const code = member.department.code;
      let group = groups.get(code);
      if (!group) {
        group = { code, name: member.department.name, members: [], level: 0 };
        groups.set(code, group);
      }
      group.members.push(member);
      total++;
    }
    if (!total) return { state: 'empty', reason: mapMessages[this.locale].empty };
    const collator = new Intl.Collator('fr');
    const departments = [...groups.values()]
      .map((group) => ({
        ...group,
        members: group.members.sort((a, b) => collator.compare(a.name, b.name)),
        level: levelOf(group.members.length),
      }))
      .sort(byDepartmentCode);
    return { state: 'ready', view: { departments, total, choice } };
  }

  /**
   * The map view needs its geometry too (a data file like the others); a
   * table-only map never fetches it. Once arrived it stays wanted, so going
   * back and forth between the views does not load again; the table does
   * without a geometry that failed.
   */
  protected override dataFiles(): Located<unknown>[] {
    const files: Located<unknown>[] = super.dataFiles();
    if (this.view === 'map' || this.geometry) {
      files.push(locate(GEOMETRY_FILE, this.src, this.ownerDocument)!);
    }
    return files;
  }

  private get geometry(): MapGeometry | undefined {
    return this.data.files?.[1] as MapGeometry | undefined;
  }

  protected override message(): string {
    const error = this.data.error;
    if (error?.file === GEOMETRY_FILE.name) {
      const t = mapMessages[this.locale];
      return error.kind === 'timeout' ? t.geometryTimeout : t.geometry;
    }
    return super.message();
  }

  protected override renderReady(view: CityMapView): TemplateResult {
    const t = mapMessages[this.locale];
    return html`
      <div class="toolbar" part="header">
        <h2 id="${this.uid}-title">${t.title}</h2>
        <div class="switch" part="switch" role="group" aria-label=${t.views}>
          ${(['map', 'table'] as const).map(
            (mode) =>
              html`<button
                type="button"
                aria-pressed=${this.view === mode ? 'true' : 'false'}
                data-view=${mode}
                @click=${() => this.setView(mode)}
              >
                ${mode === 'map' ? t.viewMap : t.viewTable}
              </button>`,
          )}
        </div>
      </div>
      ${
        this.view === 'table' || !this.geometry
          ? this.renderTable(view)
          : this.renderMap(view, this.geometry)
      }
      <p class="credit" part="credit">${t.credit}</p>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tip) {
      tip.style.left = `${tip.dataset.x}%`;
      tip.style.top = `${tip.dataset.y}%`;
    }
  }

  private setView(mode: MapViewMode) {
    this.view = mode;
    this.openCode = undefined;
    this.tipCode = undefined;
  }

  private countText(count: number): string {
    const t = mapMessages[this.locale];
    return format(pluralOf(this.locale, count) === 'one' ? t.one : t.many, { n: count });
  }

  private renderMap(view: CityMapView, geometry: MapGeometry): TemplateResult {
    const t = mapMessages[this.locale];
    const byCode = new Map(view.departments.map((d) => [d.code, d]));
    const keys = this.focusableCodes(view, geometry);
    const tabStop = this.activeCode && keys.includes(this.activeCode) ? this.activeCode : keys[0];
    const [, , width, height] = geometry.viewBox.split(' ').map(Number);
    const open = this.openCode ? byCode.get(this.openCode) : undefined;
    return html`
      <div class="map" part="map">
        <svg
          part="svg"
          tabindex="-1"
          viewBox=${geometry.viewBox}
          role="group"
          aria-labelledby="${this.uid}-title"
          aria-describedby="${this.uid}-hint"
          @keydown=${(event: KeyboardEvent) => this.onKeydown(event, keys, byCode)}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
          @mouseleave=${() => (this.tipCode = undefined)}
        >
          ${geometry.departments.map((shape) =>
            this.renderShape(shape, byCode.get(shape.code), tabStop),
          )}
          ${geometry.departments.map((shape) => this.renderLabels(shape, byCode.get(shape.code)))}
        </svg>
        ${this.renderTooltip(geometry, byCode, width, height)}
      </div>
      <p class="hint" id="${this.uid}-hint">${t.instructions}</p>
      ${this.renderLegend()} ${open ? this.renderPanel(open) : nothing}
    `;
  }

  /** Departments with members that the map draws, in number order. */
  private focusableCodes(view: CityMapView, geometry: MapGeometry): string[] {
    const drawn = new Set(geometry.departments.map((d) => d.code));
    return view.departments.filter((d) => drawn.has(d.code)).map((d) => d.code);
  }

  private renderShape(
    shape: DepartmentShape,
    group: DepartmentMembers | undefined,
    tabStop: string | undefined,
  ) {
    const t = mapMessages[this.locale];
    const frame = shape.inset
      ? svg`<rect class="frame" x=${shape.inset[0]} y=${shape.inset[1]} width=${shape.inset[2]} height=${shape.inset[3]}></rect>`
      : nothing;
    if (!group) {
      return svg`${frame}<path class="dept" part="department" data-code=${shape.code} data-level="0" data-count="0" d=${shape.d}
        @mouseenter=${() => (this.tipCode = shape.code)}></path>`;
    }
    const count = group.members.length;
    const label = format(t.departmentLabel, {
      name: shape.name,
      code: shape.code,
      count: this.countText(count),
    });
    return svg`${frame}<path
      class=${this.openCode === shape.code ? 'dept active' : 'dept'}
      part="department department-shaded"
      role="button"
      tabindex=${shape.code === tabStop ? 0 : -1}
      aria-label=${label}
      aria-expanded=${this.openCode === shape.code ? 'true' : 'false'}
      aria-controls=${this.openCode === shape.code ? `${this.uid}-panel` : nothing}
      data-code=${shape.code}
      data-level=${group.level}
      data-count=${count}
      d=${shape.d}
      @mouseenter=${() => (this.tipCode = shape.code)}
      @click=${() => this.openPanel(shape.code)}
    ></path>`;
  }

  private renderLabels(shape: DepartmentShape, group: DepartmentMembers | undefined) {
    const inset = shape.inset
      ? svg`<text class="inset-name" aria-hidden="true" x=${shape.inset[0] + shape.inset[2] / 2} y=${shape.inset[1] + shape.inset[3] + 15}>${shape.name}</text>`
      : nothing;
    const count =
      group && !shape.small
        ? svg`<text class="count" aria-hidden="true" data-code=${shape.code} data-level=${group.level} x=${shape.label[0]} y=${shape.label[1]}>${group.members.length}</text>`
        : nothing;
    return svg`${inset}${count}`;
  }

  private renderTooltip(
    geometry: MapGeometry,
    byCode: Map<string, DepartmentMembers>,
    width: number,
    height: number,
  ) {
    const code = this.tipCode;
    const shape = code ? geometry.departments.find((d) => d.code === code) : undefined;
    if (!shape || this.openCode === code) return nothing;
    const t = mapMessages[this.locale];
    const group = byCode.get(shape.code);
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
      <p>${group ? this.countText(group.members.length) : t.none}</p>
      ${
        shown.length
          ? html`<p class="names">
              ${shown.join(', ')}${more > 0 ? ` ${format(pluralOf(this.locale, more) === 'one' ? t.andOneMore : t.andMore, { n: more })}` : ''}
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderLegend() {
    const t = mapMessages[this.locale];
    const ranges = classRanges().map(([from, to], index) => ({
      level: index + 1,
      text:
        to === undefined
          ? format(t.orMore, { n: from })
          : from === to
            ? `${from}`
            : format(t.range, { from, to }),
    }));
    return html`<p class="legend-title" id="${this.uid}-legend">${t.legend}</p>
      <ul class="legend" part="legend" aria-labelledby="${this.uid}-legend">
        <li><span class="swatch" data-level="0"></span>${t.none}</li>
        ${ranges.map(
          (range) =>
            html`<li><span class="swatch" data-level=${range.level}></span>${range.text}</li>`,
        )}
      </ul>`;
  }

  private renderPanel(group: DepartmentMembers) {
    const t = mapMessages[this.locale];
    return html`<section
      class="panel"
      part="panel"
      id="${this.uid}-panel"
      aria-labelledby="${this.uid}-panel-title"
      @keydown=${this.onPanelKeydown}
    >
      <div class="panel-head">
        <h3 id="${this.uid}-panel-title">
          ${format(t.membersOf, { name: group.name, code: group.code })} —
          ${this.countText(group.members.length)}
        </h3>
        <button type="button" class="close" @click=${() => this.closePanel()}>${t.close}</button>
      </div>
      <ul>
        ${group.members.map((member) => html`<li>${this.renderMember(member, true)}</li>`)}
      </ul>
    </section>`;
  }

  /** A member's name: a link if `href` is set, else (in the panel) a button, else text. */
  private renderMember(member: MemberSummary, asButton: boolean) {
    const t = mapMessages[this.locale];
    const name =
      member.kind === 'epci' ? html`${member.name} <small>(${t.epci})</small>` : member.name;
    const link = fillHrefTemplate(this.href, { code: member.code, id: member.id });
    if (link) {
      return html`<a part="member" href=${link} @click=${() => this.emitSelect(member)}
        >${name}</a
      >`;
    }
    if (asButton) {
      return html`<button
        type="button"
        class="member"
        part="member"
        data-code=${member.code}
        @click=${() => this.emitSelect(member)}
      >
        ${name}
      </button>`;
    }
    return name;
  }

  private emitSelect(member: MemberSummary) {
    this.dispatchEvent(new VaeSelectEvent(memberSelection(member)));
  }

  private renderTable(view: CityMapView): TemplateResult {
    const t = mapMessages[this.locale];
    return html`<div
      class="table-scroll"
      part="table-container"
      role="region"
      aria-labelledby="${this.uid}-caption"
      tabindex="0"
    >
      <table part="table">
        <caption id="${this.uid}-caption">
          ${t.caption}
          <small>${t.captionNote}</small>
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.colDepartment}</th>
            <th scope="col">${t.colCount}</th>
            <th scope="col">${t.colMembers}</th>
          </tr>
        </thead>
        <tbody>
          ${view.departments.map(
            (group) =>
              html`<tr data-code=${group.code}>
                <th scope="row">${format(t.department, { name: group.name, code: group.code })}</th>
                <td class="count-cell">${group.members.length}</td>
                <td>
                  ${group.members.map(
                    (member, index) =>
                      html`${index ? ', ' : ''}${this.renderMember(member, false)}`,
                  )}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private onKeydown(event: KeyboardEvent, keys: string[], byCode: Map<string, DepartmentMembers>) {
    const target = event.target as Element;
    const code = target.getAttribute('data-code') ?? undefined;
    if (!code || !byCode.has(code)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.openPanel(code);
      return;
    }
    if (event.key === 'Escape') {
      if (this.tipCode) {
        event.preventDefault();
        this.tipCode = undefined;
      }
      return;
    }
    const next = nextKey(keys, code, event.key);
    if (next === undefined) return;
    event.preventDefault();
    this.focusDepartment(next);
  }

  private onFocusIn = (event: FocusEvent) => {
    const code = (event.target as Element).getAttribute?.('data-code');
    if (code) {
      this.activeCode = code;
      this.tipCode = code;
    }
  };

  private onFocusOut = () => {
    this.tipCode = undefined;
  };

  private async focusDepartment(code: string) {
    this.activeCode = code;
    await this.updateComplete;
    this.departmentElement(code)?.focus();
  }

  private departmentElement(code: string) {
    return this.renderRoot.querySelector<SVGPathElement>(`path[data-code="${code}"][tabindex]`);
  }

  private async openPanel(code: string) {
    this.activeCode = code;
    this.openCode = code;
    this.tipCode = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.panel [part="member"]')?.focus();
  }

  private onPanelKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.closePanel();
  };

  private async closePanel() {
    const code = this.openCode;
    this.openCode = undefined;
    if (!code) return;
    await this.updateComplete;
    this.departmentElement(code)?.focus();
  }
}
