import { defineMessages } from '../i18n/messages.js';

export const messages = defineMessages<
  | 'institution'
  | 'network-of-local-authorities'
  | 'association'
  | 'external'
  | 'websiteUnavailable'
  | 'noMatch'
>({
  fr: {
    institution: 'Institutions',
    'network-of-local-authorities': 'Réseaux de collectivités',
    association: 'Associations',
    external: '(site externe {ofName})',
    websiteUnavailable: 'Site web (adresse non sûre, non liée) : ',
    noMatch: 'Aucun partenaire ne correspond à ce filtre.',
  },
  en: {
    institution: 'Institutions',
    'network-of-local-authorities': 'Networks of local authorities',
    association: 'Associations',
    external: '(external website of {name})',
    websiteUnavailable: 'Website (unsafe address, not linked): ',
    noMatch: 'No partner matches this filter.',
  },
});
