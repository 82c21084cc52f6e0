import { fold, foldWithOrigin, toOriginalRanges, type Range } from './fold.js';
import type { FuzzyScorer } from './fuzzy.js';

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
 * A search index over place names, built once: folded names (never folded again
 * per query), a sorted list of every name's word starts for prefix matches
 * (binary search), postcodes sorted for prefix matches, departments, and a
 * trigram index that hands the fuzzy scorer (fuse.js) a short list of candidates
 * for typos, so a query over 35,000 communes costs about what fuse.js costs over
 * 64 names.
 */
export class SearchIndex<T> {
  readonly size: number;
  private readonly entries: IndexEntry<T>[];
  private readonly keys: Key[] = [];
  /** Word starts: `[key, offset]` pairs sorted by the folded text from the offset. */
  private readonly starts: { key: number; offset: number; text: string }[] = [];
  private readonly postcodes: { value: string; entry: number }[] = [];
  private readonly departments = new Map<string, number[]>();
  /** Trigram postings in one array (CSR): keys of gram g are `postings[offsets[g]…offsets[g+1]]`. */
  private readonly gramOffsets = new Int32Array(GRAMS + 1);
  private readonly gramPostings: Int32Array;
  private readonly counts: Uint8Array;

  constructor(entries: IndexEntry<T>[]) {
    this.entries = entries;
    this.size = entries.length;
    entries.forEach((entry, entryIndex) => {
      const seen = new Set<string>();
      entry.names.forEach((name, nameIndex) => {
        const text = fold(name);
        if (!text || seen.has(text)) return;
        seen.add(text);
        const key = this.keys.push({ entry: entryIndex, nameIndex, text }) - 1;
        for (let offset = 0; offset < text.length; offset++) {
          if (offset === 0 || text[offset - 1] === ' ') {
            this.starts.push({ key, offset, text: offset ? text.slice(offset) : text });
          }
        }
      });
      for (const value of entry.postcodes) this.postcodes.push({ value, entry: entryIndex });
      const department = entry.department.toLowerCase();
      let members = this.departments.get(department);
      if (!members) this.departments.set(department, (members = []));
      members.push(entryIndex);
    });
    this.starts.sort((a, b) => compare(a.text, b.text));
    this.postcodes.sort((a, b) => compare(a.value, b.value));
    // Trigram postings, in two passes over integer-coded trigrams (no string per gram).
    const lastKey = new Int32Array(GRAMS).fill(-1);
    const sizes = new Int32Array(GRAMS);
    this.keys.forEach(({ text }, key) =>
      forEachGram(text, (gram) => {
        if (lastKey[gram] !== key) {
          lastKey[gram] = key;
          sizes[gram]++;
        }
      }),
    );
    for (let gram = 0; gram < GRAMS; gram++) {
      this.gramOffsets[gram + 1] = this.gramOffsets[gram] + sizes[gram];
    }
    this.gramPostings = new Int32Array(this.gramOffsets[GRAMS]);
    const fill = this.gramOffsets.slice(0, GRAMS);
    lastKey.fill(-1);
    this.keys.forEach(({ text }, key) =>
      forEachGram(text, (gram) => {
        if (lastKey[gram] !== key) {
          lastKey[gram] = key;
          this.gramPostings[fill[gram]++] = key;
        }
      }),
    );
    this.counts = new Uint8Array(this.keys.length);
    this.tiers = new Uint8Array(entries.length).fill(NONE);
    this.scores = new Float32Array(entries.length);
    this.refs = new Int32Array(entries.length);
    this.offsets = new Int32Array(entries.length);
    this.lengths = new Int32Array(entries.length);
    // Population first, then (for equal populations) the name: one number per entry.
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
      const few =
        this.touched.length < Math.min(limit, FEW_MATCHES) &&
        this.touched.every((entry) => this.tiers[entry] !== Tier.Exact);
      if (options.fuzzy && few && text.replace(/ /g, '').length >= 3) {
        this.matchFuzzy(text, options.fuzzy);
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

  private offer(entry: number, tier: Tier, score: number, ref: number, offset: number): void {
    if (this.allowed && !this.allowed.has(this.entries[entry].department.toLowerCase())) return;
    const current = this.tiers[entry];
    if (current === NONE) {
      if (this.skip?.(this.entries[entry].item)) return;
      this.touched.push(entry);
    } else {
      const order = tier - current || bucket(score) - bucket(this.scores[entry]);
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
    this.refs[entry] = ref;
    this.offsets[entry] = offset;
    this.lengths[entry] = this.matchLength;
  }

  /** The best `limit` entries, in order, without sorting every match. */
  private top(limit: number): number[] {
    const top: number[] = [];
    const rankOf = (entry: number) =>
      this.tiers[entry] * 1e6 + bucket(this.scores[entry]) * 1e3 - this.ranks[entry];
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
    const offset = this.offsets[entry];
    if (offset === CODE) {
      const ref = this.refs[entry];
      const postcode =
        ref >= 0
          ? { value: this.postcodes[ref].value, ranges: [[0, length]] as Range[] }
          : undefined;
      return { item, tier, score, nameIndex: -1, ranges: [], postcode, population };
    }
    const key = this.keys[this.refs[entry]];
    const folded =
      offset === FUZZY ? (this.fuzzyRanges.get(entry) ?? []) : [[offset, offset + length] as Range];
    const name = this.entries[key.entry].names[key.nameIndex];
    return {
      item,
      tier,
      score,
      nameIndex: key.nameIndex,
      ranges: toOriginalRanges(foldWithOrigin(name), folded, name),
      population,
    };
  }

  /** Department numbers (`69`, `974`) and postcodes, full or prefix. */
  private matchCodes(text: string): void {
    this.matchLength = text.length;
    if (DEPARTMENT.test(text)) {
      for (const entry of this.departments.get(text) ?? [])
        this.offer(entry, Tier.Exact, 0, -1, CODE);
    }
    if (!/^\d{2,5}$/.test(text)) return;
    for (let i = lowerBound(this.postcodes, text, (p) => p.value); i < this.postcodes.length; i++) {
      const { value, entry } = this.postcodes[i];
      if (!value.startsWith(text)) break;
      this.offer(entry, value === text ? Tier.Exact : Tier.Prefix, 0, i, CODE);
    }
  }

  /** Names that are, or start with, the query, or have a word that starts with it. */
  private matchPrefixes(text: string): void {
    this.matchLength = text.length;
    for (let i = lowerBound(this.starts, text, (s) => s.text); i < this.starts.length; i++) {
      const start = this.starts[i];
      if (!start.text.startsWith(text)) break;
      const key = this.keys[start.key];
      const tier =
        start.offset > 0 ? Tier.WordPrefix : key.text === text ? Tier.Exact : Tier.Prefix;
      this.offer(key.entry, tier, 0, start.key, start.offset);
    }
  }

  /** Typos: the keys sharing most trigrams with the query, scored by `fuzzy`. */
  private matchFuzzy(text: string, fuzzy: FuzzyScorer): void {
    const grams: number[] = [];
    forEachGram(text, (gram) => {
      if (!grams.includes(gram)) grams.push(gram);
    });
    const counts = this.counts;
    const touched: number[] = [];
    for (const gram of grams) {
      const postings = this.gramPostings;
      for (let i = this.gramOffsets[gram], end = this.gramOffsets[gram + 1]; i < end; i++) {
        const key = postings[i];
        if (counts[key] === 0) touched.push(key);
        if (counts[key] < 255) counts[key]++;
      }
    }
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
      this.offer(key.entry, Tier.Fuzzy, match.score, keyIndex, FUZZY);
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

/** Folded text uses 37 symbols (space, a–z, 0–9): a trigram is a number below 37³. */
const SYMBOLS = 37;
const GRAMS = SYMBOLS ** 3;

function symbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 21;
  return 0;
}

/** Calls `visit` with each trigram of a folded text, padded with spaces (word starts and ends count). */
export function forEachGram(text: string, visit: (gram: number) => void): void {
  let a = 0;
  let b = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? symbol(text.charCodeAt(i)) : 0;
    if (i > 0 || c !== 0) visit(a * SYMBOLS * SYMBOLS + b * SYMBOLS + c);
    a = b;
    b = c;
  }
}

/** Fuzzy scores closer than this are ties (then population decides). */
const SCORE_STEP = 0.1;

/** A fuzzy score rounded to its tie class. */
export function bucket(score: number): number {
  return Math.round(score / SCORE_STEP);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lowerBound<E>(list: E[], value: string, get: (element: E) => string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (get(list[middle]) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
