import { defineMessages } from '../i18n/messages.js';

/**
 * The label after the number. The 2020–2026 mandate ended in March 2026: the
 * wording says the title was obtained for a mandate, never that it is held now.
 * `One`/`other` follow Intl.PluralRules (in French 0 and 1 are singular).
 */
export const messages = defineMessages<
  | 'allOne'
  | 'allOther'
  | 'communeOne'
  | 'communeOther'
  | 'epciOne'
  | 'epciOther'
  | 'noMandate'
  | 'unknownKind'
>({
  fr: {
    allOne: 'collectivité a obtenu le titre Ville ou Intercommunalité amie des enfants {mandates}',
    allOther:
      'collectivités ont obtenu le titre Ville ou Intercommunalité amie des enfants {mandates}',
    communeOne: 'commune a obtenu le titre Ville amie des enfants {mandates}',
    communeOther: 'communes ont obtenu le titre Ville amie des enfants {mandates}',
    epciOne: 'intercommunalité a obtenu le titre Intercommunalité amie des enfants {mandates}',
    epciOther: 'intercommunalités ont obtenu le titre Intercommunalité amie des enfants {mandates}',
    noMandate: 'Aucun mandat de ce nom dans les données du réseau.',
    unknownKind: 'Type de collectivité inconnu : utilisez commune ou epci.',
  },
  en: {
    allOne: 'local authority earned the Child Friendly City or Community title {mandates}',
    allOther: 'local authorities earned the Child Friendly City or Community title {mandates}',
    communeOne: 'town earned the Child Friendly City title {mandates}',
    communeOther: 'towns and cities earned the Child Friendly City title {mandates}',
    epciOne: 'intercommunal authority earned the Child Friendly Community title {mandates}',
    epciOther: 'intercommunal authorities earned the Child Friendly Community title {mandates}',
    noMandate: 'No mandate of that name in the network data.',
    unknownKind: 'Unknown kind of local authority: use commune or epci.',
  },
});

/** "pour le mandat 2020–2026" / "for the 2020–2026 mandate", several joined by Intl.ListFormat. */
export const mandateWords = defineMessages<'one' | 'other'>({
  fr: { one: 'pour le mandat {list}', other: 'pour les mandats {list}' },
  en: { one: 'for the {list} mandate', other: 'for the {list} mandates' },
});
