import { format } from '../i18n/messages.js';
import type { Lang } from '../i18n/lang.js';
import type { CommunesStatus } from './lazy-resources.js';
import type { Place } from '../search/places.js';
import { messages } from './messages.js';
import { statusText } from './status-text.js';

/** How many characters of the query the live region quotes back. */
const QUOTED = 40;

/** What the live region says after a search. */
export function resultMessage(
  locale: Lang,
  query: string,
  shown: number,
  total: number,
  communes: CommunesStatus,
): string {
  const m = messages[locale];
  let text =
    total === 0
      ? format(m.noResult, { query: quoted(query) })
      : total === 1
        ? m.oneResult
        : format(m.results, { count: total, shown });
  if (communes === 'loading') text += ` ${m.loadingAll}`;
  if (communes === 'error') text += ` ${m.allFailed}`;
  return text;
}

/** What the live region says when the reader picks a place. */
export function chosenMessage(place: Place, locale: Lang): string {
  return `${place.entity.name} (${place.entity.department.code}) : ${statusText(place, locale)}`;
}

/** At most QUOTED characters of what the reader typed. */
function quoted(query: string): string {
  return query.length > QUOTED ? `${query.slice(0, QUOTED)}…` : query;
}
