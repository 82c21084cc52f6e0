/**
 * The build's and the all-communes module's half of the piece rule (the
 * element's half, what a query needs, is piece-keys.ts): where a name is filed,
 * and which department pieces a code query reads.
 */
import { KEY_LENGTH, SKIP } from './piece-keys.js';

/** The keys a folded name is filed under (at least one: a name of skipped words only uses its first). */
export function nameKeys(folded: string): string[] {
  const words = folded.split(' ').filter(Boolean);
  const keys = new Set<string>();
  for (const word of words) if (!SKIP.has(word)) keys.add(word.slice(0, KEY_LENGTH));
  if (!keys.size && words.length) keys.add(words[0].slice(0, KEY_LENGTH));
  return [...keys];
}

/** The department pieces a code query needs: a department number, or a postcode's first digits. */
export function codeDepartments(
  folded: string,
  postcodeDepartments: Readonly<Record<string, readonly string[]>>,
  departments: readonly string[],
): string[] {
  if (!/^\d[\dab]?\d*$/.test(folded)) return [];
  const known = new Set(departments.map((code) => code.toLowerCase()));
  if (/^(\d{2,3}|2[ab])$/.test(folded) && known.has(folded)) {
    return [departments.find((code) => code.toLowerCase() === folded)!];
  }
  if (!/^\d{2,5}$/.test(folded)) return [];
  // 97x/98x postcodes: three digits name the department; elsewhere two.
  const prefix = folded.slice(0, /^9[78]/.test(folded) ? 3 : 2);
  return prefix.length < 2 ? [] : [...(postcodeDepartments[prefix] ?? [])];
}
