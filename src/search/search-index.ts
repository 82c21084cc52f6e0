import { fold, foldWithOrigin, toOriginalRanges, type Range } from './fold.js';
import type { FuzzyScorer } from './fuzzy.js';
import { forEachGram, sharedGrams } from './trigrams.js';

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
 * Typo-only suggestions are looked for only when the query matches fewer names
 * than this as a prefix or word start, and none exactly: "brest" or "st deni"
 * then show only real matches, "grenolbe" shows its suggestions.
 */
export const FEW_MATCHES = 3;

/**
 * Beside an exact match, a typo is suggested only if it is one typo away and
 * names a commune this much larger (population classes are 10·log10: ten
 * times the population): "dracy" is a village, and one typo from Drancy.
 */
const MUCH_LARGER = 10;

/** Whether a typo-only hit is suggested beside real matches whose best population is `matched`. */
export function suggestedBesideExact(
  hit: { distance: number; population: number },
  matched: number,
): boolean {
  return hit.distance <= 1 && hit.population >= matched + MUCH_LARGER;
}

const MAX_FUZZY_CANDIDATES = 64;

interface Key {
  entry: number;
  nameIndex: number;
  /** The folded name (its map back to the original is recomputed only for shown hits). */
  text: string;
}

/** Department codes as typed: `69`, `2a`, `974`. */
const DEPARTMENT = /^(\d{2,3}|2[ab])$/;

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
export class SearchIndex<T> {
  readonly size: number;
  private readonly entries: IndexEntry<T>[];
  private readonly keys: Key[] = [];
  /** The keys' folded texts (what the trigram scan reads). */
  private readonly texts: string[] = [];
  /** Every postcode and its entry, flat (a postcode match refers to its index here). */
  private readonly postcodes: string[] = [];
  private readonly postcodeEntries: number[] = [];
  /** Each entry's department, lower case. */
  private readonly departments: string[];
  private readonly counts: Uint8Array;

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
    this.tiers = new Uint8Array(entries.length).fill(NONE);
    this.scores = new Float32Array(entries.length);
    this.distances = new Uint8Array(entries.length);
    this.refs = new Int32Array(entries.length);
    this.offsets = new Int32Array(entries.length);
    this.lengths = new Int32Array(entries.length);
    // Population first, then (for equal populations) the name: one number per entry
    // (entries that come sorted by name, as the communes pieces do, sort in linear time).
    const byName = entries
      .map((_, i) => i)
      .sort((a, b) => compare(b < 0 ? '' : entries[b].names[0], entries[a].names[0]));
    this.ranks = new Float64Array(entries.length);
    byName.forEach((entry, order) => {
      this.ranks[entry] = Math.min(entries[entry].population, 999) + order / (entries.length + 1);
    });
  }

  /** The first item that satisfies `predicate` (lookups by code). */
  find(predicate: (item: T) => boolean): T | undefined {
    return this.entries.find((entry) => predicate(entry.item))?.item;
  }

  search(query: string, options: SearchOptions<T> = {}): SearchResult<T> {
    const limit = Math.max(1, options.limit ?? 8);
    const folded = foldWithOrigin(query).text;
    if (!folded) return { hits: [], total: 0 };
    let text = folded;
    const departments = options.departments?.map((code) => code.toLowerCase());
    this.allowed = departments ? new Set(departments) : undefined;
    this.skip = options.skip;
    this.touched = [];
    this.fuzzyRanges.clear();

    if (/^\d/.test(text) && !text.includes(' ')) {
      this.matchCodes(text);
    } else {
      // "saint denis 974": a trailing department narrows a name; "paris 15" may
      // also be the start of a name ("Paris 15e Arrondissement"): both are tried.
      const words = folded.split(' ');
      const last = words[words.length - 1];
      if (words.length > 1 && DEPARTMENT.test(last) && !/\d/.test(words[0])) {
        this.matchPrefixes(text);
        text = words.slice(0, -1).join(' ');
        const narrowed = departments ? departments.filter((code) => code === last) : [last];
        this.allowed = new Set(narrowed);
      }
      this.matchPrefixes(text);
      const few = this.touched.length < Math.min(limit, FEW_MATCHES);
      if (options.fuzzy && few && text.replace(/ /g, '').length >= 3) {
        const exact = this.touched.some((entry) => this.tiers[entry] === Tier.Exact);
        this.matchFuzzy(text, options.fuzzy);
        if (exact) this.keepSuggestionsBesideExact();
      }
    }
    const top = this.top(limit);
    const hits = top.map((entry) => this.hit(entry));
    let total = 0;
    for (const entry of this.touched) {
      if (this.tiers[entry] !== Tier.Fuzzy) total++;
      this.tiers[entry] = NONE;
    }
    return { hits, total };
  }

  // Per-query scratch, one slot per entry (no allocation per match).
  private readonly tiers: Uint8Array;
  private readonly scores: Float32Array;
  private readonly distances: Uint8Array;
  /** Key index (names) or postcode index (codes) of the best match. */
  private readonly refs: Int32Array;
  /** Offset of the match in the folded key; CODE for a postcode or department match. */
  private readonly offsets: Int32Array;
  private readonly ranks: Float64Array;
  /** Length of the folded text that matched (highlighting). */
  private readonly lengths: Int32Array;
  private matchLength = 0;
  private touched: number[] = [];
  private allowed?: Set<string>;
  private skip?: (item: T) => boolean;
  private readonly fuzzyRanges = new Map<number, Range[]>();

  private offer(
    entry: number,
    tier: Tier,
    score: number,
    ref: number,
    offset: number,
    distance = 0,
  ): void {
    if (this.allowed && !this.allowed.has(this.entries[entry].department.toLowerCase())) return;
    const current = this.tiers[entry];
    if (current === NONE) {
      if (this.skip?.(this.entries[entry].item)) return;
      this.touched.push(entry);
    } else {
      const order =
        tier - current ||
        bucket(score) - bucket(this.scores[entry]) ||
        distance - this.distances[entry];
      if (order > 0) return;
      if (order === 0) {
        // Same rank: prefer a closer score, then the official name over a label.
        if (score > this.scores[entry]) return;
        if (score === this.scores[entry]) {
          const currentName =
            this.offsets[entry] === CODE ? Infinity : this.keys[this.refs[entry]].nameIndex;
          const name = offset === CODE ? Infinity : this.keys[ref].nameIndex;
          if (name >= currentName) return;
        }
      }
    }
    this.tiers[entry] = tier;
    this.scores[entry] = score;
    this.distances[entry] = Math.min(distance, 99);
    this.refs[entry] = ref;
    this.offsets[entry] = offset;
    this.lengths[entry] = this.matchLength;
  }

  /** The best `limit` entries, in order, without sorting every match. */
  private top(limit: number): number[] {
    const top: number[] = [];
    const rankOf = (entry: number) =>
      this.tiers[entry] * 1e7 +
      bucket(this.scores[entry]) * 1e5 +
      this.distances[entry] * 1e3 -
      this.ranks[entry];
    for (const entry of this.touched) {
      const rank = rankOf(entry);
      if (top.length === limit && rank >= rankOf(top[limit - 1])) continue;
      let at = top.length;
      while (at > 0 && rankOf(top[at - 1]) > rank) at--;
      top.splice(at, 0, entry);
      if (top.length > limit) top.pop();
    }
    return top;
  }

  private hit(entry: number): SearchHit<T> {
    const length = this.lengths[entry];
    const { item, population } = this.entries[entry];
    const tier = this.tiers[entry] as Tier;
    const score = this.scores[entry];
    const distance = this.distances[entry];
    const offset = this.offsets[entry];
    if (offset === CODE) {
      const ref = this.refs[entry];
      const postcode =
        ref >= 0 ? { value: this.postcodes[ref], ranges: [[0, length]] as Range[] } : undefined;
      return { item, tier, score, distance, nameIndex: -1, ranges: [], postcode, population };
    }
    const key = this.keys[this.refs[entry]];
    const folded =
      offset === FUZZY ? (this.fuzzyRanges.get(entry) ?? []) : [[offset, offset + length] as Range];
    const name = this.entries[key.entry].names[key.nameIndex];
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

  /** Department numbers (`69`, `974`) and postcodes, full or prefix. */
  private matchCodes(text: string): void {
    this.matchLength = text.length;
    if (DEPARTMENT.test(text)) {
      this.departments.forEach((department, entry) => {
        if (department === text) this.offer(entry, Tier.Exact, 0, -1, CODE);
      });
    }
    if (!/^\d{2,5}$/.test(text)) return;
    // Per entry, the smallest postcode that starts with the query (the exact one if any).
    const best = new Map<number, number>();
    this.postcodes.forEach((value, at) => {
      if (!value.startsWith(text)) return;
      const entry = this.postcodeEntries[at];
      const current = best.get(entry);
      if (current === undefined || value < this.postcodes[current]) best.set(entry, at);
    });
    for (const [entry, at] of best) {
      this.offer(entry, this.postcodes[at] === text ? Tier.Exact : Tier.Prefix, 0, at, CODE);
    }
  }

  /** Names that are, or start with, the query, or have a word that starts with it. */
  private matchPrefixes(text: string): void {
    this.matchLength = text.length;
    const keys = this.keys;
    for (let key = 0; key < keys.length; key++) {
      const name = keys[key].text;
      if (name.startsWith(text)) {
        this.offer(keys[key].entry, name === text ? Tier.Exact : Tier.Prefix, 0, key, 0);
        continue;
      }
      // The word start whose rest of the name sorts first (what a sorted scan met first).
      let offset = -1;
      for (let at = name.indexOf(' ' + text); at >= 0; at = name.indexOf(' ' + text, at + 1)) {
        if (offset < 0 || name.slice(at + 1) < name.slice(offset)) offset = at + 1;
      }
      if (offset > 0) this.offer(keys[key].entry, Tier.WordPrefix, 0, key, offset);
    }
  }

  /** Beside an exact match, only the typos `suggestedBesideExact` keeps. */
  private keepSuggestionsBesideExact(): void {
    let matched = -Infinity;
    for (const entry of this.touched) {
      if (this.tiers[entry] !== Tier.Fuzzy)
        matched = Math.max(matched, this.entries[entry].population);
    }
    this.touched = this.touched.filter((entry) => {
      if (this.tiers[entry] !== Tier.Fuzzy) return true;
      const hit = { distance: this.distances[entry], population: this.entries[entry].population };
      if (suggestedBesideExact(hit, matched)) return true;
      this.tiers[entry] = NONE;
      return false;
    });
  }

  /** Typos: the keys sharing most trigrams with the query, scored by `fuzzy`. */
  private matchFuzzy(text: string, fuzzy: FuzzyScorer): void {
    const grams: number[] = [];
    forEachGram(text, (gram) => {
      if (!grams.includes(gram)) grams.push(gram);
    });
    const counts = this.counts;
    const touched = sharedGrams(this.texts, grams, counts);
    // The best-sharing keys: a histogram finds the cut without sorting them all.
    const needed = Math.max(1, Math.ceil(grams.length * 0.34));
    const histogram = new Int32Array(grams.length + 2);
    for (const key of touched)
      if (counts[key] >= needed) histogram[Math.min(counts[key], grams.length + 1)]++;
    let cut = grams.length + 1;
    let above = 0;
    while (cut > needed && above + histogram[cut] < MAX_FUZZY_CANDIDATES) above += histogram[cut--];
    const candidates: number[] = [];
    const ties: number[] = [];
    for (const key of touched) {
      if (counts[key] > cut) candidates.push(key);
      else if (counts[key] === cut) ties.push(key);
      counts[key] = 0;
    }
    if (ties.length > MAX_FUZZY_CANDIDATES - candidates.length) {
      const ranks = this.ranks;
      ties.sort((a, b) => ranks[this.keys[b].entry] - ranks[this.keys[a].entry]);
      ties.length = MAX_FUZZY_CANDIDATES - candidates.length;
    }
    candidates.push(...ties);
    if (!candidates.length) return;
    const matches = fuzzy(
      candidates.map((key) => this.keys[key].text),
      text,
    );
    for (const match of matches) {
      const keyIndex = candidates[match.index];
      const key = this.keys[keyIndex];
      const before = this.tiers[key.entry] === NONE ? undefined : this.refs[key.entry];
      this.offer(key.entry, Tier.Fuzzy, match.score, keyIndex, FUZZY, match.distance);
      if (
        this.refs[key.entry] === keyIndex &&
        before !== keyIndex &&
        this.offsets[key.entry] === FUZZY
      ) {
        this.fuzzyRanges.set(key.entry, match.ranges);
      }
    }
  }
}

const NONE = 255;
const CODE = -1;
const FUZZY = -2;

/** Fuzzy scores closer than this are ties (then population decides). */
const SCORE_STEP = 0.1;

/** A fuzzy score rounded to its tie class. */
export function bucket(score: number): number {
  return Math.round(score / SCORE_STEP);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
