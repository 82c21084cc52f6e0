// The site's own words (the pages' frame and the generated pages), per language.
// French typography: non-breaking space (U+00A0) before « : ; ? ! », apostrophe ’.

export const STRINGS = {
  fr: {
    siteName: 'Réseau Ville amie des enfants',
    skip: 'Aller au contenu',
    mainNav: 'Navigation principale',
    sectionNav: 'Dans cette rubrique',
    otherLang: 'English',
    otherLangLabel: 'Read this page in English',
    home: 'Accueil',
    footerData: 'Données\u00a0: version {version} du {date}.',
    footerProgramme: 'Le programme Ville amie des enfants est porté par UNICEF France.',
    footerNoTracking: 'Ce site ne dépose aucun cookie et ne fait appel à aucun service tiers.',
    copy: 'Copier',
    copyCode: 'Copier le code',
    copied: 'Code copié.',
    copyRefused:
      'Copie refusée par le navigateur\u00a0: le code est sélectionné, copiez-le avec Ctrl+C.',
    members: 'Membres',
  },
  en: {
    siteName: 'Child Friendly Cities network (France)',
    skip: 'Skip to content',
    mainNav: 'Main navigation',
    sectionNav: 'In this section',
    otherLang: 'Français',
    otherLangLabel: 'Lire cette page en français',
    home: 'Home',
    footerData: 'Data: version {version} of {date}.',
    footerProgramme: 'The Ville amie des enfants programme is run by UNICEF France.',
    footerNoTracking: 'This site sets no cookie and calls no third-party service.',
    copy: 'Copy',
    copyCode: 'Copy the code',
    copied: 'Code copied.',
    copyRefused: 'The browser refused to copy: the code is selected, copy it with Ctrl+C.',
    members: 'Members',
  },
};

/** `{name}` placeholders filled from `values`. */
export const fill = (text, values) =>
  text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (text) =>
  String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
