/**
 * The title rules, once: which title a member holds on a date, whether a
 * mandate has ended, which mandate is current, and how a period is written.
 * Two siblings complete them: `title-choice.ts` (which members a counter or a
 * map shows) and `title-sentences.ts` (the search's status sentences). They
 * are three files only so that each element downloads the part it uses. The
 * badge, the search, the counter, the map, the static SVGs and the builder all
 * ask here; no other module compares a title's dates or status (a source scan
 * checks it). Plain data and functions: no DOM, no lit.
 */
import type { Mandate, MemberSummary, Title } from '../data/model.js';

/** The only programme the elements show as "Ville amie des enfants". */
export const PROGRAMME = 'ville-amie-des-enfants';

/** Anything with a mandate's dates: a `Mandate` or a `Title`. `end: null` = running. */
export interface Period {
  start: string;
  end: string | null;
}

/** A date as an ISO day (YYYY-MM-DD), in local time: the day a reader lives in. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `upcoming` before its start, `ended` after its end day (the end day still counts), else `running`. */
export function periodState(period: Period, on: Date): 'upcoming' | 'running' | 'ended' {
  const day = isoDay(on);
  if (day < period.start) return 'upcoming';
  return period.end !== null && day > period.end ? 'ended' : 'running';
}

export function hasEnded(period: Period, on: Date): boolean {
  return periodState(period, on) === 'ended';
}

/** A member's titles of the Ville amie des enfants programme (other tracks are never shown). */
export function programmeTitles(member: MemberSummary): Title[] {
  return member.titles.filter((title) => title.programme === PROGRAMME);
}

const newestFirst = (a: Period, b: Period) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0);

/** The programme's mandate running on `on` (the newest if two overlap), if any. */
export function currentMandate(mandates: readonly Mandate[], on: Date): Mandate | undefined {
  return mandates
    .filter((m) => m.programme === PROGRAMME && periodState(m, on) === 'running')
    .sort(newestFirst)[0];
}

/** What a member is, for the programme, on a date. */
export interface Standing {
  /** The title held: of the running mandate, else the newest ended one. */
  held?: Title;
  /** `held` belongs to an ended mandate. */
  ended: boolean;
  /** A candidacy for a mandate not ended, when no title of the running mandate is held. */
  candidacy?: Title;
}

/**
 * The title held on `on`: status `titled`, mandate started; the running
 * mandate's first, else the newest ended one. A candidacy counts only while the
 * member holds no title of a running mandate, and never as a title.
 */
export function standingOn(member: MemberSummary, on: Date): Standing {
  const titles = programmeTitles(member).sort(newestFirst);
  const titled = titles.filter((t) => t.status === 'titled' && periodState(t, on) !== 'upcoming');
  const running = titled.find((t) => periodState(t, on) === 'running');
  const held = running ?? titled[0];
  const candidacy = running
    ? undefined
    : titles.find((t) => t.status === 'candidate' && periodState(t, on) !== 'ended');
  return { held, ended: !!held && !running, candidacy };
}

/** `2020-2026` → `2020–2026` (en dash, as typeset). */
export function periodLabel(mandate: { mandate: string } | { id: string }): string {
  const id = 'mandate' in mandate ? mandate.mandate : mandate.id;
  return id.replace('-', '–');
}
