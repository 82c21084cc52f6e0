/**
 * The per-query scratch every matcher writes to: one slot per entry (no
 * allocation per match), the best match of each entry kept, in `compareRanks` order.
 */
import type { Range } from './fold.js';
import type { IndexData } from './index-data.js';
import { compareRanks, type Rank, type Tier } from './ranking.js';

export const NONE = 255;
/** `offsets` value of a postcode or department match. */
export const CODE = -1;
/** `offsets` value of a typo match (its ranges are in `fuzzyRanges`). */
export const FUZZY = -2;

export class MatchScratch<T> {
  readonly tiers: Uint8Array;
  readonly scores: Float32Array;
  readonly distances: Uint8Array;
  /** Key index (names) or postcode index (codes) of the best match. */
  readonly refs: Int32Array;
  /** Offset of the match in the folded key; CODE or FUZZY. */
  readonly offsets: Int32Array;
  /** Length of the folded text that matched (highlighting). */
  readonly lengths: Int32Array;
  readonly fuzzyRanges = new Map<number, Range[]>();
  /** Entries matched by this query, in the order met. */
  touched: number[] = [];
  /** Only entries of these departments (lower case); all when undefined. */
  allowed?: Set<string>;
  skip?: (item: T) => boolean;
  /** Length of the text the current matcher looks for. */
  matchLength = 0;

  constructor(private readonly index: IndexData<T>) {
    const size = index.entries.length;
    this.tiers = new Uint8Array(size).fill(NONE);
    this.scores = new Float32Array(size);
    this.distances = new Uint8Array(size);
    this.refs = new Int32Array(size);
    this.offsets = new Int32Array(size);
    this.lengths = new Int32Array(size);
  }

  /** Starts a query: forgets the last one's matches. */
  reset(allowed: Set<string> | undefined, skip: ((item: T) => boolean) | undefined): void {
    for (const entry of this.touched) this.tiers[entry] = NONE;
    this.touched = [];
    this.fuzzyRanges.clear();
    this.allowed = allowed;
    this.skip = skip;
  }

  /** The rank of an entry's current match (`order`: which of its names; a code last). */
  private matchRank(entry: number): Rank {
    return {
      tier: this.tiers[entry],
      score: this.scores[entry],
      distance: this.distances[entry],
      population: 0,
      order: this.offsets[entry] === CODE ? Infinity : this.index.keys[this.refs[entry]].nameIndex,
    };
  }

  /** Records a match of `entry` if it is the entry's first or ranks before its current one. */
  offer(entry: number, tier: Tier, score: number, ref: number, offset: number, distance = 0): void {
    if (this.allowed && !this.allowed.has(this.index.departments[entry])) return;
    if (this.tiers[entry] === NONE) {
      if (this.skip?.(this.index.entries[entry].item)) return;
      this.touched.push(entry);
    } else {
      const order = offset === CODE ? Infinity : this.index.keys[ref].nameIndex;
      const offered = { tier, score, distance, population: 0, order };
      if (compareRanks(offered, this.matchRank(entry)) >= 0) return;
    }
    this.tiers[entry] = tier;
    this.scores[entry] = score;
    this.distances[entry] = Math.min(distance, 99);
    this.refs[entry] = ref;
    this.offsets[entry] = offset;
    this.lengths[entry] = this.matchLength;
  }

  /** An entry's rank among the others: its match, then its population and name order. */
  rank(entry: number): Rank {
    return { ...this.matchRank(entry), population: this.index.ranks[entry], order: 0 };
  }

  /** The best `limit` entries, in order, without sorting every match. */
  top(limit: number): number[] {
    const top: number[] = [];
    const ranks: Rank[] = [];
    for (const entry of this.touched) {
      const rank = this.rank(entry);
      if (top.length === limit && compareRanks(rank, ranks[limit - 1]) >= 0) continue;
      let at = top.length;
      while (at > 0 && compareRanks(ranks[at - 1], rank) > 0) at--;
      top.splice(at, 0, entry);
      ranks.splice(at, 0, rank);
      if (top.length > limit) {
        top.pop();
        ranks.pop();
      }
    }
    return top;
  }
}
