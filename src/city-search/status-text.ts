import { html, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/lang.js';
import { inEpciSentence, statusSentence } from '../domain/title-sentences.js';
import type { SearchAnswer } from '../search/places.js';
import { messages } from './messages.js';

/**
 * The membership line of an answer, in the reader's language, judged on `on`:
 * the words and rules of the title module (`domain/titles.ts`), so the search and
 * the badge never disagree; "not a member" when neither applies.
 */
export function statusText(place: SearchAnswer, locale: Lang, on: Date): string {
  const membership = place.membership;
  const sentence =
    membership.status === 'member'
      ? statusSentence(membership.member, on, locale)
      : membership.status === 'in-member-epci'
        ? inEpciSentence(membership.epci, on, locale)
        : undefined;
  return sentence ?? messages[locale].notMember;
}

/** The programme's titles, French names quoted in the English sentences. */
const FRENCH_TITLE = /(?:Ville|Intercommunalité) amie des enfants/g;

/**
 * The membership line as shown in an option: in English, each French title it
 * quotes is marked `lang="fr"` (RGAA 8.7), so a screen reader reads it in French.
 */
export function statusView(place: SearchAnswer, locale: Lang, on: Date): TemplateResult | string {
  const text = statusText(place, locale, on);
  if (locale === 'fr') return text;
  const pieces: (TemplateResult | string)[] = [];
  let at = 0;
  for (const match of text.matchAll(FRENCH_TITLE)) {
    pieces.push(text.slice(at, match.index), html`<span lang="fr">${match[0]}</span>`);
    at = match.index + match[0].length;
  }
  if (!pieces.length) return text;
  pieces.push(text.slice(at));
  return html`${pieces}`;
}
