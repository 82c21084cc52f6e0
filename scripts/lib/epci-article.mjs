// The article an intercommunality's official name takes after "de" and "à"
// (src/i18n/french-grammar.ts): read off its first word. The COG names an EPCI
// by its kind ("CC du Pays de Lure": la communauté de communes…) or by its
// city ("Metz Métropole", "Orléans Métropole": no article, d'Orléans).

/** First word of the official name → article. A test checks it on every EPCI of the COG. */
export const EPCI_ARTICLES = {
  CC: 'la', // communauté de communes
  CA: 'la', // communauté d'agglomération
  CU: 'la', // communauté urbaine
  Communauté: 'la',
  Métropole: 'la', // "Métropole de Lyon", "Métropole du Grand Paris"
  Eurométropole: "l'",
  Établissement: "l'", // établissement public territorial
  Agglomération: "l'",
  Pays: 'le',
  Syndicat: 'le',
};

/** The article of an EPCI named `name`; '' when it is named after a place ("Rennes Métropole"). */
export function epciArticle(name) {
  return EPCI_ARTICLES[name.split(' ')[0]] ?? '';
}
