/**
 * The three ways a query matches names, each writing its matches to the
 * query's scratch: codes (department numbers, postcodes), prefixes (the name's
 * start or a word's), typos (trigram candidates scored by the fuzzy scorer).
 */
import type { FuzzyScorer } from './fuzzy.js';
import type { IndexData } from './index-data.js';
import { CODE, FUZZY, NONE, type MatchScratch } from './match-scratch.js';
import { DEPARTMENT } from './query.js';
import { Tier } from './ranking.js';
import { forEachGram, sharedGrams } from './trigrams.js';

const MAX_FUZZY_CANDIDATES = 64;

/** Department numbers (`69`, `974`) and postcodes, full or prefix. */
export function matchCodes<T>(index: IndexData<T>, scratch: MatchScratch<T>, text: string): void {
  scratch.matchLength = text.length;
  if (DEPARTMENT.test(text)) {
    index.departments.forEach((department, entry) => {
      if (department === text) scratch.offer(entry, Tier.Exact, 0, -1, CODE);
    });
  }
  if (!/^\d{2,5}$/.test(text)) return;
  // Per entry, the smallest postcode that starts with the query (the exact one if any).
  const best = new Map<number, number>();
  index.postcodes.forEach((value, at) => {
    if (!value.startsWith(text)) return;
    const entry = index.postcodeEntries[at];
    const current = best.get(entry);
    if (current === undefined || value < index.postcodes[current]) best.set(entry, at);
  });
  for (const [entry, at] of best) {
    scratch.offer(entry, index.postcodes[at] === text ? Tier.Exact : Tier.Prefix, 0, at, CODE);
  }
}

/** Names that are, or start with, the query, or have a word that starts with it. */
export function matchPrefixes<T>(index: IndexData<T>, scratch: MatchScratch<T>, text: string) {
  scratch.matchLength = text.length;
  const keys = index.keys;
  for (let key = 0; key < keys.length; key++) {
    const name = keys[key].text;
    if (name.startsWith(text)) {
      scratch.offer(keys[key].entry, name === text ? Tier.Exact : Tier.Prefix, 0, key, 0);
      continue;
    }
    // The word start whose rest of the name sorts first (what a sorted scan met first).
    let offset = -1;
    for (let at = name.indexOf(' ' + text); at >= 0; at = name.indexOf(' ' + text, at + 1)) {
      if (offset < 0 || name.slice(at + 1) < name.slice(offset)) offset = at + 1;
    }
    if (offset > 0) scratch.offer(keys[key].entry, Tier.WordPrefix, 0, key, offset);
  }
}

/** Typos: the keys sharing most trigrams with the query, scored by `fuzzy`. */
export function matchFuzzy<T>(
  index: IndexData<T>,
  scratch: MatchScratch<T>,
  counts: Uint8Array,
  text: string,
  fuzzy: FuzzyScorer,
): void {
  const grams: number[] = [];
  forEachGram(text, (gram) => {
    if (!grams.includes(gram)) grams.push(gram);
  });
  const touched = sharedGrams(index.texts, grams, counts);
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
    const ranks = index.ranks;
    ties.sort((a, b) => ranks[index.keys[b].entry] - ranks[index.keys[a].entry]);
    ties.length = MAX_FUZZY_CANDIDATES - candidates.length;
  }
  candidates.push(...ties);
  if (!candidates.length) return;
  const matches = fuzzy(
    candidates.map((key) => index.keys[key].text),
    text,
  );
  for (const match of matches) {
    const keyIndex = candidates[match.index];
    const entry = index.keys[keyIndex].entry;
    const before = scratch.tiers[entry] === NONE ? undefined : scratch.refs[entry];
    scratch.offer(entry, Tier.Fuzzy, match.score, keyIndex, FUZZY, match.distance);
    if (
      scratch.refs[entry] === keyIndex &&
      before !== keyIndex &&
      scratch.offsets[entry] === FUZZY
    ) {
      scratch.fuzzyRanges.set(entry, match.ranges);
    }
  }
}
