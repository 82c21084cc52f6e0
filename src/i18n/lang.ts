/** The languages the interface speaks. */
export type Lang = 'fr' | 'en';

/** Maps any BCP 47 tag to a supported language: English for `en*`, French otherwise. */
export function toLang(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/**
 * The element's language: its own `lang`, else the nearest ancestor's, crossing
 * shadow roots (an element may sit inside another component), else French.
 */
export function resolveLang(element: Element): Lang {
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag) return toLang(tag);
    const parent: Element | null = node.parentElement;
    node = parent ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'fr';
}

/** The BCP 47 locale used with Intl for a language. */
export const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
