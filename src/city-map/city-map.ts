import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { MEMBERS_FILE } from '../data/files/members-file.js';
import { VaeDataElement, type DerivedView } from '../core/vae-data-element.js';
import { GEOMETRY_FILE, type MapGeometry } from '../data/files/geometry-file.js';
import { locate, type Located } from '../data/locate.js';
import type { MemberSummary, MembersFile } from '../data/model.js';
import { VaeSelectEvent, memberSelection } from '../core/select-event.js';
import { baseStyles } from '../core/tokens.js';
import { cityMapStyles } from './city-map.styles.js';
import { renderPanel } from './department-panel.js';
import { focusableCodes, placeTooltip, renderMap } from './map-view.js';
import { MembersByDepartment, type CityMapView } from './members-by-department.js';
import { mapMessages } from './messages.js';
import { MapInteraction } from './map-interaction.js';
import { renderTable } from './table-view.js';
import { renderToolbar, type MapViewMode } from './view-switch.js';

export type { CityMapView } from './members-by-department.js';
export type { MapViewMode } from './view-switch.js';
export type MapTheme = 'light' | 'dark' | 'auto';

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
 * @cssproperty --vae-map-color-empty - Fill of departments without members (default #f4f4f4; dark #2b3b47).
 * @cssproperty --vae-map-color-1 - Fill for 1 member (default #deebf7).
 * @cssproperty --vae-map-color-2 - Fill for 2 members (default #9ecae1).
 * @cssproperty --vae-map-color-3 - Fill for 3–4 members (default #4292c6).
 * @cssproperty --vae-map-color-4 - Fill for 5–9 members (default #2171b5).
 * @cssproperty --vae-map-color-5 - Fill for 10 or more members (default #08306b).
 * @cssproperty --vae-map-stroke - Department borders (default #6b6b6b).
 * @cssproperty --vae-map-hover - Border of the hovered or active department (default #b34700).
 *
 * Paris and the inner ring (75, 92, 93, 94) are drawn again, enlarged, in an
 * inset with their counts; a department too small for its count otherwise
 * (Territoire de Belfort) has it in a callout. `theme="dark"` (or `auto`,
 * following the reader's system) uses the shared dark palette and a dark scale.
 */
export class VaeCityMap extends VaeDataElement<CityMapView, MembersFile> {
  // lit's static properties, not decorators: no decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    theme: { reflect: true },
    region: {},
    department: {},
    kind: {},
    mandate: {},
    status: {},
    href: {},
  };

  protected readonly dataFile = MEMBERS_FILE;

  static override styles = [...baseStyles, cityMapStyles];

  /** `map` (default) or `table`: the equivalent table. A visible switch changes it too. */
  view: MapViewMode = 'map';

  /** `light` (default), `dark`, or `auto` (follows the reader's system setting). */
  theme: MapTheme = 'light';

  /** Only members of this region (INSEE region code, e.g. `84`), as the counter's `region`. */
  region?: string;

  /** Only members of this department (`69`, `2A`, `974`), as the counter's `department`. */
  department?: string;

  /** Only members of this kind: `commune` or `epci`, as the counter's `kind`. */
  kind?: string;

  /**
   * Mandate id(s) shown, as the counter's `mandate`. Default: the running
   * mandate when it has titled members, else the last ended one.
   */
  mandate?: string;

  /** `titled` (default) or `candidate`, as the counter's `status`. */
  status?: string;

  /** Link template for member names, e.g. `https://example.org/villes/{code}` (`{code}`, `{id}`). */
  href?: string;

  private readonly uid = `vae-map-${++instances}`;
  private readonly interaction = new MapInteraction(this);
  private readonly members = new MembersByDepartment();

  protected override deriveView(dataset: MembersFile): DerivedView<CityMapView> {
    const view = this.members.get(dataset, this, this.judgedOn);
    if ('problem' in view) return { state: 'empty', reason: mapMessages[this.locale].empty };
    return { state: 'ready', view };
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
    const byCode = new Map(view.departments.map((d) => [d.code, d]));
    const openCode = this.interaction.openCode;
    const open = openCode ? byCode.get(openCode) : undefined;
    const members = { t, lang: this.locale, href: this.href, onSelect: this.emitSelect };
    const geometry = this.geometry;
    return html`
      ${renderToolbar(t, this.uid, this.view, (mode) => this.setView(mode))}
      ${
        this.view === 'table' || !geometry
          ? renderTable(view.departments, this.uid, members)
          : html`${renderMap(
              geometry,
              this.interaction.context({
                t,
                lang: this.locale,
                uid: this.uid,
                byCode,
                keys: focusableCodes(view.departments, geometry),
              }),
            )}
            ${
              open
                ? renderPanel(open, {
                    ...members,
                    uid: this.uid,
                    onClose: () => this.interaction.close(),
                  })
                : nothing
            }`
      }
      <p class="credit" part="credit">${t.credit}</p>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    placeTooltip(this.renderRoot);
  }

  private setView(mode: MapViewMode) {
    this.view = mode;
    this.interaction.reset();
  }

  private emitSelect = (member: MemberSummary) => {
    this.dispatchEvent(new VaeSelectEvent(memberSelection(member)));
  };
}
