// The embed builder's snippets, as plain functions of the chosen options and
// the build's dist/snippets.json (script tags with integrity, pinned version).
// Plain JavaScript with no import: the site's builder page, the site build
// (scripts/site/) and the tests all use these same functions. The badge's link
// (`href`) is computed by the caller with src/domain/badge-link.ts.
// `base` is the dist/ URL the snippet points at: the CDN by default, or the
// local build (the "local URLs" toggle, used offline and by the tests).

/** Each element's "variant" choices: [value, label]. The first is the default. */
export const VARIANTS = {
  'city-badge': [
    ['full', 'Complet'],
    ['compact', 'Compact'],
    ['seal', 'Sceau'],
  ],
  'member-count': [
    ['network', 'Tout le réseau'],
    ['department', 'Département du membre'],
  ],
  'partner-list': [
    ['grid', 'Grille'],
    ['list', 'Liste'],
  ],
  'news-list': [
    ['3', 'Les 3 plus récentes'],
    ['all', 'Toutes'],
  ],
  'city-map': [
    ['map', 'Carte'],
    ['table', 'Tableau'],
  ],
  'city-search': [
    ['network', 'Tout le réseau'],
    ['department', 'Département du membre'],
  ],
};

/** The English labels of VARIANTS (same order), for the builder page in English. */
export const VARIANT_LABELS_EN = {
  'city-badge': ['Full', 'Compact', 'Seal'],
  'member-count': ['The whole network', 'The member’s department'],
  'partner-list': ['Grid', 'List'],
  'news-list': ['The 3 latest', 'All'],
  'city-map': ['Map', 'Table'],
  'city-search': ['The whole network', 'The member’s department'],
};

// The dark look of elements without a `theme` attribute (the badge's dark palette).
const DARK_PROPERTIES = `  --vae-color-surface: #13222d;
  --vae-color-ink: #f4f6f8;
  --vae-color-muted: #c9d4dc;
  --vae-color-accent: #8ccdf2;
  --vae-color-accent-ink: #13222d;
  --vae-color-border: #8ccdf2;
  --vae-color-focus: #ffb36b;
  background: #13222d;
  color: #f4f6f8;`;

/** The host-page CSS a theme needs for elements without a `theme` attribute. */
export const THEME_CSS = {
  dark: `.vae-dark {\n${DARK_PROPERTIES}\n}`,
  auto: `@media (prefers-color-scheme: dark) {\n  .vae-auto {\n${DARK_PROPERTIES.replaceAll('\n', '\n  ').replace(/^/, '  ')}\n  }\n}`,
};

const escape = (text) =>
  String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');

/**
 * The element's attributes and light-DOM fallback text for `options`:
 * {element, member: {code, name, department}, variant, theme, lang, count}.
 */
export function elementSpec({ element, member, variant, theme, lang, count }) {
  const attributes = [];
  let fallback = '';
  if (element === 'city-badge') {
    attributes.push(['city', member.code]);
    if (variant !== 'full') attributes.push(['variant', variant]);
    if (theme !== 'light') attributes.push(['theme', theme]);
    fallback = `${member.name}, Ville amie des enfants`;
  } else if (element === 'member-count') {
    if (variant === 'department') attributes.push(['department', member.department]);
    if (count !== undefined)
      fallback =
        lang === 'en'
          ? `${count} Child Friendly Cities`
          : `${count} collectivités Ville amie des enfants`;
  } else if (element === 'partner-list') {
    if (variant !== 'grid') attributes.push(['layout', variant]);
  } else if (element === 'news-list') {
    if (variant !== 'all') attributes.push(['limit', variant]);
  } else if (element === 'city-map') {
    if (variant !== 'map') attributes.push(['view', variant]);
  } else if (element === 'city-search') {
    if (variant === 'department') attributes.push(['department', member.department]);
    fallback =
      lang === 'en'
        ? 'The Ville amie des enfants search needs JavaScript.'
        : 'La recherche Ville amie des enfants a besoin de JavaScript.';
  }
  attributes.push(['lang', lang]);
  // Only the badge has a `theme` attribute; the others take colours from the
  // host's CSS (THEME_CSS), through a wrapper class.
  const themeClass = element !== 'city-badge' && THEME_CSS[theme] ? `vae-${theme}` : '';
  return { tag: `vae-${element}`, attributes, fallback, themeClass };
}

const attributeText = (attributes) =>
  attributes.map(([name, value]) => ` ${name}="${escape(value)}"`).join('');

/** Points a snippet of dist/snippets.json at `base` instead of the CDN. */
const rebase = (snippets, file, base) => snippets.scripts[file].replaceAll(snippets.cdnBase, base);

const wrap = (spec, html) =>
  spec.themeClass
    ? `<div class="${spec.themeClass}">\n  ${html.replaceAll('\n', '\n  ')}\n</div>`
    : html;

