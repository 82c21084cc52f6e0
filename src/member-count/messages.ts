import { defineMessages } from '../i18n/messages.js';

/**
 * The label after the number, by tense (see `titleChoice` in domain/titles.ts):
 * `past` for titles of an ended mandate (the title was obtained for it, it is
 * not held now), `present` for titles of the running mandate, `candidate` for
 * official candidates (never said to hold the title). `One`/`Other` follow
 * Intl.PluralRules (in French 1 is singular); `None` is the sentence for a count
 * of 0, said without the number ("Aucune commune n’a obtenu…").
 */
export const messages = defineMessages<
  | 'pastAllOne'
  | 'pastAllOther'
  | 'pastCommuneOne'
  | 'pastCommuneOther'
  | 'pastEpciOne'
  | 'pastEpciOther'
  | 'presentAllOne'
  | 'presentAllOther'
  | 'presentCommuneOne'
  | 'presentCommuneOther'
  | 'presentEpciOne'
  | 'presentEpciOther'
  | 'candidateAllOne'
  | 'candidateAllOther'
  | 'candidateCommuneOne'
  | 'candidateCommuneOther'
  | 'candidateEpciOne'
  | 'candidateEpciOther'
  | 'pastAllNone'
  | 'pastCommuneNone'
  | 'pastEpciNone'
  | 'presentAllNone'
  | 'presentCommuneNone'
  | 'presentEpciNone'
  | 'candidateAllNone'
  | 'candidateCommuneNone'
  | 'candidateEpciNone'
  | 'noMandate'
  | 'unknownKind'
  | 'unknownStatus'
