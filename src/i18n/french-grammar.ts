/**
 * French grammar for names, once: the contractions and elisions a name takes
 * after "de" and "à" ("du Havre", "d’Angers", "aux Abymes", "de la Croix-Rouge
 * française"). Every element, the static badges and the site ask here. Plain
 * functions: no DOM, no lit.
 *
 * Two ways a name says how it takes its article:
 * - a commune's official name carries its article ("Le Havre", "L'Haÿ-les-Roses")
 *   and INSEE's TNCC (`typeLiaison` in @etalab/decoupage-administratif) says
 *   which one it is, and whether a name without one elides ("Hyères": h muet);
 * - a partner's or an intercommunality's name is written without its article
 *   ("Défenseur des droits"), which an `article` field gives ("le").
 */

import type { Article } from '../data/model.js';

/**
 * INSEE's TNCC: 0 no article, consonant ("de Lyon"); 1 no article, vowel or h
 * muet ("d’Angers"); 2 Le; 3 La; 4 Les; 5 L'; 6 Aux; 7 Las; 8 Los.
 */
export type TypeLiaison = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** The article a name written without it takes; `''` for none ("ATD Quart Monde"). */
export type { Article };

export const ARTICLES: readonly Article[] = ['le', 'la', "l'", 'les', ''];

/** What a name's grammar is given by: a commune's TNCC, or another name's article. */
export type NameGrammar = TypeLiaison | Article;

/** Anything named that may say how its name takes its article (a member, a partner). */
export interface Named {
  name: string;
  typeLiaison?: number;
  article?: string;
}

/** The apostrophe this library writes in an elision (the one the messages use). */
const APOSTROPHE = '’';

/** A commune name's first letter that INSEE elides before (TNCC 1: "d’Yenne" too). */
const VOWEL = /^[aeiouyàâäéèêëîïôöùûüÿœæ]/i;

/** A vowel sound, for names without a TNCC: a y before a vowel is a consonant ("CC de Yenne"). */
const VOWEL_SOUND = /^([aeiouàâäéèêëîïôöùûüÿœæ]|y(?![aeiouàâäéèêëîïôöùûü]))/i;

/** The article at the start of an official commune name, per TNCC (2, 4 and 6 contract). */
const LEADING: Partial<Record<TypeLiaison, RegExp>> = {
  2: /^Le /,
  4: /^Les /,
  6: /^Aux /,
};

/** The preposition and the name's rest, for "de" and for "à". */
interface Joined {
  de: string;
  a: string;
  rest: string;
}

/** How "de" and "à" join a name of TNCC `tncc` (the article is read off the name). */
function joinCommune(name: string, tncc: TypeLiaison): Joined {
  const leading = LEADING[tncc];
  const rest = leading ? name.replace(leading, '') : name;
  switch (tncc) {
    case 1:
      return { de: `d${APOSTROPHE}`, a: 'à ', rest };
    case 2:
      return { de: 'du ', a: 'au ', rest };
    case 4:
      return { de: 'des ', a: 'aux ', rest };
    case 6:
      return { de: 'des ', a: 'aux ', rest };
    default:
      // 0, and the articles that stay in the name: La, L', Las, Los ("de La Rochelle").
      return { de: 'de ', a: 'à ', rest };
  }
}

/** How "de" and "à" join a name written without its article. */
function joinArticle(name: string, article: Article): Joined {
  switch (article) {
    case 'le':
      return { de: 'du ', a: 'au ', rest: name };
    case 'la':
      return { de: 'de la ', a: 'à la ', rest: name };
    case "l'":
      return { de: `de l${APOSTROPHE}`, a: `à l${APOSTROPHE}`, rest: name };
    case 'les':
      return { de: 'des ', a: 'aux ', rest: name };
    default:
      return VOWEL_SOUND.test(name)
        ? { de: `d${APOSTROPHE}`, a: 'à ', rest: name }
        : { de: 'de ', a: 'à ', rest: name };
  }
}

/**
 * The TNCC an official commune name implies when no data gives it (files built
 * before `typeLiaison` was published): its leading article, else its first
 * letter (an h is taken as aspirated: "de Hyères" is the one error left).
 */
export function guessTypeLiaison(name: string): TypeLiaison {
  if (/^Le /.test(name)) return 2;
  if (/^La /.test(name)) return 3;
  if (/^Les /.test(name)) return 4;
  if (/^L['’]/.test(name)) return 5;
  if (/^Aux /.test(name)) return 6;
  if (/^Las /.test(name)) return 7;
  if (/^Los /.test(name)) return 8;
  return VOWEL.test(name) ? 1 : 0;
}

function isTypeLiaison(value: unknown): value is TypeLiaison {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 8;
}

function isArticle(value: unknown): value is Article {
  return typeof value === 'string' && (ARTICLES as readonly string[]).includes(value);
}

/**
 * The TNCC to use for an official name: the given one, unless it says "no
 * article" of a name that starts with one (the COG 2026 has one such commune,
 * Le Vernet-Chaméane, 63448, TNCC 0): the name wins, "du Vernet-Chaméane".
 */
function checkedTypeLiaison(name: string, given: TypeLiaison): TypeLiaison {
  const read = guessTypeLiaison(name);
  return given <= 1 && read >= 2 ? read : given;
}

function join(name: string, grammar?: NameGrammar | number | string): Joined {
  if (isTypeLiaison(grammar)) return joinCommune(name, checkedTypeLiaison(name, grammar));
  if (isArticle(grammar)) return joinArticle(name, grammar);
  return joinCommune(name, guessTypeLiaison(name));
}

/**
 * "de" + the name: `ofName('Le Havre', 2)` → "du Havre", `ofName('Angers', 1)`
 * → "d’Angers", `ofName('Croix-Rouge française', 'la')` → "de la Croix-Rouge
 * française". Without a grammar, the name is read as an official commune name.
 */
export function ofName(name: string, grammar?: NameGrammar | number | string): string {
  const { de, rest } = join(name, grammar);
  return de + rest;
}

/** "à" + the name: "au Mans", "aux Abymes", "à La Rochelle", "à Angers", "à la Croix-Rouge française". */
export function atName(name: string, grammar?: NameGrammar | number | string): string {
  const { a, rest } = join(name, grammar);
  return a + rest;
}

/** The grammar a named thing carries: a commune's TNCC, else an article, else none (guessed). */
export function grammarOf(named: Named): NameGrammar | undefined {
  if (isTypeLiaison(named.typeLiaison)) return named.typeLiaison;
  if (isArticle(named.article)) return named.article;
  return undefined;
}

/** "de" + a named thing's name, by its own grammar. */
export function ofNamed(named: Named): string {
  return ofName(named.name, grammarOf(named));
}

/** "à" + a named thing's name, by its own grammar. */
export function atNamed(named: Named): string {
  return atName(named.name, grammarOf(named));
}
