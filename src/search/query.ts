/**
 * The query grammar: what a reader's words ask for. Digits alone are a
 * department number or a postcode; words are a name, and a trailing
 * department number ("saint denis 974") narrows it.
 */
import { foldWithOrigin } from './fold.js';

/** Department codes as typed: `69`, `2a`, `974`. */
export const DEPARTMENT = /^(\d{2,3}|2[ab])$/;

export type Query =
  /** A department number or a postcode, full or its start. */
  | { kind: 'codes'; text: string }
  | {
      kind: 'names';
      /** The folded name asked for. */
      text: string;
      /**
       * "paris 15": also the whole text as a name ("Paris 15e Arrondissement"),
       * while `text` ("paris") is looked for in department `department` only.
       */
      narrowed?: { whole: string; department: string };
    };

/** The query read, or undefined when it folds to nothing. */
export function parseQuery(query: string): Query | undefined {
  const text = foldWithOrigin(query).text;
  if (!text) return undefined;
  if (/^\d/.test(text) && !text.includes(' ')) return { kind: 'codes', text };
  const words = text.split(' ');
  const last = words[words.length - 1];
  if (words.length > 1 && DEPARTMENT.test(last) && !/\d/.test(words[0])) {
    return {
      kind: 'names',
      text: words.slice(0, -1).join(' '),
      narrowed: { whole: text, department: last },
    };
  }
  return { kind: 'names', text };
}
