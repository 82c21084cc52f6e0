import Fuse from 'fuse.js/basic';
import { typoDistance } from './edit-distance.js';
import type { FuzzyScorer } from './fuzzy.js';

/** Beyond this fuse.js distance a candidate is not offered as a typo. */
const THRESHOLD = 0.4;

/** fuse.js over the short list of candidates the trigram index picked. */
export const fuseScorer: FuzzyScorer = (candidates, query) => {
  const fuse = new Fuse(candidates, {
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    threshold: THRESHOLD,
    minMatchCharLength: 2,
  });
  return fuse.search(query).map((result) => ({
    index: result.refIndex,
    score: result.score ?? 1,
    distance: typoDistance(query, result.item),
    ranges: (result.matches ?? []).flatMap((match) =>
      match.indices.map(([start, end]): [number, number] => [start, end + 1]),
    ),
  }));
};
