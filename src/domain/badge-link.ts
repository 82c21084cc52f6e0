/**
 * Where a badge leads, once: the member's page on the network's site when the
 * site's address is known, else the programme page. The element, the site's
 * pages and the builder's snippets (script, image, e-mail) all ask here.
 *
 * Order: the host page's `<meta name="vae:site" content="URL">` (the host's
 * choice, http or https, relative to the page), then `meta.site` of the data
 * files (set by the programme with a data release, https), then the programme page.
 */
import type { Lang } from '../i18n/lang.js';
import { safeHttpsUrl } from './safe-url.js';

/** The member's page inside the site: `membres/<code>/` (French), `en/members/<code>/` (English). */
export function memberPagePath(code: string, lang: Lang): string {
  const key = encodeURIComponent(code);
  return lang === 'en' ? `en/members/${key}/` : `membres/${key}/`;
}

/** The site's address on a host page (`<meta name="vae:site">`), made absolute; else undefined. */
export function hostSite(doc: Document): string | undefined {
  const content = doc.querySelector<HTMLMetaElement>('meta[name="vae:site"]')?.content.trim();
  if (!content) return undefined;
  try {
    const url = new URL(content, doc.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface BadgeLinkInput {
  /** The member's code (INSEE code or SIREN). */
  code: string;
  lang: Lang;
  /** From the host page (`hostSite`): wins. */
  hostSite?: string;
  /** `meta.site` of the data file. */
  dataSite?: string;
  /** `meta.programme.url`: the link when no site is known. */
  programmeUrl: string;
}

const asFolder = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/** The badge's link: the member's page on the known site, else the programme page (https only). */
export function badgeLink(input: BadgeLinkInput): string | undefined {
  const site = input.hostSite ?? safeHttpsUrl(input.dataSite);
  if (site) return new URL(memberPagePath(input.code, input.lang), asFolder(site)).href;
  return safeHttpsUrl(input.programmeUrl);
}
