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
 * keystrokes: `n:<key>` (one name piece), `c:<2 or 3 digits>` (the department
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
  return key ? `n:${key}` : undefined;
}
