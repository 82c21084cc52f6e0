// The embed builder's page (generateur/, en/builder/): the form, the live
// preview and the snippets. site/assets/builder.js fills them; its words come
// from this page (data-* attributes), so the script needs no dictionary.
import { escapeHtml } from '../strings.mjs';
import { BUILDER } from './members.mjs';
import { VARIANTS } from '../../../site/assets/builder-snippets.js';

const ELEMENTS = [
  'city-badge',
  'city-search',
  'member-count',
  'partner-list',
  'news-list',
  'city-map',
];

const W = {
  fr: {
    title: 'Ajouter un badge ou un composant à mon site',
    navTitle: 'Générateur',
    description:
      'Choisissez un membre par son nom, un composant et son apparence, puis copiez le code à coller dans votre site.',
    intro:
      'Choisissez un membre du réseau par son nom, un composant et son apparence, puis copiez le code à coller dans votre site. Les adresses du code sont celles de la version publiée ({version}) sur le CDN, avec leur empreinte d’intégrité (SRI)\u00a0: le navigateur refuse tout fichier modifié.',
    noScript:
      'Le générateur a besoin de JavaScript. Sans lui, chaque page de membre donne le code de son image statique, prêt à copier\u00a0: ',
    noScriptLink: 'les membres par département',
    options: 'Options',
    member: 'Membre du réseau (commune ou intercommunalité)',
    placeholder: 'Lyon, Grenoble, 38…',
    chosen: 'Membre choisi\u00a0:',
    notMember: '{name} n’est pas membre du réseau.',
    element: 'Composant',
    elements: {
      'city-badge': 'Badge (vae-city-badge)',
      'city-search': 'Recherche (vae-city-search)',
      'member-count': 'Compteur de membres (vae-member-count)',
      'partner-list': 'Partenaires (vae-partner-list)',
      'news-list': 'Actualités (vae-news-list)',
      'city-map': 'Carte (vae-city-map)',
    },
    variant: 'Variante',
    theme: 'Thème',
    themes: { light: 'Clair', dark: 'Sombre', auto: 'Selon le système' },
    lang: 'Langue',
    bundle: 'Fichier de script',
    bundleElement: 'Ce composant seul (plus léger)',
    bundleAll: 'Tous les composants (vae-widgets.js)',
    local: 'Adresses de ce site au lieu du CDN (pour tester hors ligne)',
    preview: 'Aperçu',
    code: 'Code à copier',
    script: '1. Script et élément (recommandé)',
    copyScript: 'Copier le script et l’élément',
    cms: '2. Pour un CMS qui supprime les balises inconnues\u00a0: div data-vae',
    copyCms: 'Copier le div data-vae',
    shortcode: '3. WordPress, éditeur classique\u00a0: code court de l’extension',
    copyShortcode: 'Copier le code court',
    block:
      '4. WordPress, éditeur de blocs\u00a0: bloc de l’extension (vue «\u00a0Éditeur de code\u00a0»)',
    copyBlock: 'Copier le bloc',
    image: '5. Pour un CMS qui supprime les scripts\u00a0: l’image seule (badge seulement)',
    copyImage: 'Copier l’image',
    imageNone: 'Image statique\u00a0: disponible pour le badge d’un membre titré seulement.',
    email: '6. Pour une signature d’e-mail\u00a0: l’image PNG (badge seulement)',
    copyEmail: 'Copier la signature',
    emailNone: 'Signature\u00a0: disponible pour le badge d’un membre titré seulement.',
    css: 'Thème (sombre ou selon le système)\u00a0: à ajouter à la feuille de styles de votre site',
    copyCss: 'Copier le CSS',
    wpNote: 'L’extension WordPress règle le thème par sa propre option.',
  },
  en: {
    title: 'Add a badge or an element to my site',
    navTitle: 'Builder',
    description:
      'Pick a member by name, an element and its look, then copy the code to paste into your site.',
    intro:
      'Pick a member of the network by name, an element and its look, then copy the code to paste into your site. The code’s addresses are those of the published version ({version}) on the CDN, with their integrity hash (SRI): the browser refuses any modified file.',
    noScript:
      'The builder needs JavaScript. Without it, each member’s page gives the code of its static image, ready to copy: ',
    noScriptLink: 'the members by department',
    options: 'Options',
    member: 'Network member (commune or intercommunality)',
    placeholder: 'Lyon, Grenoble, 38…',
    chosen: 'Chosen member:',
    notMember: '{name} is not a member of the network.',
    element: 'Element',
    elements: {
      'city-badge': 'Badge (vae-city-badge)',
      'city-search': 'Search (vae-city-search)',
      'member-count': 'Member count (vae-member-count)',
      'partner-list': 'Partners (vae-partner-list)',
      'news-list': 'News (vae-news-list)',
      'city-map': 'Map (vae-city-map)',
    },
    variant: 'Variant',
    theme: 'Theme',
    themes: { light: 'Light', dark: 'Dark', auto: 'Follow the system' },
    lang: 'Language',
    bundle: 'Script file',
    bundleElement: 'This element only (lighter)',
    bundleAll: 'Every element (vae-widgets.js)',
    local: 'This site’s addresses instead of the CDN (to test offline)',
    preview: 'Preview',
    code: 'Code to copy',
    script: '1. Script and element (recommended)',
    copyScript: 'Copy the script and the element',
    cms: '2. For a CMS that strips unknown tags: data-vae div',
    copyCms: 'Copy the data-vae div',
    shortcode: '3. WordPress, classic editor: the plugin’s shortcode',
    copyShortcode: 'Copy the shortcode',
    block: '4. WordPress, block editor: the plugin’s block (“Code editor” view)',
    copyBlock: 'Copy the block',
    image: '5. For a CMS that strips scripts: the image alone (badge only)',
    copyImage: 'Copy the image',
    imageNone: 'Static image: for the badge of a titled member only.',
    email: '6. For an e-mail signature: the PNG image (badge only)',
    copyEmail: 'Copy the signature',
    emailNone: 'Signature: for the badge of a titled member only.',
    css: 'Theme (dark or following the system): add to your site’s stylesheet',
    copyCss: 'Copy the CSS',
    wpNote: 'The WordPress plugin sets the theme with its own option.',
  },
};

