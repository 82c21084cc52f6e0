import type { SearchFile, Member, PartKind } from '../data/model.js';
import { memberSelection, type Membership, type SelectedEntity } from '../core/select-event.js';
import { SearchIndex, type IndexEntry } from './search-index.js';

/** One answer the search can give: an entity and what it holds. */
export interface SearchAnswer {
  entity: SelectedEntity;
  membership: Membership;
  /** The seed's wording when it differs from the official name. */
  label?: string;
  /**
   * Found by the name of a part of the entity (a former commune, an
   * arrondissement): the answer is the entity's, the option names the part.
   */
  via?: { name: string; kind: PartKind; ofLiaison?: number };
  postcodes: string[];
}

/** The department a commune code implies: 2 chars, 3 for overseas (97x, 98x). */
export function departmentOf(code: string): string {
  return /^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2);
}

/** Ranks members and communes of unknown population on one scale (10·log10). */
function populationClass(population: number): number {
  return population > 0 ? 10 * Math.log10(population) : 0;
}

export interface Memberships {
  members: Map<string, Member>;
  /** Commune code → the member EPCI it belongs to. */
  epciOf: Map<string, Member>;
  departmentNames: Map<string, string>;
}

const membershipsCache = new WeakMap<SearchFile, Memberships>();

export function memberships(dataset: SearchFile): Memberships {
  let known = membershipsCache.get(dataset);
  if (known) return known;
  known = { members: new Map(), epciOf: new Map(), departmentNames: new Map() };
  for (const member of dataset.members) {
    known.members.set(member.code, member);
    known.departmentNames.set(member.department.code, member.department.name);
    for (const commune of member.communes ?? []) {
      if (!known.epciOf.has(commune.code)) known.epciOf.set(commune.code, member);
    }
  }
  membershipsCache.set(dataset, known);
  return known;
}

export function memberEntry(member: Member): IndexEntry<SearchAnswer> {
  const label = member.label !== member.name ? member.label : undefined;
  return {
    names: label ? [member.name, label] : [member.name],
    department: member.department.code,
    postcodes: member.postcodes,
    population: populationClass(member.population),
    item: { ...memberSelection(member), label, postcodes: member.postcodes },
  };
}

/** A commune's answer: a member's own, its member intercommunality's, or "not a member". */
function communeAnswer(
  code: string,
  name: string,
  department: { code: string; name: string },
  postcodes: string[],
  known: Memberships,
): SearchAnswer {
  const member = known.members.get(code);
  if (member) return { ...memberSelection(member), postcodes: member.postcodes };
  const epci = known.epciOf.get(code);
  return {
    entity: { kind: 'commune', code, name, department },
    membership: epci ? { status: 'in-member-epci', epci } : { status: 'not-member' },
    postcodes,
  };
}

export function communeEntry(
  code: string,
  name: string,
  department: { code: string; name: string },
  postcodes: string[],
  population: number,
  known: Memberships,
): IndexEntry<SearchAnswer> {
  const member = known.members.get(code);
  if (member) return memberEntry(member);
  return {
    names: [name],
    department: department.code,
    postcodes,
    population,
    item: communeAnswer(code, name, department, postcodes, known),
  };
}

/** A part of commune `of` (a former commune, an arrondissement), answered for `of`. */
export function partEntry(
  part: { name: string; kind: PartKind; postcodes: string[]; population: number },
  of: {
    code: string;
    name: string;
    department: { code: string; name: string };
    /** How `of`'s name takes "de" (INSEE TNCC), when the data gives it. */
    typeLiaison?: number;
  },
  known: Memberships,
): IndexEntry<SearchAnswer> {
  const answer = communeAnswer(of.code, of.name, of.department, [], known);
  return {
    names: [part.name],
    department: of.department.code,
    postcodes: part.postcodes,
    // After every current commune matched as well (an old name or an arrondissement
    // is the second guess), then by its own population.
    population: part.population - PART_RANK_OFFSET,
    item: {
      ...answer,
      label: undefined,
      via: { name: part.name, kind: part.kind, ofLiaison: of.typeLiaison },
    },
  };
}

/** Parts rank below current communes: populations classes are below 100. */
const PART_RANK_OFFSET = 100;

const memberIndexCache = new WeakMap<SearchFile, SearchIndex<SearchAnswer>>();

/**
 * Members (with the parts of member communes: former communes, arrondissements),
 * and the communes of member intercommunalities (answered truthfully).
 */
export function memberIndex(dataset: SearchFile): SearchIndex<SearchAnswer> {
  let index = memberIndexCache.get(dataset);
  if (index) return index;
  const known = memberships(dataset);
  const entries = dataset.members.map(memberEntry);
  for (const member of dataset.members) {
    for (const part of member.parts ?? []) {
      const postcodes = part.postcodes ?? [];
      entries.push(partEntry({ ...part, postcodes, population: 0 }, member, known));
    }
  }
  const added = new Set<string>();
  for (const [code, epci] of known.epciOf) {
    if (known.members.has(code) || added.has(code)) continue;
    added.add(code);
    const name = epci.communes?.find((commune) => commune.code === code)?.name ?? code;
    const department = departmentOf(code);
    entries.push(
      communeEntry(
        code,
        name,
        { code: department, name: known.departmentNames.get(department) ?? department },
        [],
        0,
        known,
      ),
    );
  }
  index = new SearchIndex(entries);
  memberIndexCache.set(dataset, index);
  return index;
}
