/**
 * The search's status sentences (fr/en) for a member on a date, from the same
 * standing as the badge's (`standingOn`), so the two never disagree. Part of
 * the title rules (see `titles.ts`).
 */
import type { Lang } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import type { MemberSummary } from '../data/model.js';
import { periodLabel, standingOn } from './titles.js';

/** An ISO day written out: `22 mars 2026`, `22 March 2026`. */
export function longDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long' }).format(
    new Date(`${iso}T12:00:00`),
  );
}

/** The search's status sentences, per language (documented in docs/data.md "What readers see"). */
const SENTENCES = {
  fr: {
    current: 'Titre « {title} » pour le mandat {period}',
    ended: 'Titre « {title} » obtenu pour le mandat {period} (mandat achevé le {end})',
    candidate: 'Candidate au titre « {title} » pour le mandat {period}, pas encore titrée',
    andCandidate: ' ; candidate pour le mandat {next}',
    inEpci:
      'Pas Ville amie des enfants elle-même ; son intercommunalité, {epci}, détient le titre « Intercommunalité amie des enfants » pour le mandat {period}',
    inEpciEnded:
      'Pas Ville amie des enfants elle-même ; son intercommunalité, {epci}, a obtenu le titre « Intercommunalité amie des enfants » pour le mandat {period} (achevé)',
  },
  en: {
    current: 'Holds the “{title}” title for the {period} mandate',
    ended: 'Held the “{title}” title for the {period} mandate (ended {end})',
    candidate: 'Candidate for the “{title}” title for the {period} mandate, not yet awarded',
    andCandidate: '; candidate for the {next} mandate',
    inEpci:
      'Not itself a “Ville amie des enfants”; its intercommunality, {epci}, holds the “Intercommunalité amie des enfants” title for the {period} mandate',
    inEpciEnded:
      'Not itself a “Ville amie des enfants”; its intercommunality, {epci}, held the “Intercommunalité amie des enfants” title for the {period} mandate (ended)',
  },
} as const;

/**
 * The search's status sentence for a member on a date, or undefined when the
 * member has neither a title nor a candidacy (the search says "not a member").
 * The same standing as the badge's, so the two never disagree.
 */
export function statusSentence(member: MemberSummary, on: Date, lang: Lang): string | undefined {
  const { held, ended, candidacy } = standingOn(member, on);
  const w = SENTENCES[lang];
  if (held && !ended) return format(w.current, { title: held.title, period: periodLabel(held) });
  if (held) {
    const values = {
      title: held.title,
      period: periodLabel(held),
      end: held.end ? longDate(held.end, lang) : '',
      next: candidacy ? periodLabel(candidacy) : '',
    };
    return format(w.ended + (candidacy ? w.andCandidate : ''), values);
  }
  if (candidacy)
    return format(w.candidate, { title: candidacy.title, period: periodLabel(candidacy) });
  return undefined;
}

/** The sentence for a commune that is not a member but belongs to a member intercommunality. */
export function inEpciSentence(epci: MemberSummary, on: Date, lang: Lang): string | undefined {
  const { held, ended } = standingOn(epci, on);
  if (!held) return undefined;
  const w = SENTENCES[lang];
  return format(ended ? w.inEpciEnded : w.inEpci, {
    epci: epci.name,
    period: periodLabel(held),
  });
}
