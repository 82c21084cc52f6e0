/**
 * Searching every French commune (`all-communes`): this module, the communes file
 * and its index are loaded on the first keystroke of a search that asks for
 * them, never by other pages.
 */
import type { Dataset } from '../data/model.js';
import { loadCommunes, type CommunesFile } from './communes-file.js';
import { communeEntry, memberEntry, memberships, type Place } from './places.js';
import { SearchIndex, type IndexEntry } from './search-index.js';

/** The index of every commune for `dataset`, from the communes file at `url`. */
export async function loadAllCommunesIndex(
  dataset: Dataset,
  url: string,
): Promise<SearchIndex<Place>> {
  return allCommunesIndex(dataset, await loadCommunes(url));
}

const allIndexCache = new WeakMap<CommunesFile, WeakMap<Dataset, SearchIndex<Place>>>();

/** Every French commune (members with their titles), plus the member intercommunalities. */
export function allCommunesIndex(dataset: Dataset, file: CommunesFile): SearchIndex<Place> {
  let byDataset = allIndexCache.get(file);
  if (!byDataset) allIndexCache.set(file, (byDataset = new WeakMap()));
  let index = byDataset.get(dataset);
  if (index) return index;
  const known = memberships(dataset);
  const entries: IndexEntry<Place>[] = [];
  const covered = new Set<string>();
  for (const row of file.communes) {
    const member = known.members.get(row.code);
    covered.add(row.code);
    if (member) {
      entries.push(memberEntry(member));
      continue;
    }
    const department = {
      code: row.department,
      name: file.departments.get(row.department) ?? row.department,
    };
    entries.push(
      communeEntry(row.code, row.name, department, row.postcodes, row.populationClass, known),
    );
  }
  for (const member of dataset.members) {
    if (!covered.has(member.code)) entries.push(memberEntry(member));
  }
  index = new SearchIndex(entries);
  byDataset.set(dataset, index);
  return index;
}