>({
  fr: {
    pastAllOne:
      'collectivité a obtenu le titre Ville ou Intercommunalité amie des enfants {mandates}',
    pastAllOther:
      'collectivités ont obtenu le titre Ville ou Intercommunalité amie des enfants {mandates}',
    pastCommuneOne: 'commune a obtenu le titre Ville amie des enfants {mandates}',
    pastCommuneOther: 'communes ont obtenu le titre Ville amie des enfants {mandates}',
    pastEpciOne: 'intercommunalité a obtenu le titre Intercommunalité amie des enfants {mandates}',
    pastEpciOther:
      'intercommunalités ont obtenu le titre Intercommunalité amie des enfants {mandates}',
    presentAllOne:
      'collectivité détient le titre Ville ou Intercommunalité amie des enfants {mandates}',
    presentAllOther:
      'collectivités détiennent le titre Ville ou Intercommunalité amie des enfants {mandates}',
    presentCommuneOne: 'commune détient le titre Ville amie des enfants {mandates}',
    presentCommuneOther: 'communes détiennent le titre Ville amie des enfants {mandates}',
    presentEpciOne:
      'intercommunalité détient le titre Intercommunalité amie des enfants {mandates}',
    presentEpciOther:
      'intercommunalités détiennent le titre Intercommunalité amie des enfants {mandates}',
    candidateAllOne:
      'collectivité est candidate au titre Ville ou Intercommunalité amie des enfants {mandates}',
    candidateAllOther:
      'collectivités sont candidates au titre Ville ou Intercommunalité amie des enfants {mandates}',
    candidateCommuneOne: 'commune est candidate au titre Ville amie des enfants {mandates}',
    candidateCommuneOther: 'communes sont candidates au titre Ville amie des enfants {mandates}',
    candidateEpciOne:
      'intercommunalité est candidate au titre Intercommunalité amie des enfants {mandates}',
    candidateEpciOther:
      'intercommunalités sont candidates au titre Intercommunalité amie des enfants {mandates}',
    pastAllNone:
      'Aucune collectivité n’a obtenu le titre Ville ou Intercommunalité amie des enfants {mandates}',
    pastCommuneNone: 'Aucune commune n’a obtenu le titre Ville amie des enfants {mandates}',
    pastEpciNone:
      'Aucune intercommunalité n’a obtenu le titre Intercommunalité amie des enfants {mandates}',
    presentAllNone:
      'Aucune collectivité ne détient le titre Ville ou Intercommunalité amie des enfants {mandates}',
    presentCommuneNone: 'Aucune commune ne détient le titre Ville amie des enfants {mandates}',
    presentEpciNone:
      'Aucune intercommunalité ne détient le titre Intercommunalité amie des enfants {mandates}',
    candidateAllNone:
      'Aucune collectivité n’est candidate au titre Ville ou Intercommunalité amie des enfants {mandates}',
    candidateCommuneNone:
      'Aucune commune n’est candidate au titre Ville amie des enfants {mandates}',
    candidateEpciNone:
      'Aucune intercommunalité n’est candidate au titre Intercommunalité amie des enfants {mandates}',
    noMandate: 'Aucun mandat de ce nom dans les données du réseau.',
    unknownKind: 'Type de collectivité inconnu : utilisez commune ou epci.',
    unknownStatus: 'Statut inconnu : utilisez titled ou candidate.',
  },
  en: {
    pastAllOne: 'local authority earned the Child Friendly City or Community title {mandates}',
    pastAllOther: 'local authorities earned the Child Friendly City or Community title {mandates}',
    pastCommuneOne: 'town earned the Child Friendly City title {mandates}',
    pastCommuneOther: 'towns and cities earned the Child Friendly City title {mandates}',
    pastEpciOne: 'intercommunal authority earned the Child Friendly Community title {mandates}',
    pastEpciOther: 'intercommunal authorities earned the Child Friendly Community title {mandates}',
    presentAllOne: 'local authority holds the Child Friendly City or Community title {mandates}',
    presentAllOther: 'local authorities hold the Child Friendly City or Community title {mandates}',
    presentCommuneOne: 'town holds the Child Friendly City title {mandates}',
    presentCommuneOther: 'towns and cities hold the Child Friendly City title {mandates}',
    presentEpciOne: 'intercommunal authority holds the Child Friendly Community title {mandates}',
    presentEpciOther:
      'intercommunal authorities hold the Child Friendly Community title {mandates}',
    candidateAllOne:
      'local authority is a candidate for the Child Friendly City or Community title {mandates}',
    candidateAllOther:
      'local authorities are candidates for the Child Friendly City or Community title {mandates}',
    candidateCommuneOne: 'town is a candidate for the Child Friendly City title {mandates}',
    candidateCommuneOther:
      'towns and cities are candidates for the Child Friendly City title {mandates}',
    candidateEpciOne:
      'intercommunal authority is a candidate for the Child Friendly Community title {mandates}',
    candidateEpciOther:
      'intercommunal authorities are candidates for the Child Friendly Community title {mandates}',
    pastAllNone: 'No local authority earned the Child Friendly City or Community title {mandates}',
    pastCommuneNone: 'No town earned the Child Friendly City title {mandates}',
    pastEpciNone: 'No intercommunal authority earned the Child Friendly Community title {mandates}',
    presentAllNone:
      'No local authority holds the Child Friendly City or Community title {mandates}',
    presentCommuneNone: 'No town holds the Child Friendly City title {mandates}',
    presentEpciNone:
      'No intercommunal authority holds the Child Friendly Community title {mandates}',
    candidateAllNone:
      'No local authority is a candidate for the Child Friendly City or Community title {mandates}',
    candidateCommuneNone: 'No town is a candidate for the Child Friendly City title {mandates}',
    candidateEpciNone:
      'No intercommunal authority is a candidate for the Child Friendly Community title {mandates}',
    noMandate: 'No mandate of that name in the network data.',
    unknownKind: 'Unknown kind of local authority: use commune or epci.',
    unknownStatus: 'Unknown status: use titled or candidate.',
  },
});

/** "pour le mandat 2020–2026" / "for the 2020–2026 mandate", several joined by Intl.ListFormat. */
export const mandateWords = defineMessages<'one' | 'other'>({
  fr: { one: 'pour le mandat {list}', other: 'pour les mandats {list}' },
  en: { one: 'for the {list} mandate', other: 'for the {list} mandates' },
});
