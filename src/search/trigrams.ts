/**
 * Trigrams of folded names, for the typo search: the names sharing most
 * trigrams with a query are the candidates the fuzzy scorer ranks. Counted by a
 * scan of the names (an index holds a few thousand at most), so building an
 * index costs no postings.
 */

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

// Scratch shared by every scan (one runs at a time): per gram, a stamp saying it
// is in the query, and one saying it was already counted for the current name.
let inQuery: Int32Array | undefined;
let counted: Int32Array | undefined;
let stamp = 0;

/**
 * For each name, how many of the query's distinct trigrams it holds (each
 * counted once), in `counts` (capped at 255); returns the names holding any,
 * in order. The caller resets `counts` for them.
 */
export function sharedGrams(
  texts: readonly string[],
  queryGrams: readonly number[],
  counts: Uint8Array,
): number[] {
  inQuery ??= new Int32Array(GRAMS);
  counted ??= new Int32Array(GRAMS);
  if (stamp > 2 ** 30) stamp = inQuery.fill(0)[0] + counted.fill(0)[0];
  const query = ++stamp;
  for (const gram of queryGrams) inQuery[gram] = query;
  const touched: number[] = [];
  for (let key = 0; key < texts.length; key++) {
    const text = texts[key];
    const own = ++stamp;
    let a = 0;
    let b = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? symbol(text.charCodeAt(i)) : 0;
      if (i > 0 || c !== 0) {
        const gram = a * SYMBOLS * SYMBOLS + b * SYMBOLS + c;
        if (inQuery[gram] === query && counted[gram] !== own) {
          counted[gram] = own;
          if (counts[key] === 0) touched.push(key);
          if (counts[key] < 255) counts[key]++;
        }
      }
      a = b;
      b = c;
    }
  }
  return touched;
}
