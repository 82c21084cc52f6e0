// The mistakes a French reader notices at once in a name after "de" or "à", and
// in a number's agreement: one list, used by the scan of every element state
// (french-text.test.ts) and of the built site and badges (test/scripts/french-text.test.mjs).

export interface FrenchFault {
  rule: string;
  /** The words around the fault, to find it. */
  excerpt: string;
}

const VOWEL = 'AEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆaeiouàâäéèêëîïôöùûüœæ';

/** Each rule: what is wrong, and the pattern that finds it (global, Unicode). */
export const FRENCH_RULES: { rule: string; pattern: RegExp }[] = [
  { rule: '"de Le" (du)', pattern: /(?<![\p{L}’'])de Le /gu },
  { rule: '"de Les" (des)', pattern: /(?<![\p{L}’'])de Les /gu },
  { rule: '"de Aux" (des)', pattern: /(?<![\p{L}’'])de Aux /gu },
  { rule: '"à Le" (au)', pattern: /(?<![\p{L}’'])à Le /gu },
  { rule: '"à Les" (aux)', pattern: /(?<![\p{L}’'])à Les /gu },
  // "de Angers", "de ATD Quart Monde", "de Observatoire" (d’): "de" then a word starting with a vowel.
  // A y before a vowel is a consonant: "CC de Yenne" is the official name.
  {
    rule: '"de" before a vowel (d’)',
    pattern: new RegExp(`(?<![\\p{L}’'])de ([${VOWEL}]|[Yy](?![${VOWEL}]))`, 'gu'),
  },
  // "de Défenseur des droits", "de Réseau Canopé": the head noun of an institution's name takes its article.
  {
    rule: '"de" before a name that takes an article',
    pattern:
      /(?<![\p{L}’'])(de|à) (Association|Collectif|Communauté|Conseil|Croix-Rouge|Défenseur|Délégation|Établissement|Fédération|Métropole|Observatoire|Réseau|Syndicat)\b/gu,
  },
  // A singular number with a plural word: "1 affichés", "1 résultats".
  {
    rule: '1 with a plural',
    pattern:
      /(?<![\d,.])\b1 (affichés|résultats|suggestions|membres|autres|communes|collectivités|intercommunalités|partenaires|actualités)\b/gu,
  },
  // "0 collectivité a obtenu…": French says "aucune collectivité n’a…".
  {
    rule: '0 instead of "aucun(e)"',
    pattern: /(?<![\d,.])\b0 (collectivité|commune|intercommunalité|membre|résultat)s?(?!\p{L})/gu,
  },
];

/** Every fault in `text` (already a French text: an element's or a page's words). */
export function frenchFaults(text: string): FrenchFault[] {
  const faults: FrenchFault[] = [];
  for (const { rule, pattern } of FRENCH_RULES) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index;
      faults.push({ rule, excerpt: text.slice(Math.max(0, at - 30), at + 40).trim() });
    }
  }
  return faults;
}
