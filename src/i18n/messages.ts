import type { DataErrorKind } from '../data/errors.js';
import { LOCALES, type Lang } from './lang.js';

/** Messages of one element, in every language, with the same keys. */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

/** Keeps a message table typed (every language must have every key). */
export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

/** Fills `{name}` placeholders; values are inserted as text by lit, never as markup. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** `one` or `other` for `count`, by the language's plural rules (French: 0 and 1 are singular). */
export function pluralOf(lang: Lang, count: number): 'one' | 'other' {
  return new Intl.PluralRules(LOCALES[lang]).select(count) === 'one' ? 'one' : 'other';
}

/** Shared wording: states and data-layer errors, used by every element. */
export const common = defineMessages<'loading' | DataErrorKind>({
  fr: {
    loading: 'Chargement…',
    network: 'Les données du réseau Ville amie des enfants sont inaccessibles pour le moment.',
    http: 'Les données du réseau Ville amie des enfants sont indisponibles (erreur {status}).',
    timeout: 'Les données du réseau Ville amie des enfants mettent trop de temps à arriver.',
    'not-json': 'Les données reçues sont illisibles.',
    schema: 'Les données reçues ne sont pas au format attendu.',
    version: 'Les données sont dans une version plus récente que ce composant : mettez-le à jour.',
    signature: 'Données non authentifiées : elles ne sont pas affichées.',
  },
  en: {
    loading: 'Loading…',
    network: 'The Child Friendly Cities network data cannot be reached right now.',
    http: 'The Child Friendly Cities network data is unavailable (error {status}).',
    timeout: 'The Child Friendly Cities network data is taking too long to arrive.',
    'not-json': 'The data received is unreadable.',
    schema: 'The data received is not in the expected format.',
    version: 'The data is in a newer format than this component: please update it.',
    signature: 'Data not authenticated: it is not shown.',
  },
});

/** The short, reader-facing message for a data error. */
export function errorMessage(kind: DataErrorKind, lang: Lang, status?: number): string {
  return format(common[lang][kind], { status: status ?? '' });
}
