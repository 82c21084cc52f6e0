/**
 * Which piece of the all-communes data a name is filed in, and which piece a
 * query needs: one rule, used by the build (scripts/build-communes.mjs) and by
 * the browser. Names are filed under the first KEY_LENGTH letters of each of
 * their significant words (not articles, prepositions or "saint"), so a query
 * needs the one piece of its longest significant word: "st etienne" reads the
 * "et" piece, where Saint-Étienne is filed under "etienne". A typo after the
 * second letter of that word still finds its name in the piece.
 */

import { fold } from './fold.js';

/** Letters of a word that name its piece. */
export const KEY_LENGTH = 2;

/** Words no one searches a commune by: a name is never filed under them. */
export const SKIP = new Set(
  'a au aux d de des du en et l la le les lo sous sur saint sainte saints saintes'.split(' '),
);

/**
 * The piece key a folded query needs, or undefined while it names none yet (a
 * single letter, "saint" alone): the members answer meanwhile. The word being
 * typed (the last) counts even when it is the start of a skipped word ("de"
 * may become "denis").
 */
export function queryKey(folded: string): string | undefined {
  const words = folded.split(' ').filter(Boolean);
  let best = '';
  words.forEach((word, at) => {
    if (/\d/.test(word) || word.length < KEY_LENGTH) return;
    if (SKIP.has(word) && at < words.length - 1) return;
    if (SKIP.has(word) && words.length === 1 && word.length > KEY_LENGTH) return;
    if (word.length > best.length) best = word;
  });
  return best ? best.slice(0, KEY_LENGTH) : undefined;
}

/**
 * What a query needs, as a short string the element can compare between
 * keystrokes: `n:<key>` (one name piece; `n:<key>,<key>` when the query
 * respaced, "leh avre" read "le havre", needs another), `c:<2 or 3 digits>` (the department
 * pieces of a department number or postcode), or undefined (none yet).
 */
export function pieceNeed(query: string): string | undefined {
  const folded = fold(query);
  if (/^2[ab]$/.test(folded)) return `c:${folded}`;
  if (/^\d/.test(folded) && !folded.includes(' ')) {
    const digits = folded.slice(0, /^9[78]/.test(folded) ? 3 : 2);
    return /^\d{2,3}$/.test(digits) ? `c:${digits}` : undefined;
  }
  const key = queryKey(folded);
  if (!key) return undefined;
  const moved = respaced(folded);
  const other = moved && queryKey(moved);
  return other && other !== key ? `n:${key},${other}` : `n:${key}`;
}

/**
 * The query with a space put back where a reader likely slipped it one letter
 * late: "leh avre" → "le havre", "let ampon" → "le tampon" (a word that is a
 * short word — an article, a preposition — plus one letter, before another
 * word). Undefined when no word reads so. A misplaced space is one typo.
 */
export function respaced(folded: string): string | undefined {
  const words = folded.split(' ');
  for (let at = 0; at < words.length - 1; at++) {
    const word = words[at];
    if (word.length < 2 || SKIP.has(word) || !SKIP.has(word.slice(0, -1)) || !words[at + 1]) {
      continue;
    }
    const moved = [...words];
    moved[at] = word.slice(0, -1);
    moved[at + 1] = word.slice(-1) + words[at + 1];
    return moved.join(' ');
  }
  return undefined;
}
