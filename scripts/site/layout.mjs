// The frame of every page: the strict policy (no inline script or style, no
// third party), the header with the main navigation and the other-language
// link, the section navigation, the footer with the data release.
import { relative } from './paths.mjs';
import { STRINGS, escapeHtml, fill } from './strings.mjs';

/** The demo's policy: own files only, no inline script or style, Trusted Types. */
export const SITE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const byOrder = (a, b) => (a.order ?? 999) - (b.order ?? 999) || a.title.localeCompare(b.title);

function navList(pages, page, group, label) {
  if (!group) return '';
  const items = pages
    .filter((p) => p.lang === page.lang && p.nav === group)
    .sort(byOrder)
    .map((p) => {
      const current = p.path === page.path ? ' aria-current="page"' : '';
      return `<li><a href="${relative(page.path, p.path)}"${current}>${escapeHtml(p.navTitle ?? p.title)}</a></li>`;
    });
  return items.length
    ? `<nav aria-label="${escapeHtml(label)}"><ul>${items.join('')}</ul></nav>`
    : '';
}

/**
 * The section a page's side navigation lists: its `nav` group, or for a
 * folder's index (`guides/`) the pages whose group is that folder (`nav: guides`).
 */
function sectionOf(page) {
  if (page.nav && page.nav !== 'main') return page.nav;
  return page.path.replace(/^en\//, '').split('/')[0] || undefined;
}

/**
 * The whole HTML document of `page` ({lang, path, title, description, nav,
 * twinPath, body, scripts, styles}); `pages` is every page (for the navigation),
 * `meta` the data release shown in the footer.
 */
export function renderPage(page, pages, meta, longDate) {
  const s = STRINGS[page.lang];
  const to = (path) => relative(page.path, path);
  const other = page.lang === 'fr' ? 'en' : 'fr';
  const homePath = page.lang === 'en' ? 'en/' : '';
  const scripts = ['assets/copy.js', ...(page.scripts ?? [])]
    .map((src) => `<script type="module" src="${to(src)}"></script>`)
    .join('\n    ');
  const styles = ['assets/site.css', ...(page.styles ?? [])]
    .map((href) => `<link rel="stylesheet" href="${to(href)}" />`)
    .join('\n    ');
  const section = navList(pages, page, sectionOf(page), s.sectionNav);
  const footerData = fill(s.footerData, {
    version: escapeHtml(meta.dataVersion ?? '—'),
    date: longDate(meta.buildDate.slice(0, 10), page.lang),
  });
  return `<!doctype html>
<html lang="${page.lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${SITE_CSP}" />
    <meta name="referrer" content="no-referrer" />
    <title>${escapeHtml(page.title)} — ${escapeHtml(s.siteName)}</title>
    ${page.description ? `<meta name="description" content="${escapeHtml(page.description)}" />` : ''}
    <link rel="icon" href="${to('assets/favicon.svg')}" type="image/svg+xml" />
    <link rel="alternate" hreflang="${other}" href="${to(page.twinPath)}" />
    ${styles}
    ${scripts}
  </head>
  <body>
    <a class="skip" href="#contenu">${escapeHtml(s.skip)}</a>
    <header class="site-header">
      <p class="site-name"><a href="${to(homePath)}">${escapeHtml(s.siteName)}</a></p>
      ${navList(pages, page, 'main', s.mainNav)}
      <p class="other-lang"><a href="${to(page.twinPath)}" hreflang="${other}" lang="${other}" aria-label="${escapeHtml(s.otherLangLabel)}">${escapeHtml(s.otherLang)}</a></p>
    </header>
    <div class="page">
      ${section}
      <main id="contenu" tabindex="-1">
        ${page.body}
      </main>
    </div>
    <footer class="site-footer">
      <p>${footerData} ${escapeHtml(s.footerProgramme)}</p>
      <p>${escapeHtml(s.footerNoTracking)}</p>
    </footer>
    <p class="copy-status" role="status" aria-live="polite" data-copied="${escapeHtml(s.copied)}" data-refused="${escapeHtml(s.copyRefused)}"></p>
  </body>
</html>
`;
}
