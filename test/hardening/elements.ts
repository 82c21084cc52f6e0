// Every element under test, with what each needs to reach each state and how
// to tell, from its visible text, which language it speaks.
import type { Lang } from '../../src/i18n/lang.js';

export interface ElementCase {
  tag: string;
  /** Attributes that make the element `ready` with the real dataset. */
  ready: Record<string, string>;
  /** Attributes (over `ready`) that leave nothing to show: state `empty`. */
  empty: Record<string, string>;
  /** An attribute change after load that must keep the element `ready`. */
  change: Record<string, string>;
  /** Text that only the ready element in that language shows. */
  readyText: Record<Lang, RegExp>;
  /** The element supports a `theme` attribute (light, dark). */
  themed?: boolean;
}

export const ELEMENTS: ElementCase[] = [
  {
    tag: 'vae-city-badge',
    ready: { city: '69123' },
    // Ajaccio (2A004): a well-formed INSEE code, not a member (see the badge docs).
    empty: { city: '2A004' },
    change: { variant: 'compact', city: '200066918' },
    readyText: { fr: /[Mm]andat /, en: /mandate/ },
    themed: true,
  },
  {
    tag: 'vae-city-search',
    ready: {},
    // `empty` for the search is "no result": reached by typing (see the a11y sweep).
    empty: {},
    change: { limit: '3', department: '69' },
    readyText: { fr: /Votre commune est-elle/, en: /Is your town/ },
  },
  {
    tag: 'vae-partner-list',
    ready: {},
    empty: { category: 'no-such-category' },
    change: { category: 'association', layout: 'list' },
    readyText: { fr: /Associations.*\(site externe d/, en: /Associations.*\(external website of/ },
  },
  {
    tag: 'vae-member-count',
    ready: { 'no-animation': '' },
    empty: { mandate: '1900-1906' },
    change: { kind: 'epci' },
    readyText: { fr: /ont obtenu le titre|a obtenu le titre/, en: /earned the/ },
  },
  {
    tag: 'vae-news-list',
    ready: {},
    empty: { tag: 'no-such-topic' },
    change: { limit: '2', 'heading-level': '4' },
    readyText: { fr: /Lieux :/, en: /Places:/ },
  },
  {
    tag: 'vae-city-map',
    ready: {},
    // Region 01 is Guadeloupe: no member there in the dataset.
    empty: { region: '01' },
    change: { view: 'table', kind: 'commune' },
    readyText: { fr: /par département/, en: /by department/ },
  },
];

/** Creates `tag` with `attributes`, inside `parent`. */
export function mount(
  parent: HTMLElement,
  tag: string,
  attributes: Record<string, string>,
): HTMLElement & { state?: string; updateComplete?: Promise<unknown> } {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  parent.append(el);
  return el;
}
