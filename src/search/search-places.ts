import type { SearchAnswer } from './places.js';
import { compareRanks } from './ranking.js';
import type { SearchHit, SearchIndex, SearchOptions, SearchResult } from './search-index.js';
import { FEW_MATCHES, keepSuggestions } from './suggestions.js';

/** The all-communes pieces loaded for a query, and which places they answer for. */
export interface Pieces {
  indexes: SearchIndex<SearchAnswer>[];
  /** `placeKey` of every place in the pieces (the members index leaves them to the pieces). */
  covered: Set<string>;
  /** `searchPlaces` over these pieces (carried here so it loads with them, not with the element). */
  search(
    members: SearchIndex<SearchAnswer>,
    query: string,
    options: SearchOptions<SearchAnswer>,
  ): SearchResult<SearchAnswer>;
}

/** One place, whichever index holds it: the entity and the part it was found by. */
export function placeKey(place: SearchAnswer): string {
  return `${place.entity.code}|${place.via?.name ?? ''}`;
}

/**
 * Searches the members, and the all-communes pieces when loaded, as one list:
 * each place once (the pieces answer for what they hold), ranked by tier, typo
 * distance and population, typo-only suggestions kept only when there are few
 * real matches and none exact.
 */
export function searchPlaces(
  members: SearchIndex<SearchAnswer>,
  pieces: Pieces | undefined,
  query: string,
  options: SearchOptions<SearchAnswer>,
): SearchResult<SearchAnswer> {
  if (!pieces?.indexes.length) return members.search(query, options);
  const covered = pieces.covered;
  const results = pieces.indexes.map((index) => index.matches(query, options));
  // The members' typos are looked for only while the pieces match few names (it saves a fuse.js run).
  const matched = results.reduce((sum, result) => sum + result.total, 0);
  const fuzzy = matched < FEW_MATCHES ? options.fuzzy : undefined;
  const skip = (place: SearchAnswer) => covered.has(placeKey(place));
  results.push(members.matches(query, { ...options, fuzzy, skip }));
  const total = results.reduce((sum, result) => sum + result.total, 0);
  // A place filed in two pieces (one per word of its name) is offered once, at its best.
  const seen = new Set<string>();
  const hits = results
    .flatMap((result) => result.hits)
    .sort(byRank)
    .filter((hit) => !seen.has(placeKey(hit.item)) && !!seen.add(placeKey(hit.item)));
  return { hits: keepSuggestions(hits, total, Math.max(1, options.limit ?? 8)), total };
}

const byRank = (a: SearchHit<SearchAnswer>, b: SearchHit<SearchAnswer>) =>
  compareRanks({ ...a, order: a.item.entity.name }, { ...b, order: b.item.entity.name });
