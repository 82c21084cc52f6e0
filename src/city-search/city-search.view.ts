import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/lang.js';
import type { Place } from '../search/places.js';
import type { SearchHit } from '../search/search-index.js';
import type { Combobox } from './combobox.js';
import { messages } from './messages.js';
import { renderOption } from './option-view.js';

/** Everything the search's markup reads: a pure function of it. */
export interface SearchViewState {
  locale: Lang;
  label?: string;
  placeholder?: string;
  query: string;
  maxLength: number;
  required: boolean;
  combobox: Combobox<SearchHit<Place>>;
  /** Show the "all communes unavailable" notice. */
  notice: boolean;
  href(place: Place): string | undefined;
  choose(hit: SearchHit<Place>): void;
  onInput(event: InputEvent): void;
  onFocus(): void;
  clear(): void;
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
        maxlength=${state.maxLength}
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
      ${expanded ? combobox.options.map((hit, index) => renderOption(hit, index, context)) : nothing}
    </div>
    ${state.notice ? html`<p part="notice">${m.allFailed}</p>` : nothing}
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" part="live">
      ${combobox.announcement}
    </div>
  `;
}