/**
 * For a badge: fetch its member's data file while the code loads (in
 * parallel, not after it): from the data range when the code comes from the
 * CDN, else from the data folder beside the code (a self-hosted copy of
 * dist/). `crossorigin="anonymous"` and no referrer are the mode the element
 * asks in for such a preload (src/data/fetch-once.ts), so the browser gives it
 * this response (from the page's own origin, Chromium and Firefox do; WebKitGTK
 * asks again, sending what the preload sent: test/hardening/privacy.test.ts).
 */
export function dataPreload(snippets, options, base) {
  if (options.element !== 'city-badge') return '';
  const data = base === snippets.cdnBase ? snippets.dataCdnBase : `${base}data/`;
  const href = `${data}members/${options.member.code}.json`;
  return `<link rel="preload" as="fetch" href="${href}" crossorigin="anonymous" referrerpolicy="no-referrer" />\n`;
}

/** Script tag(s) with integrity, then the element. `bundle`: 'element' or 'all'. */
export function scriptSnippet(snippets, options, base = snippets.cdnBase) {
  const spec = elementSpec(options);
  const file = options.bundle === 'all' ? 'vae-widgets.js' : `elements/${spec.tag}.js`;
  const element = `<${spec.tag}${attributeText(spec.attributes)}>${escape(spec.fallback)}</${spec.tag}>`;
  return `${dataPreload(snippets, options, base)}${rebase(snippets, file, base)}\n${wrap(spec, element)}`;
}

/** For CMSs that strip unknown tags: the all-in-one bundle upgrades a data-vae div. */
export function cmsSnippet(snippets, options, base = snippets.cdnBase) {
  const spec = elementSpec(options);
  const data = spec.attributes
    .filter(([name]) => name !== 'lang')
    .map(([name, value]) => [`data-${name}`, value]);
  const div =
    `<div data-vae="${options.element}"${attributeText(data)} lang="${escape(options.lang)}">` +
    `${escape(spec.fallback)}</div>`;
  return `${rebase(snippets, 'vae-widgets.js', base)}\n${wrap(spec, div)}`;
}

/** `current-only` → `currentOnly`: a block attribute's name. */
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** The WordPress plugin's shortcode per element (wordpress/vae-widgets/includes/elements.php). */
export const SHORTCODES = {
  'city-badge': 'vae_badge',
  'city-search': 'vae_search',
  'partner-list': 'vae_partners',
  'member-count': 'vae_count',
  'news-list': 'vae_news',
  'city-map': 'vae_map',
};

/** The plugin's shortcode for the classic editor: `[vae_badge city="69123" lang="fr"]`. */
export function shortcodeSnippet(options) {
  const spec = elementSpec(options);
  return `[${SHORTCODES[options.element]}${attributeText(spec.attributes)}]`;
}

/** The plugin's block, as the block editor's code view writes it. */
export function blockSnippet(options) {
  const spec = elementSpec(options);
  const attributes = Object.fromEntries(
    spec.attributes.map(([name, value]) => [camel(name), name === 'limit' ? Number(value) : value]),
  );
  return `<!-- wp:vae-widgets/${options.element} ${JSON.stringify(attributes)} /-->`;
}

/**
 * The static image's alt: it names the label and the member, never the title's
 * status or mandate, since the picture changes with each data release and the
 * pasted text does not.
 */
export function stableAlt(member, lang) {
  return lang === 'en'
    ? `Ville amie des enfants badge (UNICEF France) of ${member.name}`
    : `Badge Ville amie des enfants (UNICEF France) de la collectivité\u00a0: ${member.name}`;
}

/**
 * For CMSs that strip scripts: the static badge, as a link (`href`, from the
 * badge's link rule) around the image. `base`: the data folder (the data
 * package's range on the CDN, as fresh as the data). `badge`: {width, height}.
 */
export function imageSnippet({ member, lang }, badge, base, href) {
  const img =
    `<img src="${base}${badgePath(member, lang)}" alt="${escape(stableAlt(member, lang))}"` +
    ` width="${badge.width}" height="${badge.height}" />`;
  return href ? `<a href="${escape(href)}">${img}</a>` : img;
}

/**
 * For an e-mail signature: the PNG badge (mail clients show no SVG), the 2×
 * file drawn at the 1× size so that it stays sharp on dense screens (e-mail
 * has no srcset). `base`: the data folder.
 */
export function emailSnippet({ member, lang }, badge, base, href) {
  const src = `${base}badges/${lang === 'en' ? 'en/' : ''}${member.code}@2x.png`;
  const img =
    `<img src="${src}" alt="${escape(stableAlt(member, lang))}"` +
    ` width="${badge.width}" height="${badge.height}" style="border:0" />`;
  return href ? `<a href="${escape(href)}">${img}</a>` : img;
}

/** The static badge's path for `member` in `lang` (relative to the data folder). */
export const badgePath = (member, lang) => `badges/${lang === 'en' ? 'en/' : ''}${member.code}.svg`;
