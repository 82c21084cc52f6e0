import { defineMessages } from '../i18n/messages.js';

export const messages = defineMessages({
  fr: {
    label: 'Votre commune est-elle Ville amie des enfants ?',
    placeholder: 'Nom, code postal ou département',
    clear: 'Effacer la recherche',
    results: '{count} résultats, {shown} affichés. Flèches haut et bas pour parcourir.',
    oneResult: '1 résultat. Flèches haut et bas pour parcourir.',
    noResult: 'Aucune commune ne correspond à « {query} ».',
    empty: 'Aucun membre dans les données du réseau.',
    notMember: 'Pas membre du réseau Ville amie des enfants',
    loadingAll: 'Chargement de toutes les communes…',
    allFailed:
      'La liste de toutes les communes est indisponible : seuls les membres sont proposés.',
    required: 'Choisissez une commune dans la liste.',
    alsoKnown: 'nommée sur la page du réseau',
  },
  en: {
    label: 'Is your town a Child Friendly City?',
    placeholder: 'Name, postcode or department',
    clear: 'Clear the search',
    results: '{count} results, {shown} shown. Use up and down arrows to browse.',
    oneResult: '1 result. Use up and down arrows to browse.',
    noResult: 'No town matches “{query}”.',
    empty: 'The network data lists no member.',
    notMember: 'Not a member of the Child Friendly Cities network',
    loadingAll: 'Loading every town…',
    allFailed: 'The list of all towns is unavailable: only members are offered.',
    required: 'Choose a town from the list.',
    alsoKnown: 'listed by the network as',
  },
});
