/** Every element the library defines, in the order tests report them. */
export const ELEMENT_TAGS = [
  'vae-city-badge',
  'vae-city-search',
  'vae-partner-list',
  'vae-member-count',
  'vae-news-list',
  'vae-city-map',
];
