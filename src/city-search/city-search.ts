import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { SEARCH_FILE } from '../data/files/search-file.js';
import { VaeDataElement, type DerivedView } from '../core/vae-data-element.js';
import type { SearchFile } from '../data/model.js';
import { VaeSelectEvent } from '../core/select-event.js';
import { baseStyles } from '../core/tokens.js';
import { memberIndex, type SearchAnswer } from '../search/places.js';
import { pieceNeed } from '../search/piece-keys.js';
import type { SearchHit } from '../search/search-index.js';
import { chosenMessage, resultMessage } from './announcements.js';
import { Combobox } from './combobox.js';
import { FormValue } from './form-value.js';
import { SearchResources } from './lazy-resources.js';
import { messages } from './messages.js';
import { renderSearch, type MembersView as View } from './city-search.view.js';
import { optionHref } from './option-view.js';
import { DEFAULT_LIMIT, MAX_QUERY } from './search-attributes.js';
import { answerFor, searchAnswers } from './answers.js';
import { styles } from './city-search.styles.js';

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
 * @csspart group - The "did you mean" group of typo-only suggestions, after the matches.
 * @csspart group-label - Its label ("Vouliez-vous dire :" / "Did you mean:").
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
export class VaeCitySearch extends VaeDataElement<View, SearchFile> {
  static override properties: PropertyDeclarations = {
    label: {},
    placeholder: {},
    department: {},
    limit: { type: Number },
    href: {},
    allCommunes: { type: Boolean, attribute: 'all-communes' },
    communesSrc: { attribute: 'communes-src' },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    query: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
  };

  protected readonly dataFile = SEARCH_FILE;
  static formAssociated = true;
  static override styles = [...baseStyles, styles];

  /** Visible label. Default: "Votre commune est-elle Ville amie des enfants ?" (or English). */
  label?: string;
  /** Input placeholder. Default: "Nom, code postal ou département" (or English). */
  placeholder?: string;
  /** Only this department (or several, space- or comma-separated): `69`, `2A`, `974`. */
  department?: string;
  /** Maximum number of options (default 8, at most 50). */
  limit = DEFAULT_LIMIT;
  /** Makes options links: an http(s) URL template with `{code}` (and `{name}`, `{department}`). */
  href?: string;
  /** Answers for every French commune (loads, beside the dataset, only the `communes/` pieces a query needs). */
  allCommunes = false;
  /** URL of the all-communes index (its pieces are beside it). Default: `communes/index.json` beside the dataset. */
  communesSrc?: string;
  /** Form field name: the form submits the chosen code under it. */
  name?: string;
  /** The form is invalid until a town is chosen. */
  required = false;
  private query = '';
  private chosen?: SearchAnswer;
  private pendingValue?: string;
  /** What the last search was run for (it runs again only when one of them changes). */
  private searchedFor: unknown[] = [];

  private readonly combobox = new Combobox<SearchHit<SearchAnswer>>(this, {
    choose: (hit) => this.choose(hit, true),
    refresh: () => this.runSearch(),
    clear: () => this.clear(false),
    asked: () => (this.input?.value ?? this.query).slice(0, MAX_QUERY).trim(),
  });
  private readonly formValue = new FormValue(this, () => ({
    value: this.chosen?.entity.code ?? null,
    required: this.required,
    missingMessage: messages[this.locale].required,
    anchor: this.input ?? undefined,
  }));
  private readonly resources = new SearchResources(
    this,
    () => [
      this.allCommunes ? pieceNeed(this.query.slice(0, MAX_QUERY)) : undefined,
      this.src,
      this.communesSrc,
      this.view?.dataset,
    ],
    () => this.ownerDocument,
  );

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }
  /** The chosen code ('' when none); setting a member's code selects it. */
  get value(): string {
    return this.chosen?.entity.code ?? '';
  }
  set value(code: string) {
    this.pendingValue = code ?? '';
    this.applyPendingValue();
  }
  // The form-associated API, from the element's internals (src/city-search/form-value.ts).
  get form(): HTMLFormElement | null {
    return this.formValue.internals.form;
  }
  get validity(): ValidityState {
    return this.formValue.internals.validity;
  }
  get validationMessage(): string {
    return this.formValue.internals.validationMessage;
  }
  checkValidity(): boolean {
    return this.formValue.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.formValue.internals.reportValidity();
  }
  /** Form reset: back to empty. */
  formResetCallback(): void {
    this.clear(false);
  }

  protected deriveView(dataset: SearchFile): DerivedView<View> {
    if (!dataset.members.length) return { state: 'empty', reason: messages[this.locale].empty };
    return { state: 'ready', view: { dataset, members: memberIndex(dataset) } };
  }

  private get view(): View | undefined {
    return this.derived?.state === 'ready' ? this.derived.view : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.view && this.pendingValue !== undefined) this.applyPendingValue();
    const inputs: unknown[] = [this.view, this.query, this.department, this.limit, this.locale];
    inputs.push(this.allCommunes, ...this.resources.state);
    if (this.chosen || inputs.every((input, i) => input === this.searchedFor[i])) return;
    this.searchedFor = inputs;
    this.runSearch();
  }

  private runSearch(): void {
    const view = this.view;
    if (!view) return;
    const text = this.query.slice(0, MAX_QUERY).trim();
    if (!text) return this.combobox.reset();
    const pieces = this.allCommunes ? this.resources.pieces : undefined;
    const asked = { limit: this.limit, department: this.department, fuzzy: this.resources.scorer };
    const { hits, total } = searchAnswers(view.members, pieces, text, asked);
    this.combobox.show(hits);
    const communes = this.allCommunes ? this.resources.communesStatus : 'off';
    this.combobox.announce(resultMessage(this.locale, text, { hits, total }, communes), text);
  }

  private onInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.chosen = undefined;
    this.pendingValue = undefined;
    this.resources.wantTypos();
  }

  private choose(hit: SearchHit<SearchAnswer>, viaKeyboard: boolean): void {
    const place = hit.item;
    this.chosen = place;
    this.query = place.entity.name;
    this.combobox.close();
    this.combobox.announce(chosenMessage(place, this.locale, this.judgedOn));
    this.dispatchEvent(new VaeSelectEvent({ entity: place.entity, membership: place.membership }));
    if (viaKeyboard) {
      const link = optionHref(this.href, place);
      if (link) window.location.assign(link);
    }
  }

  /** Empties the field, the choice and the list. */
  clear(focus = true): void {
    this.query = '';
    this.chosen = undefined;
    this.pendingValue = undefined;
    this.combobox.reset();
    if (this.input) this.input.value = '';
    if (focus) this.input?.focus();
  }

  private applyPendingValue(): void {
    const view = this.view;
    const code = this.pendingValue;
    if (!view || code === undefined) return;
    this.pendingValue = undefined;
    const place = code ? answerFor(code, view.members, this.resources.pieces) : undefined;
    if (!place) return this.clear(false);
    this.chosen = place;
    this.query = place.entity.name;
  }

  protected renderReady(): TemplateResult {
    return renderSearch({
      locale: this.locale,
      on: this.judgedOn,
      label: this.label,
      placeholder: this.placeholder,
      query: this.query,
      required: this.required,
      combobox: this.combobox,
      notice: this.allCommunes && this.resources.communesStatus === 'error',
      href: (place) => optionHref(this.href, place),
      choose: (hit) => this.choose(hit, false),
      onInput: (event) => this.onInput(event),
      onFocus: () => this.resources.wantTypos(),
      clear: () => this.clear(),
    });
  }
}
