// What the WordPress plugin says about the elements that custom-elements.json cannot:
// each block's title, icon and shortcode, the editor's label for each attribute and for
// each allowed value, the few rules a TypeScript type does not carry (`string` attributes
// the element reads as a fixed set, integer ranges), and the attributes a block does not
// offer. The attributes themselves, their types and defaults come from the manifest
// (scripts/code/wordpress-blocks.mjs). Labels are English msgids: their French is in
// wordpress/vae-widgets/languages/vae-widgets-fr_FR.po.

/** One block per element, by tag: shortcode, and the block.json fields written by hand. */
export const BLOCKS = {
  'vae-city-badge': {
    shortcode: 'vae_badge',
    title: 'Ville amie des enfants badge',
    icon: 'awards',
    description:
      "The title badge of a member town or intercommunality, verified against the network's data.",
    keywords: ['badge', 'label', 'unicef', 'ville amie des enfants'],
  },
  'vae-city-search': {
    shortcode: 'vae_search',
    title: 'Ville amie des enfants search',
    icon: 'search',
    description: 'Is my town a Ville amie des enfants? A search by name, postcode or department.',
    keywords: ['search', 'commune', 'unicef', 'ville amie des enfants'],
  },
  'vae-partner-list': {
    shortcode: 'vae_partners',
    title: 'Ville amie des enfants partners',
    icon: 'groups',
    description: "The network's partner institutions and associations, by category.",
    keywords: ['partners', 'unicef', 'ville amie des enfants'],
  },
  'vae-member-count': {
    shortcode: 'vae_count',
    title: 'Ville amie des enfants member count',
    icon: 'chart-bar',
    description: 'How many towns and intercommunalities hold the title.',
    keywords: ['count', 'counter', 'unicef', 'ville amie des enfants'],
  },
  'vae-news-list': {
    shortcode: 'vae_news',
    title: 'Ville amie des enfants news',
    icon: 'megaphone',
    description: "The network's latest news.",
    keywords: ['news', 'unicef', 'ville amie des enfants'],
  },
  'vae-city-map': {
    shortcode: 'vae_map',
    title: 'Ville amie des enfants map',
    icon: 'location-alt',
    description: 'The members by department, on a map of France or as a table.',
    keywords: ['map', 'department', 'unicef', 'ville amie des enfants'],
  },
};

/** Attributes no block offers, with why (the test reads this list). */
export const NOT_BLOCK_ATTRIBUTES = {
  state: 'set by the element only (read-only for users)',
  src: 'where the data is comes from the plugin’s settings page, for every element at once',
  'communes-src': 'the communes pieces sit beside the data the settings page chose',
};

/** The editor's label of each block attribute, by the element attribute's name. */
export const LABELS = {
  city: 'Town or intercommunality (INSEE code or SIREN, e.g. 69123)',
  variant: 'Variant',
  theme: 'Theme',
  target: 'Link opens in',
  'current-only': 'Only while the mandate runs',
  candidate: 'Show an official candidacy (a “candidate for the title” badge)',
  lang: 'Language (empty: the page’s)',
  date: 'Date the titles are judged on (empty: today)',
  timeout: 'Data timeout, in milliseconds (empty: 10,000)',
  label: 'Field label',
  placeholder: 'Placeholder',
  department: 'Department (e.g. 69)',
  limit: 'Maximum number of items',
  href: 'Link template (e.g. https://example.org/towns/{code})',
  'all-communes': 'Answer for every French commune',
  name: 'Form field name (the form sends the chosen code under it)',
  required: 'A town must be chosen before the form is sent',
  category: 'Category',
  layout: 'Layout',
  'heading-level': 'Heading level (2–6; empty: follows the page)',
  region: 'Region code (e.g. 84)',
  kind: 'Kind of member',
  mandate: 'Mandate (e.g. 2020-2026)',
  status: 'Status of the members',
  'no-animation': 'No count-up animation',
  tag: 'Tag',
  view: 'View',
};

/** The editor's label of each allowed value (the value itself is what the block saves). */
export const CHOICES = {
  '': 'Default',
  full: 'Full',
  compact: 'Compact',
  seal: 'Seal',
  light: 'Light',
  dark: 'Dark',
  auto: 'Automatic (follows the visitor’s setting)',
  _self: 'The same tab',
  _blank: 'A new tab',
  fr: 'French',
  en: 'English',
  commune: 'Communes',
  epci: 'Intercommunalities',
  titled: 'Titled members',
  candidate: 'Official candidates',
  grid: 'Grid',
  list: 'List',
  map: 'Map',
  table: 'Table',
};

/**
 * What an attribute's TypeScript type does not say, by attribute name: the fixed set a
 * `string` attribute is read as (its JSDoc lists them), an integer's range, a date's form.
 */
export const RULES = {
  target: { enum: ['_self', '_blank'] },
  lang: { enum: ['fr', 'en'] },
  kind: { enum: ['commune', 'epci'] },
  status: { enum: ['titled', 'candidate'] },
  limit: { type: 'integer', minimum: 1, maximum: 50 },
  'heading-level': { type: 'integer', minimum: 2, maximum: 6 },
  timeout: { type: 'integer', minimum: 1 },
  date: { type: 'string', format: 'date' },
};
