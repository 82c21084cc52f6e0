/** A shown hit, with the matched characters of the original name (for `<mark>`). */
import { foldWithOrigin, toOriginalRanges, type Range } from './fold.js';
import type { IndexData } from './index-data.js';
import { CODE, FUZZY, type MatchScratch } from './match-scratch.js';
import type { SearchHit } from './search-index.js';
import type { Tier } from './ranking.js';

/** The hit of `entry`'s match: its ranges mapped back from the folded name (only for shown hits). */
export function hitOf<T>(
  index: IndexData<T>,
  scratch: MatchScratch<T>,
  entry: number,
): SearchHit<T> {
  const length = scratch.lengths[entry];
  const { item, population } = index.entries[entry];
  const tier = scratch.tiers[entry] as Tier;
  const score = scratch.scores[entry];
  const distance = scratch.distances[entry];
  const offset = scratch.offsets[entry];
  const ref = scratch.refs[entry];
  if (offset === CODE) {
    const postcode =
      ref >= 0 ? { value: index.postcodes[ref], ranges: [[0, length]] as Range[] } : undefined;
    return { item, tier, score, distance, nameIndex: -1, ranges: [], postcode, population };
  }
  const key = index.keys[ref];
  const folded =
    offset === FUZZY
      ? (scratch.fuzzyRanges.get(entry) ?? [])
      : [[offset, offset + length] as Range];
  const name = index.entries[key.entry].names[key.nameIndex];
  return {
    item,
    tier,
    score,
    distance,
    nameIndex: key.nameIndex,
    ranges: toOriginalRanges(foldWithOrigin(name), folded, name),
    population,
  };
}
