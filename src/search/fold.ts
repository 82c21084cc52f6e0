/**
 * Text folding for French place names, done once per name at index time and
 * once per query: lower case, no accents, œ/æ spelt out, hyphens, apostrophes
 * and punctuation as single spaces, "St/Ste/S." as "saint/sainte", "lès/lez" as
 * "les". The folded text keeps, per character, the index of the original
 * character it comes from, so matches can be highlighted in the real name.
 */

/** A folded string and, for each of its characters, the original character's index. */
export interface Folded {
  text: string;
  /** `origin[i]` is the index in the original string of folded character `i`. */
  origin: number[];
}

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Abbreviations read as whole words (after accents and case are folded). */
const WORDS = new Map(
  Object.entries({
    st: 'saint',
    ste: 'sainte',
    sts: 'saints',
    stes: 'saintes',
    lez: 'les',
    mt: 'mont',
  }),
);

const folds = new Map<string, string>();

/** One character folded (memoised: names use a few hundred distinct characters). */
function foldChar(char: string): string {
  let folded = folds.get(char);
  if (folded === undefined) folds.set(char, (folded = foldCharUncached(char)));
  return folded;
}

function foldCharUncached(char: string): string {
  const lower = char.toLowerCase();
  const ligature = LIGATURES[lower];
  if (ligature) return ligature;
  const bare = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return /^[a-z0-9]+$/.test(bare) ? bare : ' ';
}

/** Folds `input`, keeping the map back to the original characters. */
export function foldWithOrigin(input: string): Folded {
  // 1. Characters: case, accents, ligatures; anything else is a separator.
  let chars = '';
  const charOrigin: number[] = [];
  let index = 0;
  for (const char of input) {
    const folded = foldChar(char);
    // "S." alone (S. Etienne) reads as Saint: mark the dot so the word rule sees it.
    const isDot = char === '.';
    for (const part of isDot ? '.' : folded) {
      chars += part;
      charOrigin.push(index);
    }
    index += char.length;
  }
  // 2. Words: split on separators, expand abbreviations, join with one space.
  let text = '';
  const origin: number[] = [];
  const words = /[a-z0-9]+\.?/g;
  for (let match = words.exec(chars); match; match = words.exec(chars)) {
    let word = match[0];
    const start = match.index;
    const dotted = word.endsWith('.');
    if (dotted) word = word.slice(0, -1);
    const expanded = WORDS.get(word) ?? (dotted && word === 's' ? 'saint' : word);
    if (text) {
      text += ' ';
      origin.push(charOrigin[start]);
    }
    if (expanded === word) {
      for (let i = 0; i < word.length; i++) origin.push(charOrigin[start + i]);
    } else {
      // An expansion maps every letter to the abbreviation's own letters.
      const last = start + word.length - 1;
      for (let i = 0; i < expanded.length; i++) {
        origin.push(charOrigin[Math.min(start + i, last)]);
      }
    }
    text += expanded;
  }
  return { text, origin };
}

/** Characters below this code have their fold in a table (Latin-1 and Latin Extended-A: French names). */
const TABLE_END = 0x180;
let table: string[] | undefined;

/**
 * The folded text alone: the same text as `foldWithOrigin(input).text`, without
 * the map back to the original (index building folds thousands of names: this
 * path is several times faster). Characters past the table take the full path.
 */
export function fold(input: string): string {
  table ??= Array.from({ length: TABLE_END }, (_, code) => {
    const char = String.fromCharCode(code);
    return char === '.' ? '.' : foldChar(char);
  });
  // One pass: the word being read, expanded and joined when a separator ends it.
  let text = '';
  let word = '';
  for (let i = 0; i <= input.length; i++) {
    const code = i < input.length ? input.charCodeAt(i) : 32;
    if (code >= TABLE_END) return foldWithOrigin(input).text;
    const folded = table[code];
    if (folded !== ' ' && folded !== '.') {
      word += folded;
      continue;
    }
    if (!word) continue;
    // "S." alone reads as Saint; a dot after any other word is a separator.
    const expanded = WORDS.get(word) ?? (folded === '.' && word === 's' ? 'saint' : word);
    text = text ? `${text} ${expanded}` : expanded;
    word = '';
  }
  return text;
}

/** A half-open range `[start, end)` of characters. */
export type Range = [start: number, end: number];

/**
 * Maps ranges of a folded string back to ranges of the original string, merged
 * and sorted (for `<mark>` highlighting).
 */
export function toOriginalRanges(folded: Folded, ranges: Range[], original: string): Range[] {
  const out: Range[] = [];
  for (const [start, end] of ranges) {
    if (end <= start || start >= folded.origin.length) continue;
    const from = folded.origin[start];
    const lastOrigin = folded.origin[Math.min(end, folded.origin.length) - 1];
    // Extend over the whole last original character (surrogates, ligatures).
    const codePoint = original.codePointAt(lastOrigin) ?? 0;
    const to = lastOrigin + (codePoint > 0xffff ? 2 : 1);
    out.push([from, to]);
  }
  out.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of out) {
    const previous = merged[merged.length - 1];
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
