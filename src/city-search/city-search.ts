import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VaeDataElement, type Selection } from '../data/vae-data-element.js';
import { resolveDatasetUrl } from '../data/dataset-url.js';
import type { Dataset } from '../data/model.js';
import { inEpciSentence, statusSentence } from '../data/title-sentences.js';
import { format } from '../i18n/messages.js';
import { fillHrefTemplate } from '../shared/safe-url.js';
import { VaeSelectEvent } from '../shared/select-event.js';
import { baseStyles } from '../styles/tokens.js';
import { memberIndex, type Place } from '../search/places.js';
import type { Range } from '../search/fold.js';
import type { SearchHit, SearchIndex } from '../search/search-index.js';
import { loadFuzzyScorer, loadedFuzzyScorer } from '../search/fuzzy.js';
import { LiveAnnouncer } from './live-region.js';
import { messages } from './messages.js';
import { styles } from './city-search.styles.js';

interface View {
  dataset: Dataset;
  members: SearchIndex<Place>;
}

const DEFAULT_LIMIT = 8;
// No French commune name is longer than 45 characters: a longer query is a
// paste gone wrong. Capped, it costs the search nothing and the live region
// never reads it back whole.
const MAX_QUERY = 100;
const QUOTED = 40;
const MAX_LIMIT = 50;

/**
 * "Is my town a Ville amie des enfants?": an accessible combobox (WAI-ARIA APG
 * editable combobox with a listbox popup) that finds members by name (accents,
 * case, hyphens, "St" and typos forgiven), postcode or department number, and
 * answers truthfully for communes of member intercommunalities and, with
 * `all-communes`, for every French commune. Form-associated: submits the code.
 *
 * @summary Search the Ville amie des enfants network by town name, postcode or department.
 *
 * @slot - Fallback content shown while loading and on error (e.g. a link to the programme page).
 * @slot empty - Content shown when the dataset lists no member.
 * @slot error - Content shown when the dataset cannot be loaded.
 *
 * @csspart label - The visible label.
 * @csspart field - The box around the input and the clear button.
 * @csspart input - The text input (role combobox).
 * @csspart clear - The clear button.
 * @csspart listbox - The popup list.
 * @csspart option - Each option; `option active` for the active one.
 * @csspart name - The name in an option.
 * @csspart department - The department code in an option.
 * @csspart status - The membership line of an option.
 * @csspart mark - Matched characters.
 * @csspart notice - Loading / error notice about the all-communes list.
 * @csspart message - Loading, empty and error messages.
 *
 * @cssproperty --vae-search-max-width - Maximum width (default 32rem).
 * @cssproperty --vae-search-background - Input and listbox background.
 * @cssproperty --vae-search-border-color - Border colour.
 * @cssproperty --vae-search-accent - Accent (active option outline, member status).
 * @cssproperty --vae-search-mark-background - Background of matched characters.
 * @cssproperty --vae-search-active-background - Background of the active option.
 * @cssproperty --vae-search-max-height - Maximum listbox height (default 24rem).
 * @cssproperty --vae-search-z-index - Listbox stacking (default 10).
 *
 * @event vae-select - `VaeSelectEvent`, on click or Enter: `detail.entity` (kind, code, name, department) and `detail.membership`.
 * @event vae-load - The dataset is ready.
 * @event vae-error - The dataset could not be loaded.
 */
export class VaeCitySearch extends VaeDataElement<View> {
  static formAssociated = true;
  static override styles = [...baseStyles, styles];

  /** Visible label. Default: "Votre commune est-elle Ville amie des enfants ?" (or English). */
  @property() label?: string;
  /** Input placeholder. Default: "Nom, code postal ou département" (or English). */
  @property() placeholder?: string;
  /** Only this department (or several, space- or comma-separated): `69`, `2A`, `974`. */
  @property() department?: string;
  /** Maximum number of options (default 8, at most 50). */
  @property({ type: Number }) limit = DEFAULT_LIMIT;
  /** Makes options links: an http(s) URL template with `{code}` (and `{name}`, `{department}`). */
  @property() href?: string;
  /** Answers for every French commune (loads `communes.json` beside the dataset on first use). */
  @property({ type: Boolean, attribute: 'all-communes' }) allCommunes = false;
  /** URL of the all-communes file. Default: `communes.json` beside the dataset. */
  @property({ attribute: 'communes-src' }) communesSrc?: string;
  /** Form field name: the form submits the chosen code under it. */
  @property({ reflect: true }) name?: string;
  /** The form is invalid until a town is chosen. */
  @property({ type: Boolean, reflect: true }) required = false;

