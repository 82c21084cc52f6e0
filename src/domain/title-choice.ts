/**
 * Which members a counter or a map shows: a mandate and a status, by default
 * the running mandate's titled members when it has any, else the last ended
 * mandate's. Part of the title rules (see `titles.ts`).
 */
import type { Mandate, MemberSummary, TitleStatus } from '../data/model.js';
import { PROGRAMME, currentMandate, periodState, programmeTitles } from './titles.js';

const newestFirst = (a: Mandate, b: Mandate) =>
  a.start < b.start ? 1 : a.start > b.start ? -1 : 0;

/** Which titles a count (and the map) takes: mandates and a status. */
export interface TitleChoice {
  mandates: string[];
  status: TitleStatus;
  /** Every chosen mandate is running on the date. */
  running: boolean;
  /**
   * How a count of it is worded: `present` (titles of running mandates: they
   * hold it), `past` (obtained for an ended mandate), `candidate` (never said to hold it).
   */
  tense: 'present' | 'past' | 'candidate';
}

/**
 * The default choice on `on`: the titled members of the running mandate when
 * it has any, else of the last ended mandate (past tense), else every mandate.
 * `mandates` and `status` (from attributes) override; unknown ids are dropped.
 */
export function titleChoice(
  allMembers: readonly MemberSummary[],
  mandates: readonly Mandate[],
  on: Date,
  asked: { mandates?: string[]; status?: TitleStatus } = {},
): TitleChoice {
  const ours = mandates.filter((m) => m.programme === PROGRAMME);
  const status = asked.status ?? 'titled';
  let chosen: Mandate[];
  if (asked.mandates?.length) {
    chosen = ours.filter((m) => asked.mandates?.includes(m.id));
  } else {
    const has = (m: Mandate) =>
      allMembers.some((member) =>
        programmeTitles(member).some((t) => t.mandate === m.id && t.status === status),
      );
    const current = currentMandate(ours, on);
    const ended = ours.filter((m) => periodState(m, on) === 'ended').sort(newestFirst);
    const fallback = ended.find(has) ?? ended[0];
    chosen = current && has(current) ? [current] : fallback ? [fallback] : ours;
  }
  const running = chosen.length > 0 && chosen.every((m) => periodState(m, on) === 'running');
  return {
    mandates: chosen.map((m) => m.id),
    status,
    running,
    tense: status === 'candidate' ? 'candidate' : running ? 'present' : 'past',
  };
}

/** What a counter or a map can show (a withdrawal is not shown to readers). */
const STATUSES: readonly TitleStatus[] = ['titled', 'candidate'];

/**
 * The `mandate` and `status` attributes of the counter and the map, read once:
 * mandate ids separated by spaces or commas, a status name. `badStatus` when
 * the status names none.
 */
export function askedChoice(
  mandate: string | undefined,
  status: string | undefined,
): { mandates?: string[]; status?: TitleStatus; badStatus: boolean } {
  const mandates = (mandate ?? '').split(/[\s,]+/).filter(Boolean);
  const wanted = status?.trim().toLowerCase() || undefined;
  const known = STATUSES.find((s) => s === wanted);
  return {
    mandates: mandates.length ? mandates : undefined,
    status: known,
    badStatus: !!wanted && !known,
  };
}

/** The member has a title of the choice (programme, one of its mandates, its status). */
export function matchesChoice(member: MemberSummary, choice: TitleChoice): boolean {
  return programmeTitles(member).some(
    (t) => choice.mandates.includes(t.mandate) && t.status === choice.status,
  );
}
