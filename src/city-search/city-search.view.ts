import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/lang.js';
import type { SearchAnswer } from '../search/places.js';
import type { SearchFile } from '../data/model.js';
import { Tier, type SearchHit, type SearchIndex } from '../search/search-index.js';
import type { Combobox } from './combobox.js';
import { messages } from './messages.js';
import { renderOption, type OptionContext } from './option-view.js';
import { MAX_QUERY } from './search-attributes.js';

/** What the element keeps of a ready dataset: the dataset and its members' index. */
export interface MembersView {
  dataset: SearchFile;
  members: SearchIndex<SearchAnswer>;
}

/** Everything the search's markup reads: a pure function of it. */
export interface SearchViewState {
  locale: Lang;
  /** The day the answers are judged on (the element's `date`). */
  on: Date;
  label?: string;
  placeholder?: string;
  query: string;
  required: boolean;
  combobox: Combobox<SearchHit<SearchAnswer>>;
  /** Show the "all communes unavailable" notice. */
  notice: boolean;
  href(place: SearchAnswer): string | undefined;
  choose(hit: SearchHit<SearchAnswer>): void;
  onInput(event: InputEvent): void;
  onFocus(): void;
  clear(): void;
}

/**
 * The matches, then the typo-only suggestions in a group under an announced
 * "did you mean" label (APG listbox with groups); option ids run on across both.
 */
function renderOptions(
  hits: readonly SearchHit<SearchAnswer>[],
  context: OptionContext,
  didYouMean: string,
): TemplateResult {
  const split = splitSuggestions(hits);
  const matches = hits.slice(0, split).map((hit, index) => renderOption(hit, index, context));
  if (split === hits.length) return html`${matches}`;
  const suggestions = hits.slice(split).map((hit, at) => renderOption(hit, split + at, context));
  return html`${matches}
    <div role="group" part="group" aria-labelledby="did-you-mean">
      <div role="presentation" id="did-you-mean" part="group-label">${didYouMean}</div>
      ${suggestions}
    </div>`;
}

/** Where the typo-only suggestions start (the index ranks them after every match). */
export function splitSuggestions(hits: readonly SearchHit<SearchAnswer>[]): number {
  const at = hits.findIndex((hit) => hit.tier === Tier.Fuzzy);
  return at < 0 ? hits.length : at;
}

/** The label, the combobox input, its clear button, the listbox and the live region. */
export function renderSearch(state: SearchViewState): TemplateResult {
  const m = messages[state.locale];
  const combobox = state.combobox;
  const expanded = combobox.expanded;
  const label = state.label || m.label;
  const context = { ...state, active: combobox.active };
  return html`
    <label id="label" part="label" for="input">${label}</label>
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
        aria-activedescendant=${combobox.activeId || nothing}
        aria-required=${state.required ? 'true' : nothing}
        placeholder=${state.placeholder || m.placeholder}
        .value=${state.query}
        @input=${state.onInput}
        @focus=${state.onFocus}
        @keydown=${combobox.onKeyDown}
        @blur=${() => combobox.close()}
      />
      ${
        state.query
          ? html`<button part="clear" type="button" aria-label=${m.clear} @click=${state.clear}>
              <span aria-hidden="true">×</span>
            </button>`
          : nothing
      }
    </div>
    <div id="listbox" part="listbox" role="listbox" aria-label=${label} ?hidden=${!expanded}>
      ${expanded ? renderOptions(combobox.options, context, m.didYouMean) : nothing}
    </div>
    ${state.notice ? html`<p part="notice">${m.allFailed}</p>` : nothing}
    <div
      class="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      part="live"
      data-query=${combobox.announcedFor}
    >
      ${combobox.announcement}
    </div>
  `;
}
