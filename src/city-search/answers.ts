// What the search element asks of its indexes: the answers to a query (members, and the
// all-communes pieces when they are loaded), and the answer for a code set as its value.
import type { SearchAnswer } from '../search/places.js';
import type { FuzzyScorer } from '../search/fuzzy.js';
import type { SearchIndex, SearchResult } from '../search/search-index.js';
import type { Pieces } from '../search/search-places.js';
import { clampLimit, parseDepartments } from './search-attributes.js';

/** The element's attributes that shape a search. */
export interface SearchAsked {
  limit: number;
  department?: string;
  fuzzy?: FuzzyScorer;
}

/** The answers to `text`, within the element's `limit` and `department`. */
export function searchAnswers(
  members: SearchIndex<SearchAnswer>,
  pieces: Pieces | undefined,
  text: string,
  asked: SearchAsked,
): SearchResult<SearchAnswer> {
  const options = {
    limit: clampLimit(asked.limit),
    departments: parseDepartments(asked.department),
    fuzzy: asked.fuzzy,
  };
  return pieces ? pieces.search(members, text, options) : members.search(text, options);
}

/** The answer whose code is `code`, in the pieces first (a commune), else the members. */
export function answerFor(
  code: string,
  members: SearchIndex<SearchAnswer>,
  pieces: Pieces | undefined,
): SearchAnswer | undefined {
  const byCode = (item: SearchAnswer) => item.entity.code === code;
  return pieces?.indexes.map((index) => index.find(byCode)).find(Boolean) ?? members.find(byCode);
}
