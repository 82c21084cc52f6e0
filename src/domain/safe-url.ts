/**
 * Every URL that comes from data or attributes passes here before it reaches
 * an `href`: lit escapes text but does not block `javascript:` URLs.
 */

/** The URL if it is absolute `https:`, else undefined. For data (partner websites). */
export function safeHttpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fills an `href` template (`https://example.org/villes/{code}`) and returns the
 * result if it is an http(s) URL, else undefined. Values are URI-encoded, and
 * the template is resolved against the page, so a relative template works.
 */
export function fillHrefTemplate(
  template: string | null | undefined,
  values: Record<string, string>,
  base: string = document.baseURI,
): string | undefined {
  if (!template) return undefined;
  const filled = template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? encodeURIComponent(values[key]) : whole,
  );
  try {
    const url = new URL(filled, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
