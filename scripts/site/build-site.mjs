// `npm run build` step: the network's static site, dist/site/ (French at the
// root, English under en/), from site/content/ (Markdown pages), the data
// (dist/data/vae.json), the manifest (custom-elements.json) and the build's
// snippets (dist/snippets.json). The site carries its own copy of the code
// and the data (vae-widgets.js, elements/, data/ at its root: the elements
// read the data beside the code), so it makes no third-party request, and
// every link is relative, so it works at any base path.
// Usage: node scripts/site/build-site.mjs [--data DIR] [--out DIR] [--now YYYY-MM-DD]
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative as relativePath } from 'node:path';
import { build } from 'esbuild';
import { look, sentences } from './rules.mjs';
import { readContent } from './markdown.mjs';
import { fillScriptTags } from './snippet-tags.mjs';
import { contentPath } from './paths.mjs';
import { renderPage } from './layout.mjs';
import { STRINGS } from './strings.mjs';
import { epciIndex, memberPage, membersIndex } from './pages/members.mjs';
import { homePage } from './pages/home.mjs';
import { builderPage, builderVariants } from './pages/builder.mjs';
import { BUILDER } from './pages/members.mjs';
import { referencePages } from './pages/reference.mjs';
import { accessibilityPage } from './pages/accessibility.mjs';
import { THEME_CSS, VARIANT_LABELS_EN } from '../../site/assets/builder-snippets.js';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const DATA = arg('--data', join('dist', 'data'));
const OUT = arg('--out', join('dist', 'site'));
const CONTENT = join('site', 'content');
const on = arg('--now') ? new Date(`${arg('--now')}T12:00:00Z`) : new Date();
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const started = performance.now();
const dataset = readJson(join(DATA, 'vae.json'));
const manifest = readJson('custom-elements.json');
const snippets = readJson(join('dist', 'snippets.json'));
const longDate = sentences.longDate;

/** The static badge's size and wording, from the built SVG (only titled members have one). */
function staticBadges() {
  const badges = new Map();
  for (const member of dataset.members) {
    const file = join(DATA, 'badges', `${member.code}.svg`);
    if (!existsSync(file)) continue;
    const svg = readFileSync(file, 'utf8');
    const root = /<svg\b[^>]*>/.exec(svg)[0];
    badges.set(member.code, {
      width: /\bwidth="(\d+)"/.exec(root)[1],
      height: /\bheight="(\d+)"/.exec(root)[1],
      alt: /<title\b[^>]*>([^<]*)<\/title>/.exec(svg)[1].replace(/&amp;/g, '&'),
    });
  }
  return badges;
}

/** Every Markdown page of site/content/<lang>/ (the home's intro is read by the home page). */
function contentPages(lang) {
  const root = join(CONTENT, lang);
  const pages = [];
  for (const file of readdirSync(root, { recursive: true })) {
    if (!String(file).endsWith('.md')) continue;
    const slug = String(file).replace(/\.md$/, '').split('\\').join('/');
    const source = join(root, String(file));
    // A snippet's `<!-- script: <file> -->` becomes this build's tags (pinned URL, integrity).
    const text = fillScriptTags(readFileSync(source, 'utf8'), snippets, source);
    const { data, html } = readContent(text, source, STRINGS[lang]);
    // A page of a folder (guides/wordpress) is listed beside its siblings unless it says otherwise.
    const folder = slug.includes('/') && !slug.endsWith('/index') ? slug.split('/')[0] : undefined;
    const other = lang === 'fr' ? 'en' : 'fr';
    pages.push({
      lang,
      slug,
      path: contentPath(lang, slug),
      title: data.title,
      navTitle: data.navTitle,
      description: data.description,
      nav: data.nav ?? folder,
      order: data.order,
      twinPath: contentPath(other, data.twin ?? slug),
      body: slug === 'index' ? html : `<h1>${escapeTitle(data.title)}</h1>\n${html}`,
    });
  }
  return pages;
}

const escapeTitle = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

const badges = staticBadges();
const epciOf = epciIndex(dataset);
const pages = [];
for (const lang of ['fr', 'en']) {
  const content = contentPages(lang);
  const intro = content.find((p) => p.slug === 'index');
  if (!intro) throw new Error(`${CONTENT}/${lang}/index.md is missing (the home page's intro)`);
  pages.push(
    homePage({
      dataset,
      lang,
      on,
      intro: intro.body,
      titleText: intro.title,
      description: intro.description,
    }),
    ...content.filter((p) => p !== intro),
    membersIndex({ dataset, lang, on }),
    ...dataset.members.map((member) =>
      memberPage({
        member,
        dataset,
        lang,
        on,
        epciOf,
        staticBadges: badges,
        dataCdnBase: snippets.dataCdnBase,
      }),
    ),
    builderPage({
      lang,
      version: snippets.version,
      variantLabels: builderVariants(lang, VARIANT_LABELS_EN),
    }),
    ...referencePages({ manifest, lang, builderPath: BUILDER[lang] }),
    accessibilityPage({ lang, version: snippets.version, site: dataset.meta.site }),
  );
}

// A twin that does not exist would be a broken link: fail, naming the page.
const paths = new Set(pages.map((p) => p.path));
for (const page of pages) {
  if (paths.has(page.twinPath)) continue;
  throw new Error(
    `site: the ${page.lang} page "${page.path || '/'}" has no twin at "${page.twinPath}" ` +
      '(add the other language\'s page, or set "twin:" in its front matter)',
  );
}

rmSync(OUT, { recursive: true, force: true });
for (const page of pages) {
  const file = join(OUT, page.path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, renderPage(page, pages, dataset.meta, longDate));
}

// The site's own copy of the code and the data (the elements read data/ beside the code).
cpSync(join('dist', 'vae-widgets.js'), join(OUT, 'vae-widgets.js'));
cpSync(join('dist', 'elements'), join(OUT, 'elements'), { recursive: true });
cpSync(DATA, join(OUT, 'data'), { recursive: true });
cpSync(join('dist', 'snippets.json'), join(OUT, 'snippets.json'));

// The site's CSS and scripts: files (the pages allow no inline script or style).
const ASSETS = join('site', 'assets');
mkdirSync(join(OUT, 'assets'), { recursive: true });
for (const file of readdirSync(ASSETS)) {
  if (file.endsWith('.css')) cpSync(join(ASSETS, file), join(OUT, 'assets', file));
}
// The site's icon: the badge's own mark (src/domain/badge-look.ts), so no browser asks for /favicon.ico.
const palette = look.PALETTES.light;
writeFileSync(
  join(OUT, 'assets', 'favicon.svg'),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${look.MARK.viewBox}">${look.MARK.shapes
    .map((shape) => `<path fill="${palette[shape.fill]}" d="${shape.d}"/>`)
    .join('')}</svg>\n`,
);
// The builder preview's themes: the very CSS the builder gives webmasters.
writeFileSync(join(OUT, 'assets', 'themes.css'), `${THEME_CSS.dark}\n${THEME_CSS.auto}\n`);
await build({
  entryPoints: ['builder.js', 'copy.js', 'home.js', 'csp-watch.js'].map((f) => join(ASSETS, f)),
  outdir: join(OUT, 'assets'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
});

const memberCount = dataset.members.length;
console.log(
  `site: ${pages.length} pages (${memberCount} members × 2 languages) → ${relativePath('.', OUT)}/ in ${Math.round(performance.now() - started)} ms` +
    ` (titles judged on ${on.toISOString().slice(0, 10)})`,
);
