import { format, pluralOf } from '../i18n/messages.js';
import type { Lang } from '../i18n/lang.js';
import type { CommunesStatus } from './lazy-resources.js';
import type { SearchAnswer } from '../search/places.js';
import type { SearchResult } from '../search/search-index.js';
import { splitSuggestions } from './city-search.view.js';
import { messages } from './messages.js';
import { partOf } from './option-view.js';
import { statusText } from './status-text.js';

/** How many characters of the query the live region quotes back. */
const QUOTED = 40;

/**
 * What the live region says after a search: the matches (all of them, and how
 * many are shown), then the typo-only suggestions shown under "did you mean".
 */
export function resultMessage(
  locale: Lang,
  query: string,
  result: SearchResult<SearchAnswer>,
  communes: CommunesStatus,
): string {
  const m = messages[locale];
  const total = result.total;
  const shown = splitSuggestions(result.hits);
  const suggested = result.hits.length - shown;
  let text =
    total === 0
      ? format(suggested ? m.noMatch : m.noResult, { query: quoted(query) })
      : total === 1
        ? m.oneResult
        : format(pluralOf(locale, shown) === 'one' ? m.resultsOneShown : m.results, {
            count: total,
            shown,
          });
  if (suggested) {
    text += ` ${suggested === 1 ? m.oneSuggestion : format(m.suggestions, { count: suggested })}`;
  }
  if (communes === 'loading') text += ` ${m.loadingAll}`;
  if (communes === 'error') text += ` ${m.allFailed}`;
  return text;
}

/** What the live region says when the reader picks a place. */
export function chosenMessage(place: SearchAnswer, locale: Lang, on: Date): string {
  const name = place.via ? `${place.via.name} — ${partOf(place, locale)}` : place.entity.name;
  return format(messages[locale].chosen, {
    name,
    department: place.entity.department.code,
    status: statusText(place, locale, on),
  });
}

/** At most QUOTED characters of what the reader typed. */
function quoted(query: string): string {
  return query.length > QUOTED ? `${query.slice(0, QUOTED)}…` : query;
}
