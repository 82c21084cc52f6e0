/**
 * The members a counter or a map shows, from the attributes both elements
 * share: `region`, `department`, `kind`, `mandate` and `status`. One reading
 * of them, so `<vae-member-count>` and `<vae-city-map>` never disagree.
 */
import type { Mandate, MemberKind, MemberSummary } from '../data/model.js';
import { askedChoice, matchesChoice, titleChoice, type TitleChoice } from './title-choice.js';

/** The shared filter attributes, as written on the element. */
export interface MemberFilterAttributes {
  /** Region code: `84`, `11`, `4` (read `04`). */
  region?: string;
  /** Department code: `69`, `2a` (read `2A`), `974`, `1` (read `01`). */
  department?: string;
  /** `commune` or `epci`, in any case. */
  kind?: string;
  /** Mandate id(s), separated by spaces or commas. */
  mandate?: string;
  /** `titled` or `candidate`, in any case. */
  status?: string;
}

/** Why nothing can be shown: an attribute names nothing the data knows. */
export type MemberFilterProblem = 'unknownStatus' | 'noMandate' | 'unknownKind';

type FilteredMembers =
  | {
      members: MemberSummary[];
      kind?: MemberKind;
      /** Which titles are shown (mandates, status, tense): `titleChoice`'s. */
      choice: TitleChoice;
      problem?: undefined;
    }
  | { problem: MemberFilterProblem };

const KINDS: readonly MemberKind[] = ['commune', 'epci'];

/** A code as the dataset writes it: trimmed, upper case, one digit padded (`4` → `04`). */
function normaliseCode(code: string | undefined): string | undefined {
  const value = code?.trim().toUpperCase();
  if (!value) return undefined;
  return /^\d$/.test(value) ? `0${value}` : value;
}

/** The members of `dataset` that the attributes select, on the date `on`. */
export function filterMembers(
  dataset: { members: readonly MemberSummary[]; meta: { mandates: readonly Mandate[] } },
  attributes: MemberFilterAttributes,
  on: Date,
): FilteredMembers {
  const asked = askedChoice(attributes.mandate, attributes.status);
  if (asked.badStatus) return { problem: 'unknownStatus' };
  const choice = titleChoice(dataset.members, dataset.meta.mandates, on, asked);
  if (!choice.mandates.length) return { problem: 'noMandate' };
  const kindAsked = attributes.kind?.trim().toLowerCase() || undefined;
  const kind = KINDS.find((known) => known === kindAsked);
  if (kindAsked && !kind) return { problem: 'unknownKind' };
  const department = normaliseCode(attributes.department);
  const region = normaliseCode(attributes.region);
  const members = dataset.members.filter(
    (member) =>
      (!department || member.department.code === department) &&
      (!region || member.region.code === region) &&
      (!kind || member.kind === kind) &&
      matchesChoice(member, choice),
  );
  return { members, kind, choice };
}
