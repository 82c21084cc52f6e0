import { defineMessages } from '../i18n/messages.js';

export const messages = defineMessages({
  fr: {
    label: 'Votre commune est-elle Ville amie des enfants ?',
    placeholder: 'Nom, code postal ou département',
    clear: 'Effacer la recherche',
    results: '{count} résultats, {shown} affichés. Flèches haut et bas pour parcourir.',
    oneResult: '1 résultat. Flèches haut et bas pour parcourir.',
    noResult: 'Aucune commune ne correspond à « {query} ».',
    noMatch: 'Aucune commune ne commence par « {query} ».',
    suggestions: 'Vouliez-vous dire : {count} suggestions. Flèches haut et bas pour parcourir.',
    oneSuggestion: 'Vouliez-vous dire : 1 suggestion. Flèches haut et bas pour parcourir.',
    didYouMean: 'Vouliez-vous dire :',
    member: 'Titre « {title} » pour le mandat {mandate}',
    memberEnded: 'Titre « {title} » obtenu pour le mandat {mandate} (mandat achevé le {end})',
    empty: 'Aucun membre dans les données du réseau.',
    inEpci:
      'Pas Ville amie des enfants elle-même ; son intercommunalité, {epci}, détient le titre « Intercommunalité amie des enfants » pour le mandat {mandate}',
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
    noMatch: 'No town starts with “{query}”.',
    suggestions: 'Did you mean: {count} suggestions. Use up and down arrows to browse.',
    oneSuggestion: 'Did you mean: 1 suggestion. Use up and down arrows to browse.',
    didYouMean: 'Did you mean:',
    member: 'Holds the “{title}” title for the {mandate} mandate',
    memberEnded: 'Held the “{title}” title for the {mandate} mandate (ended {end})',
    empty: 'The network data lists no member.',
    inEpci:
      'Not itself a “Ville amie des enfants”; its intercommunality, {epci}, holds the “Intercommunalité amie des enfants” title for the {mandate} mandate',
    notMember: 'Not a member of the Child Friendly Cities network',
    loadingAll: 'Loading every town…',
    allFailed: 'The list of all towns is unavailable: only members are offered.',
    required: 'Choose a town from the list.',
    alsoKnown: 'listed by the network as',
  },
});
