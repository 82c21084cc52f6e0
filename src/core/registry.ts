/**
 * The one list of the library's elements: its tag, its class's name, its
 * folder (`src/<name>/`, whose `<name>.define.ts` registers it). The script
 * tag's entry (index.ts), the CMS kit's `data-vae` names, the tests' tag list
 * and the package exports derive from it or are checked against it
 * (test/scripts/registry.test.mjs). Plain data: importing it loads no element.
 */
export const ELEMENTS = [
  { name: 'city-badge', tag: 'vae-city-badge', className: 'VaeCityBadge' },
  { name: 'city-search', tag: 'vae-city-search', className: 'VaeCitySearch' },
  { name: 'partner-list', tag: 'vae-partner-list', className: 'VaePartnerList' },
  { name: 'member-count', tag: 'vae-member-count', className: 'VaeMemberCount' },
  { name: 'news-list', tag: 'vae-news-list', className: 'VaeNewsList' },
  { name: 'city-map', tag: 'vae-city-map', className: 'VaeCityMap' },
] as const;

export type ElementName = (typeof ELEMENTS)[number]['name'];
export type ElementTag = (typeof ELEMENTS)[number]['tag'];
