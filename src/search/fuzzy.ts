import type { Range } from './fold.js';

/** One candidate a fuzzy scorer kept: its index in the candidates, its distance, its matched ranges. */
export interface FuzzyMatch {
  index: number;
  /** 0 for identical … 1 for unrelated. */
  score: number;
  /** Typos between the query and the candidate (edit-distance.ts): breaks ties of `score`. */
  distance: number;
  /** Matched characters of the candidate (folded text ranges, end exclusive). */
  ranges: Range[];
}

/** Scores a short list of folded candidate names against a folded query (typos). */
export type FuzzyScorer = (candidates: readonly string[], query: string) => FuzzyMatch[];

let loaded: FuzzyScorer | undefined;
let loading: Promise<FuzzyScorer> | undefined;

/**
 * The typo scorer (fuse.js), imported on first use: pages that never search, and
 * a search until its first keystroke, do not pay for it. Once per page.
 */
export function loadFuzzyScorer(): Promise<FuzzyScorer> {
  loading ??= import('./fuse-scorer.js').then(
    (module) => (loaded = module.fuseScorer),
    (error: unknown) => {
      loading = undefined; // a failed chunk load may be retried on the next keystroke
      throw error;
    },
  );
  return loading;
}

/** The scorer if it has arrived, else undefined (callers search without typos meanwhile). */
export function loadedFuzzyScorer(): FuzzyScorer | undefined {
  return loaded;
}