const snippetBlock = (id, label, button, rows) =>
  `<div class="snippet-field"><label for="${id}">${escapeHtml(label)}</label>
<textarea id="${id}" readonly rows="${rows}" spellcheck="false"></textarea>
<button type="button" class="copy" data-copy="${id}">${escapeHtml(button)}</button></div>`;

export function builderPage({ lang, version, variantLabels }) {
  const w = W[lang];
  const radio = (name, value, label, checked) =>
    `<label><input type="radio" name="${name}" value="${value}"${checked ? ' checked' : ''} /> ${escapeHtml(label)}</label>`;
  const body = `<h1>${escapeHtml(w.title)}</h1>
<p>${escapeHtml(w.intro.replace('{version}', `vae-widgets@${version}`))}</p>
<p class="no-js">${escapeHtml(w.noScript)}<a href="../${lang === 'en' ? 'members/' : 'membres/'}">${escapeHtml(w.noScriptLink)}</a>.</p>
<div class="builder" hidden>
<form id="builder" aria-labelledby="options-title" data-not-member="${escapeHtml(w.notMember)}" data-image-none="${escapeHtml(w.imageNone)}" data-email-none="${escapeHtml(w.emailNone)}" data-variant-labels="${escapeHtml(JSON.stringify(variantLabels))}">
<h2 id="options-title">${escapeHtml(w.options)}</h2>
<vae-city-search id="member-search" lang="${lang}" label="${escapeHtml(w.member)}" placeholder="${escapeHtml(w.placeholder)}"></vae-city-search>
<p id="member-status" role="status">${escapeHtml(w.chosen)} <strong id="member">…</strong></p>
<label for="element">${escapeHtml(w.element)}</label>
<select id="element">${ELEMENTS.map((e) => `<option value="${e}">${escapeHtml(w.elements[e])}</option>`).join('')}</select>
<label for="variant">${escapeHtml(w.variant)}</label>
<select id="variant"></select>
<fieldset><legend>${escapeHtml(w.theme)}</legend>${Object.entries(w.themes)
    .map(([value, label], i) => radio('theme', value, label, i === 0))
    .join(' ')}</fieldset>
<fieldset><legend>${escapeHtml(w.lang)}</legend>${radio('lang', 'fr', 'Français', lang === 'fr')} ${radio('lang', 'en', 'English', lang === 'en')}</fieldset>
<fieldset><legend>${escapeHtml(w.bundle)}</legend>${radio('bundle', 'element', w.bundleElement, true)} ${radio('bundle', 'all', w.bundleAll, false)}</fieldset>
<label><input type="checkbox" id="local" /> ${escapeHtml(w.local)}</label>
</form>
<section aria-labelledby="preview-title"><h2 id="preview-title">${escapeHtml(w.preview)}</h2><div id="preview" class="preview"></div></section>
<section aria-labelledby="code-title"><h2 id="code-title">${escapeHtml(w.code)}</h2>
${snippetBlock('snippet-script', w.script, w.copyScript, 6)}
${snippetBlock('snippet-cms', w.cms, w.copyCms, 4)}
${snippetBlock('snippet-shortcode', w.shortcode, w.copyShortcode, 2)}
${snippetBlock('snippet-block', w.block, w.copyBlock, 2)}
<p class="muted">${escapeHtml(w.wpNote)}</p>
${snippetBlock('snippet-img', w.image, w.copyImage, 3)}
${snippetBlock('snippet-email', w.email, w.copyEmail, 3)}
<div id="css-block" hidden>${snippetBlock('snippet-css', w.css, w.copyCss, 6)}</div>
</section>
<output id="csp-violations" hidden></output>
</div>`;
  return {
    lang,
    path: BUILDER[lang],
    title: w.title,
    navTitle: w.navTitle,
    nav: 'main',
    order: 30,
    description: w.description,
    twinPath: BUILDER[lang === 'fr' ? 'en' : 'fr'],
    body,
    scripts: ['assets/csp-watch.js', 'vae-widgets.js', 'assets/builder.js'],
    styles: ['assets/builder.css', 'assets/themes.css'],
  };
}

export const builderVariants = (lang, englishLabels) =>
  Object.fromEntries(
    Object.entries(VARIANTS).map(([element, choices]) => [
      element,
      choices.map(([value, label], i) => [
        value,
        lang === 'en' ? englishLabels[element][i] : label,
      ]),
    ]),
  );