  @state() private query = '';
  @state() private open = false;
  @state() private active = -1;
  @state() private hits: SearchHit<Place>[] = [];
  @state() private chosen?: Place;
  @state() private announcement = '';
  @state() private allStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle';

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  private readonly internals: ElementInternals;
  private allIndex?: SearchIndex<Place>;
  private pendingValue?: string;
  private total = 0;
  private readonly announcer = new LiveAnnouncer((text) => (this.announcement = text));

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The chosen code ('' when none); setting a member's code selects it. */
  get value(): string {
    return this.chosen?.entity.code ?? '';
  }
  set value(code: string) {
    this.pendingValue = code ?? '';
    this.applyPendingValue();
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Form reset: back to empty. */
  formResetCallback(): void {
    this.clear(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.announcer.cancel();
  }

  protected select(dataset: Dataset): Selection<View> {
    if (!dataset.members.length) return { state: 'empty', reason: messages[this.locale].empty };
    return { state: 'ready', view: { dataset, members: memberIndex(dataset) } };
  }

  private get view(): View | undefined {
    return this.selection?.state === 'ready' ? this.selection.view : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('communesSrc') && changed.get('communesSrc') !== undefined) {
      this.allStatus = 'idle';
      this.allIndex = undefined;
    }
    if (this.view && this.pendingValue !== undefined) this.applyPendingValue();
    const refilter = ['department', 'limit', 'lang', 'allCommunes'].some((key) => changed.has(key));
    if (refilter && this.query && !this.chosen && this.view) this.runSearch();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot
        .querySelector(`#option-${this.active}`)
        ?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  private get clampedLimit(): number {
    const limit = Math.floor(Number(this.limit));
    return Number.isFinite(limit) && limit >= 1 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT;
  }

  private get departments(): string[] | undefined {
    const codes = this.department?.split(/[\s,;]+/).filter(Boolean);
    return codes?.length ? codes : undefined;
  }

  private index(view: View): SearchIndex<Place> {
    return this.allCommunes && this.allIndex ? this.allIndex : view.members;
  }

  private runSearch(): void {
    const view = this.view;
    if (!view) return;
    const text = this.query.slice(0, MAX_QUERY).trim();
    if (!text) {
      this.hits = [];
      this.total = 0;
      this.open = false;
      this.active = -1;
      this.announcer.announce('');
      return;
    }
    const fuzzy = loadedFuzzyScorer();
    if (!fuzzy) this.loadTypos();
    const result = this.index(view).search(text, {
      limit: this.clampedLimit,
      departments: this.departments,
      fuzzy,
    });
    this.hits = result.hits;
    this.total = result.total;
    this.active = -1;
    this.open = true;
    this.announcer.announce(this.resultMessage());
  }

  private resultMessage(): string {
    const m = messages[this.locale];
    let text =
      this.total === 0
        ? format(m.noResult, { query: quoted(this.query.slice(0, MAX_QUERY).trim()) })
        : this.total === 1
          ? m.oneResult
          : format(m.results, { count: this.total, shown: this.hits.length });
    if (this.allCommunes && this.allStatus === 'loading') text += ` ${m.loadingAll}`;
    if (this.allCommunes && this.allStatus === 'error') text += ` ${m.allFailed}`;
    return text;
  }

  /**
   * Typos are scored by fuse.js, a separate chunk fetched when the reader first
   * focuses or types: until it arrives, exact and prefix matches answer alone,
   * then the open query runs again with typos.
   */
  private loadTypos(): void {
    loadFuzzyScorer().then(
      () => {
        if (this.query.trim() && !this.chosen) this.runSearch();
      },
      (error: unknown) => console.warn('[vae-widgets] typo matching unavailable:', error),
    );
  }

  /** Loads every commune the first time the reader types (never before, never twice). */
  private ensureAllCommunes(view: View): void {
    // One attempt per element and URL: a failure is not retried on every keystroke.
    if (!this.allCommunes || this.allStatus !== 'idle') return;
    this.allStatus = 'loading';
    let url: string;
    try {
      const datasetUrl = resolveDatasetUrl(this.src, this.ownerDocument);
      url = new URL(
        this.communesSrc?.trim() || 'communes.json',
        this.communesSrc ? this.ownerDocument.baseURI : datasetUrl,
      ).href;
    } catch {
      this.allStatus = 'error';
      return;
    }
    import('../search/all-communes.js')
      .then((module) => module.loadAllCommunesIndex(view.dataset, url))
      .then(
        (index) => {
          this.allIndex = index;
          this.allStatus = 'ready';
        },
        (error: unknown) => {
          console.warn('[vae-widgets] all-communes file unavailable:', error);
          this.allStatus = 'error';
        },
      )
      .finally(() => {
        if (this.query && !this.chosen) this.runSearch();
      });
  }

  private onFocus(): void {
    if (!loadedFuzzyScorer()) this.loadTypos();
  }

  private onInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.chosen = undefined;
    this.pendingValue = undefined;
    const view = this.view;
    if (view && this.query.trim()) this.ensureAllCommunes(view);
    this.runSearch();
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.hits.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) {
          if (!this.hits.length && this.query.trim()) this.runSearch();
          this.open = this.hits.length > 0 || this.query.trim() !== '';
          if (!event.altKey && count) this.active = 0;
        } else if (count && !event.altKey) {
          this.active = (this.active + 1) % count;
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.open) {
          this.open = this.hits.length > 0;
          if (count) this.active = count - 1;
        } else if (count) {
          this.active = this.active <= 0 ? count - 1 : this.active - 1;
        }
        break;
      case 'Home':
      case 'End':
        if (this.open && this.active >= 0 && count) {
          event.preventDefault();
          this.active = event.key === 'Home' ? 0 : count - 1;
        }
        break;
      case 'Enter':
        if (this.open && this.active >= 0 && this.hits[this.active]) {
          event.preventDefault();
          this.choose(this.hits[this.active], true);
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.query) {
          event.preventDefault();
          this.clear(false);
        }
        break;
      case 'Tab':
        this.open = false;
        this.active = -1;
        break;
    }
  }

  private choose(hit: SearchHit<Place>, viaKeyboard: boolean): void {
    const place = hit.item;
    this.chosen = place;
    this.query = place.entity.name;
    this.open = false;
    this.active = -1;
    this.announcer.announce(
      `${place.entity.name} (${place.entity.department.code}) : ${this.statusText(place)}`,
    );
    this.dispatchEvent(new VaeSelectEvent({ entity: place.entity, membership: place.membership }));
    if (viaKeyboard) {
      const link = this.optionHref(place);
      if (link) window.location.assign(link);
    }
  }

  /** Empties the field, the choice and the list. */
  clear(focus = true): void {
    this.query = '';
    this.chosen = undefined;
    this.pendingValue = undefined;
    this.hits = [];
    this.total = 0;
    this.open = false;
    this.active = -1;
    this.announcer.announce('');
    if (this.input) this.input.value = '';
    if (focus) this.input?.focus();
  }

  private applyPendingValue(): void {
    const view = this.view;
    const code = this.pendingValue;
    if (!view || code === undefined) return;
    this.pendingValue = undefined;
    if (!code) {
      this.clear(false);
      return;
    }
    const place =
      this.allIndex?.find((item) => item.entity.code === code) ??
      view.members.find((item) => item.entity.code === code);
    if (place) {
      this.chosen = place;
      this.query = place.entity.name;
    } else {
      this.clear(false);
    }
  }

  private syncForm(): void {
    const code = this.chosen?.entity.code;
    this.internals.setFormValue(code ?? null);
    if (this.required && !code) {
      this.internals.setValidity(
        { valueMissing: true },
        messages[this.locale].required,
        this.input ?? undefined,
      );
    } else {
      this.internals.setValidity({});
    }
  }

  private optionHref(place: Place): string | undefined {
    return fillHrefTemplate(this.href, {
      code: place.entity.code,
      name: place.entity.name,
      department: place.entity.department.code,
    });
  }

  /** The status of an option: the words and rules of `data/titles.ts`, judged on `date`. */
  private statusText(place: Place): string {
    const m = messages[this.locale];
    const membership = place.membership;
    const sentence =
      membership.status === 'member'
        ? statusSentence(membership.member, this.judgedOn, this.locale)
        : membership.status === 'in-member-epci'
          ? inEpciSentence(membership.epci, this.judgedOn, this.locale)
          : undefined;
    return sentence ?? m.notMember;
  }

  protected renderReady(view: View): TemplateResult {
    void view;
    const m = messages[this.locale];
    const expanded = this.open && this.hits.length > 0;
    const activeId = expanded && this.active >= 0 ? `option-${this.active}` : '';
    return html`
      <label id="label" part="label" for="input">${this.label || m.label}</label>
      <div part="field">
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          aria-labelledby="label"
          autocomplete="off"
          maxlength=${MAX_QUERY}
          autocapitalize="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-activedescendant=${activeId || nothing}
          aria-required=${this.required ? 'true' : nothing}
          placeholder=${this.placeholder || m.placeholder}
          .value=${this.query}
          @input=${this.onInput}
          @focus=${this.onFocus}
          @keydown=${this.onKeyDown}
          @blur=${() => {
            this.open = false;
            this.active = -1;
          }}
        />
        ${
          this.query
            ? html`<button
                part="clear"
                type="button"
                aria-label=${m.clear}
                @click=${() => this.clear()}
              >
                <span aria-hidden="true">×</span>
              </button>`
            : nothing
        }
      </div>
      <div
        id="listbox"
        part="listbox"
        role="listbox"
        aria-label=${this.label || m.label}
        ?hidden=${!expanded}
      >
        ${expanded ? this.hits.map((hit, index) => this.renderOption(hit, index)) : nothing}
      </div>
      ${
        this.allCommunes && this.allStatus === 'error'
          ? html`<p part="notice">${m.allFailed}</p>`
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" part="live">
        ${this.announcement}
      </div>
    `;
  }

  private renderOption(hit: SearchHit<Place>, index: number): TemplateResult {
    const place = hit.item;
    const m = messages[this.locale];
    const nameRanges = hit.nameIndex === 0 ? hit.ranges : [];
    const content = html`<span part="name">${highlight(place.entity.name, nameRanges)}</span>
      <span part="department">(${place.entity.department.code})</span>
      ${
        hit.nameIndex > 0 && place.label
          ? html`<span part="also">— ${m.alsoKnown} ${highlight(place.label, hit.ranges)}</span>`
          : nothing
      }
      ${
        hit.postcode
          ? html`<span part="postcode">${highlight(hit.postcode.value, hit.postcode.ranges)}</span>`
          : nothing
      }
      <span part="status">${this.statusText(place)}</span>`;
    const active = index === this.active;
    const part = active ? 'option active' : 'option';
    const href = this.optionHref(place);
    const onClick = (event: Event) => {
      if (!href) event.preventDefault();
      this.choose(hit, false);
    };
    // Keep the focus in the input when an option is pressed.
    const keepFocus = (event: Event) => event.preventDefault();
    return href
      ? html`<a
          id="option-${index}"
          part=${part}
          role="option"
          tabindex="-1"
          href=${href}
          aria-selected=${active ? 'true' : 'false'}
          data-status=${place.membership.status}
          @mousedown=${keepFocus}
          @click=${onClick}
          >${content}</a
        >`
      : // Keyboard users pick options from the input (aria-activedescendant), as the APG pattern says.
        // eslint-disable-next-line lit-a11y/click-events-have-key-events
        html`<div
          id="option-${index}"
          part=${part}
          role="option"
          aria-selected=${active ? 'true' : 'false'}
          data-status=${place.membership.status}
          @mousedown=${keepFocus}
          @click=${onClick}
        >
          ${content}
        </div>`;
  }
}

/** At most QUOTED characters of what the reader typed, for the live region. */
function quoted(query: string): string {
  return query.length > QUOTED ? `${query.slice(0, QUOTED)}…` : query;
}

/** The text with its matched ranges in `<mark part="mark">` (lit templates, never markup strings). */
function highlight(text: string, ranges: Range[]): TemplateResult | string {
  if (!ranges.length) return text;
  const pieces: (TemplateResult | string)[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(html`<mark part="mark">${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return html`${pieces}`;
}
