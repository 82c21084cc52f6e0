// Every URL the site writes between its own pages is relative, so the built
// folder works at any base path (`/`, `/reseau/`, a file share). A page's
// `path` is its folder from the site root: '' (home), 'membres/69123/',
// 'en/members/69123/'; it is written as <path>index.html.

/** From the page at `from` to the site-root-relative `to` ('' = home, 'data/vae.json'). */
export function relative(from, to) {
  const depth = from.split('/').filter(Boolean).length;
  return '../'.repeat(depth) + to || './';
}

/** The site-root path of a content file `<path>.md` (`index` is the language's home). */
export function contentPath(lang, slug) {
  const folder = slug === 'index' ? '' : slug.replace(/\/index$/, '') + '/';
  return lang === 'en' ? `en/${folder}` : folder;
}
