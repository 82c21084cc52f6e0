/**
 * How the search ranks: one comparator for every place that orders matches —
 * two matches of one entry, the entries of one index, the hits of several.
 */

/** Why an entry matched, best first. */
export const Tier = {
  /** The whole name, a department number or a full postcode. */
  Exact: 0,
  /** The start of the name, or of a postcode. */
  Prefix: 1,
  /** The start of a word inside the name ("etienne" in Saint-Étienne). */
  WordPrefix: 2,
  /** A typo, scored by the fuzzy scorer (fuse.js) among the trigram candidates. */
  Fuzzy: 3,
} as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

/** What ranks a match. */
export interface Rank {
  tier: number;
  /** Fuzzy distance (0 exact … 1); 0 for other tiers. */
  score: number;
  /** Typos between the query and the name. */
  distance: number;
  /** Grows with population: the larger place first. */
  population: number;
  /** Last resort, smaller first: a name, or which of an entry's names matched. */
  order: string | number;
}

/** Fuzzy scores closer than this are ties (then typos, then population decide). */
const SCORE_STEP = 0.1;

/** A fuzzy score rounded to its tie class. */
function bucket(score: number): number {
  return Math.round(score / SCORE_STEP);
}

/**
 * Negative when `a` ranks before `b`: tier, fuzzy score class, typos, then the
 * larger population, the closer score, and `order`.
 */
export function compareRanks(a: Rank, b: Rank): number {
  return (
    a.tier - b.tier ||
    bucket(a.score) - bucket(b.score) ||
    a.distance - b.distance ||
    b.population - a.population ||
    a.score - b.score ||
    (a.order < b.order ? -1 : a.order > b.order ? 1 : 0)
  );
}
