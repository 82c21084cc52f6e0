/**
 * The map's members, grouped by department: the shared member filter's
 * members (the counter's), each department's sorted by name, in number order.
 */
import type { Mandate, MemberSummary } from '../data/model.js';
import type { TitleChoice } from '../domain/title-choice.js';
import {
  filterMembers,
  type MemberFilterAttributes,
  type MemberFilterProblem,
} from '../domain/member-filter.js';
import { byDepartmentCode, levelOf, type DepartmentMembers } from './shading.js';

/** What the map shows: members grouped by department, under the filters. */
export interface CityMapView {
  /** Departments with at least one member, in number order. */
  departments: DepartmentMembers[];
  total: number;
  /** Which titles are shown: the counter's choice (`titleChoice` in domain/title-choice.ts). */
  choice: TitleChoice;
}

type MembersData = { members: readonly MemberSummary[]; meta: { mandates: readonly Mandate[] } };

/** The view, or why nothing can be shown (`empty` when no member matches). */
function membersByDepartment(
  dataset: MembersData,
  attributes: MemberFilterAttributes,
  on: Date,
): CityMapView | { problem: MemberFilterProblem | 'empty' } {
  const filtered = filterMembers(dataset, attributes, on);
  if (filtered.problem) return filtered;
  if (!filtered.members.length) return { problem: 'empty' };
  const groups = new Map<string, MemberSummary[]>();
  for (const member of filtered.members) {
    const code = member.department.code;
    groups.set(code, [...(groups.get(code) ?? []), member]);
  }
  const collator = new Intl.Collator('fr');
  const departments = [...groups.values()]
    .map((members): DepartmentMembers => ({
      code: members[0].department.code,
      name: members[0].department.name,
      members: members.sort((a, b) => collator.compare(a.name, b.name)),
      level: levelOf(members.length),
    }))
    .sort(byDepartmentCode);
  return { departments, total: filtered.members.length, choice: filtered.choice };
}

/**
 * `membersByDepartment` computed once per change of its inputs: hovering or
 * focusing a department re-renders the map without deriving the members again.
 */
export class MembersByDepartment {
  private inputs: unknown[] = [];
  private result?: ReturnType<typeof membersByDepartment>;

  get(dataset: MembersData, attributes: MemberFilterAttributes, on: Date) {
    const { region, department, kind, mandate, status } = attributes;
    const inputs = [dataset, region, department, kind, mandate, status, on.toDateString()];
    if (!this.result || inputs.some((value, i) => value !== this.inputs[i])) {
      this.inputs = inputs;
      this.result = membersByDepartment(dataset, attributes, on);
    }
    return this.result;
  }
}
