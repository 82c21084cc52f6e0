import type { Lang } from '../i18n/lang.js';
import { inEpciSentence, statusSentence } from '../data/title-sentences.js';
import type { Place } from '../search/places.js';
import { messages } from './messages.js';

/**
 * The membership line of an answer, in the reader's language, judged on `on`:
 * the words and rules of the title module (`data/titles.ts`), so the search and
 * the badge never disagree; "not a member" when neither applies.
 */
export function statusText(place: Place, locale: Lang, on: Date): string {
  const membership = place.membership;
  const sentence =
    membership.status === 'member'
      ? statusSentence(membership.member, on, locale)
      : membership.status === 'in-member-epci'
        ? inEpciSentence(membership.epci, on, locale)
        : undefined;
  return sentence ?? messages[locale].notMember;
}
