import { fold, type Range } from './fold.js';
import type { FuzzyScorer } from './fuzzy.js';
import { hitOf } from './highlight.js';
import type { IndexData, Key } from './index-data.js';
import { MatchScratch } from './match-scratch.js';
import { matchCodes, matchFuzzy, matchPrefixes } from './matchers.js';
import { parseQuery } from './query.js';
import { Tier } from './ranking.js';
import { FEW_MATCHES, keepSuggestions } from './suggestions.js';

export { Tier } from './ranking.js';
export { FEW_MATCHES } from './suggestions.js';

/** What the index knows of one searchable entity. */
export interface IndexEntry<T> {
  /** Names the entity answers to: the official name first, then e.g. the seed label. */
  names: string[];
  /** Department code (`69`, `2A`, `974`). */
  department: string;
  postcodes: string[];
  /** Any measure that grows with population (ties between equal matches). */
  population: number;
  item: T;
}

export interface SearchHit<T> {
  item: T;
  tier: Tier;
  /** Fuzzy distance (0 exact … 1), for `Tier.Fuzzy`. */
  score: number;
  /** Typos between the query and the name (`Tier.Fuzzy`; else 0): breaks ties of `score`. */
  distance: number;
  /** Index in `names` of the name that matched, or -1 (postcode / department). */
  nameIndex: number;
  /** Matched characters of `names[nameIndex]` (original string ranges). */
  ranges: Range[];
  /** The postcode that matched, and its matched ranges. */
  postcode?: { value: string; ranges: Range[] };
  /** The entry's population measure (ranks hits of several indexes on one scale). */
  population: number;
}

export interface SearchOptions<T = unknown> {
  limit?: number;
  /** Only entries of these departments. */
  departments?: readonly string[];
  /** Scores typos among the trigram candidates; without it, no typo is matched. */
  fuzzy?: FuzzyScorer;
  /** Items another index answers for (never offered here). */
  skip?: (item: T) => boolean;
}

export interface SearchResult<T> {
  /** What to show, best first: the matches, then the typo-only suggestions. */
  hits: SearchHit<T>[];
  /** Matches (exact, prefix, word start) before the limit; typo-only suggestions not counted. */
  total: number;
}

/**
 * A search index over place names, built once and cheaply: each name folded
 * (never folded again per query) and a rank per entry. A query scans the folded
 * names: word starts for prefix matches, postcodes, departments, and for typos
 * the names sharing most trigrams with the query, a short list handed to the
 * fuzzy scorer (fuse.js). The indexes are small (the members; one all-communes
 * piece of at most a few thousand names), so a scan costs well under a
 * millisecond, and building one costs no sorted structure (a piece is indexed
 * when it arrives, on the reader's device: that build is what must be cheap).
 */
export class SearchIndex<T> implements IndexData<T> {
  readonly size: number;
  // What the matchers read (index-data.ts), built once here.
  readonly entries: IndexEntry<T>[];
  readonly keys: Key[] = [];
  readonly texts: string[] = [];
  readonly postcodes: string[] = [];
  readonly postcodeEntries: number[] = [];
  readonly departments: string[];
  readonly ranks: Float64Array;
  /** Trigram counts per key (the typo matcher's scratch). */
  private readonly counts: Uint8Array;
  private readonly scratch: MatchScratch<T>;

  constructor(entries: IndexEntry<T>[]) {
    this.entries = entries;
    this.size = entries.length;
    this.departments = entries.map((entry) => entry.department.toLowerCase());
    entries.forEach((entry, entryIndex) => {
      const first = this.keys.length;
      entry.names.forEach((name, nameIndex) => {
        const text = fold(name);
        // A name folding like an earlier one of the entry (a label in another case) adds nothing.
        for (let key = first; key < this.keys.length; key++)
          if (this.keys[key].text === text) return;
        if (!text) return;
        this.keys.push({ entry: entryIndex, nameIndex, text });
        this.texts.push(text);
      });
      for (const value of entry.postcodes) {
        this.postcodes.push(value);
        this.postcodeEntries.push(entryIndex);
      }
    });
    this.counts = new Uint8Array(this.keys.length);
    // Population first, then (for equal populations) the name: one number per entry
    // (entries that come sorted by name, as the communes pieces do, sort in linear time).
    const byName = entries
      .map((_, i) => i)
      .sort((a, b) => compare(b < 0 ? '' : entries[b].names[0], entries[a].names[0]));
    this.ranks = new Float64Array(entries.length);
    byName.forEach((entry, order) => {
      this.ranks[entry] = Math.min(entries[entry].population, 999) + order / (entries.length + 1);
    });
    this.scratch = new MatchScratch(this);
  }

  /** The first item that satisfies `predicate` (lookups by code). */
  find(predicate: (item: T) => boolean): T | undefined {
    return this.entries.find((entry) => predicate(entry.item))?.item;
  }

  /** What to show for `query`: the matches, with the suggestion policy applied. */
  search(query: string, options: SearchOptions<T> = {}): SearchResult<T> {
    const found = this.matches(query, options);
    return { hits: keepSuggestions(found.hits, found.total, limitOf(options)), total: found.total };
  }

  /**
   * The matches before the suggestion policy, ranked: the best `limit` real
   * matches and every typo-only one (for a caller that merges several indexes).
   */
  matches(query: string, options: SearchOptions<T> = {}): SearchResult<T> {
    const limit = limitOf(options);
    const parsed = parseQuery(query);
    if (!parsed) return { hits: [], total: 0 };
    const departments = options.departments?.map((code) => code.toLowerCase());
    const scratch = this.scratch;
    scratch.reset(departments ? new Set(departments) : undefined, options.skip);
    let typos = false;
    if (parsed.kind === 'codes') matchCodes(this, scratch, parsed.text);
    else {
      const { text, narrowed } = parsed;
      if (narrowed) {
        matchPrefixes(this, scratch, narrowed.whole);
        const only = narrowed.department;
        scratch.allowed = new Set(departments ? departments.filter((c) => c === only) : [only]);
      }
      matchPrefixes(this, scratch, text);
      const few = scratch.touched.length < Math.min(limit, FEW_MATCHES);
      if (options.fuzzy && few && text.replace(/ /g, '').length >= 3) {
        matchFuzzy(this, scratch, this.counts, text, options.fuzzy);
        typos = true;
      }
    }
    const top = scratch.top(typos ? scratch.touched.length : limit);
    let total = 0;
    for (const entry of scratch.touched) if (scratch.tiers[entry] !== Tier.Fuzzy) total++;
    return { hits: top.map((entry) => hitOf(this, scratch, entry)), total };
  }
}

const limitOf = (options: SearchOptions<never>) => Math.max(1, options.limit ?? 8);

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
