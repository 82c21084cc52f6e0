import { defineMessages } from '../i18n/messages.js';

/** Reasons a badge is not shown (the `state` message; a console warning says the same). */
export const messages = defineMessages<'malformed' | 'notMember' | 'ended' | 'candidateOnly'>({
  fr: {
    malformed: '« {city} » n’est ni un code INSEE, ni un SIREN, ni un identifiant du réseau.',
    notMember: '« {city} » n’est pas membre du réseau Ville amie des enfants.',
    ended: '« {city} » : le titre du mandat {period} est terminé (current-only).',
    candidateOnly:
      '« {city} » est candidate au titre pour le mandat {period}, pas encore titrée (ajoutez l’attribut candidate pour l’afficher).',
  },
  en: {
    malformed: '“{city}” is not an INSEE code, a SIREN or a network id.',
    notMember: '“{city}” is not a member of the Child Friendly Cities network.',
    ended: '“{city}”: the title for the {period} mandate has ended (current-only).',
    candidateOnly:
      '“{city}” is a candidate for the {period} title, not yet awarded (add the candidate attribute to show it).',
  },
});
