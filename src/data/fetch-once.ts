/**
 * What every file the library fetches has in common (the dataset, the
 * all-communes file, the map geometry): one request per URL per page, shared by
 * every element and every copy of the library on the page, without cookies or
 * referrer, cut off after a timeout.
 */

type PageCache<T> = Map<string, Promise<T>>;

/** The page-wide cache named `name` (a global symbol, so copies of the library share it). */
export function pageCache<T>(name: string): PageCache<T> {
  const holder = globalThis as unknown as Record<symbol, PageCache<T> | undefined>;
  return (holder[Symbol.for(`vae-widgets.${name}`)] ??= new Map());
}

/** `load(url)` once per page; a failure is forgotten once settled, so a retry asks again. */
export function oncePerPage<T>(
  cacheName: string,
  url: string,
  load: (url: string) => Promise<T>,
): Promise<T> {
  const cache = pageCache<T>(cacheName);
  let pending = cache.get(url);
  if (!pending) {
    const entry = load(url);
    cache.set(url, entry);
    entry.catch(() => {
      if (cache.get(url) === entry) cache.delete(url);
    });
    pending = entry;
  }
  return pending;
}

/**
 * The element adds no cookie of its own. Another origin: `same-origin` sends none there,
 * and matches a `<link rel="preload" as="fetch" crossorigin="anonymous">` (the
 * builder's snippet), so the browser uses the preloaded response. The page's
 * own origin: `omit`, or the host's cookies would go with the request, unless
 * the page itself preloads this URL that way (the builder's self-hosted
 * snippet): that request, the page's own, has already gone with the page's
 * cookies to the page's own server, and only the same mode reuses it.
 */
function credentialsFor(url: string): RequestCredentials {
  const { origin, href } = new URL(url, document.baseURI);
  return origin !== location.origin || preloadedAnonymously(href) ? 'same-origin' : 'omit';
}

const preloadedAnonymously = (href: string): boolean =>
  [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=fetch]')].some(
    (link) => link.href === href && link.crossOrigin === 'anonymous',
  );

/**
 * Fetches `url` without referrer and without cookies (but those of a page-origin
 * preload it reuses, see credentialsFor; the host learns nothing about the reader) and reads the response with `read`; any failure goes through `fail`,
 * told whether the timeout cut it short.
 */
export async function fetchPrivately<T>(
  url: string,
  timeoutMs: number,
  read: (response: Response) => Promise<T>,
  fail: (error: unknown, timedOut: boolean) => unknown,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: credentialsFor(url),
      referrerPolicy: 'no-referrer',
    });
    return await read(response);
  } catch (error) {
    throw fail(error, controller.signal.aborted);
  } finally {
    clearTimeout(timer);
  }
}
