/**
 * The suggestion policy: which typo-only matches are shown beside real ones.
 * Applied once to the final, merged list (search-index.ts for one index,
 * search-places.ts for the members and the all-communes pieces together).
 */
import { Tier } from './ranking.js';

/**
 * Typo-only suggestions are shown only when the query matches fewer names
 * than this as a prefix or word start, and none exactly: "brest" or "st deni"
 * then show only real matches, "grenolbe" shows its suggestions. An index also
 * looks for typos only below it (the scorer's cost).
 */
export const FEW_MATCHES = 3;

/**
 * Beside an exact match, a typo is suggested only if it is one typo away and
 * names a commune this much larger (population classes are 10·log10: ten
 * times the population): "dracy" is a village, and one typo from Drancy.
 */
const MUCH_LARGER = 10;

/** Whether a typo-only hit is suggested beside real matches whose best population is `matched`. */
function suggestedBesideExact(
  hit: { distance: number; population: number },
  matched: number,
): boolean {
  return hit.distance <= 1 && hit.population >= matched + MUCH_LARGER;
}

/**
 * The hits to show, best first (`hits` ranked), at most `limit`: `total` real
 * matches (typo-only ones not counted) decide whether suggestions are kept.
 */
export function keepSuggestions<H extends { tier: number; distance: number; population: number }>(
  hits: H[],
  total: number,
  limit: number,
): H[] {
  const real = hits.filter((hit) => hit.tier !== Tier.Fuzzy);
  let kept = hits;
  if (total >= FEW_MATCHES) kept = real;
  else if (real.some((hit) => hit.tier === Tier.Exact)) {
    const matched = Math.max(...real.map((hit) => hit.population));
    kept = hits.filter((hit) => hit.tier !== Tier.Fuzzy || suggestedBesideExact(hit, matched));
  }
  return kept.slice(0, limit);
}
