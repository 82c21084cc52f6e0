// The badge as the builder gives it (issue 13): its snippet, pasted into a
// page, with code and data from the tests' CDN stand-in (jsDelivr's paths:
// /npm/vae-widgets@<version>/dist/…, /npm/vae-widgets-data@1/…),
// against the static <img> badge from the same CDN; and every element page's
// bytes, code and data, now and as 0.1 fetched them (the whole dataset).
import { mkdirSync, writeFileSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { measure } from '../../scripts/lib/bundle-size.mjs';
import { budget } from '../budgets.mjs';
import { scriptSnippet, imageSnippet } from '../../site/assets/builder-snippets.js';
import { startCdnWithBuild } from '../../test/scripts/cdn-pages.mjs';
import { interleave, runPage, SLOW_4G } from './browser.mjs';
import { bundleWithLit } from './bytes.mjs';
import { summary, ms, kb, ratio, table } from './stats.mjs';

const BUILD = 'bench/pages/.build';
// lit's floor (bench/pages/lit-floor-badge.js), bundled, published on the stand-in as a package of its own.
const FLOOR_PACKAGE = 'lit-floor-badge';
const FLOOR_DIR = join(BUILD, FLOOR_PACKAGE);
// The badge page's goal is its byte budget's (bench/budgets.mjs), not a figure of its own.
const GOAL_BYTES = budget('badge page (code + one member file)').gzipLimit;
const GOAL_RATIO = 1.3;
const GOAL_SELF_HOSTED_RATIO = 1.5;

const DONE = `<script>
  window.benchDone = new Promise((resolve) => {
    const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
    document.addEventListener('vae-load', painted);
    document.addEventListener('vae-error', (event) => { window.benchError = event.detail?.message; resolve(-1); });
    const img = document.querySelector('img');
    if (img) img.complete ? painted() : img.addEventListener('load', painted);
  });
</script>`;

/** Writes the three pages; returns their paths (under the page server's root, `origin`). */
function writePages(cdnOrigin, origin) {
  const snippets = JSON.parse(readFileSync('dist/snippets.json', 'utf8'));
  const local = {
    ...snippets,
    cdnBase: `${cdnOrigin}/npm/vae-widgets@${snippets.version}/dist/`,
    dataCdnBase: `${cdnOrigin}/npm/vae-widgets-data@1/`,
    scripts: Object.fromEntries(
      Object.entries(snippets.scripts).map(([file, html]) => [
        file,
        html.replaceAll(snippets.cdnBase, `${cdnOrigin}/npm/vae-widgets@${snippets.version}/dist/`),
      ]),
    ),
  };
  const lyon = { element: 'city-badge', member: { code: '69123', name: 'Lyon', department: '69' } };
  const options = { ...lyon, variant: 'full', theme: 'light', lang: 'fr', bundle: 'element' };
  const page = (body) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench</title></head><body>${body}${DONE}</body></html>`;
  mkdirSync(BUILD, { recursive: true });
  writeFileSync(join(BUILD, 'badge-snippet.html'), page(scriptSnippet(local, options)));
  // The same snippet pointed at a copy of dist/ on the page's own server (self-hosted).
  writeFileSync(
    join(BUILD, 'badge-self-hosted.html'),
    page(scriptSnippet(snippets, options, `${origin}/dist/`)),
  );
  const svg = readFileSync('dist/data/badges/69123.svg', 'utf8');
  const size = (name) => /<svg\b[^>]*>/.exec(svg)[0].match(new RegExp(`\\b${name}="(\\d+)"`))[1];
  const img = imageSnippet(
    options,
    { alt: 'Lyon, Ville amie des enfants', width: size('width'), height: size('height') },
    local.dataCdnBase,
  );
  writeFileSync(join(BUILD, 'badge-snippet-static.html'), page(img));
  // lit's floor, embedded as the snippet embeds the badge: its file preloaded, one module.
  const floorCode = `${cdnOrigin}/npm/${FLOOR_PACKAGE}@1.0.0/lit-floor-badge.js`;
  const floorData = `${local.dataCdnBase}members/69123.json`;
  writeFileSync(
    join(BUILD, 'badge-lit-floor.html'),
    page(
      `<link rel="preload" as="fetch" href="${floorData}" crossorigin="anonymous" referrerpolicy="no-referrer" />` +
        `<script type="module" src="${floorCode}" crossorigin="anonymous"></script>` +
        `<lit-floor-badge src="${floorData}">Lyon, Ville amie des enfants</lit-floor-badge>`,
    ),
  );
  return {
    litFloor: `/${BUILD}/badge-lit-floor.html`,
    snippet: `/${BUILD}/badge-snippet.html`,
    static: `/${BUILD}/badge-snippet-static.html`,
    selfHosted: `/${BUILD}/badge-self-hosted.html`,
  };
}

/** The local file a fetched URL stands for (either server), or undefined. */
function fileOf(url, version) {
  const path = new URL(url).pathname;
  const file = path
    .replace(`/npm/vae-widgets@${version}/dist/`, 'dist/')
    .replace(/^\/npm\/vae-widgets-data@1\//, 'dist/data/')
    .replace(/^\//, '');
  return /\.(js|json)$/.test(file) && existsSync(file) ? file : undefined;
}

const fetched = (page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

/** gzip -9 of the code and data files a page fetched. */
function bytesOf(urls, version) {
  const files = [...new Set(urls.map((url) => fileOf(url, version)).filter(Boolean))];
  const part = (test) => {
    const chosen = files.filter(test);
    return { files: chosen, gzip: chosen.length ? measure(chosen).gzip : 0 };
  };
  return { code: part((f) => f.endsWith('.js')), data: part((f) => f.endsWith('.json')) };
}

export async function badgePageSection(browser, origin, { runs, log }) {
  const heading = '## 2. Time to badge, as the builder gives it (slow 4G, 4× CPU slowdown)';
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  // The CDN stand-in of the tests, with this build published (code at its version, data at @1).
  const cdn = await startCdnWithBuild();
  try {
    mkdirSync(FLOOR_DIR, { recursive: true });
    const floorCode = await bundleWithLit('bench/pages/lit-floor-badge.js');
    writeFileSync(join(FLOOR_DIR, 'lit-floor-badge.js'), floorCode);
    cdn.publish(FLOOR_PACKAGE, '1.0.0', FLOOR_DIR);
    const pages = writePages(cdn.origin, origin);
    const options = { throttle: SLOW_4G };
    const withBytes = { ...options, extra: async (page) => ({ urls: await fetched(page) }) };
    const results = await interleave(
      browser,
      [
        { name: 'snippet', url: () => `${origin}${pages.snippet}`, options: withBytes },
        { name: 'static', url: () => `${origin}${pages.static}`, options },
        { name: 'selfHosted', url: () => `${origin}${pages.selfHosted}`, options: withBytes },
        { name: 'litFloor', url: () => `${origin}${pages.litFloor}`, options },
      ],
      runs,
      (round) => round % 5 === 4 && log(`time to badge: ${round + 1}/${runs}`),
    );
    const times = (name) => results[name].map((result) => result.time);
    const [snippet, reference, selfHosted, litFloor] = [
      'snippet',
      'static',
      'selfHosted',
      'litFloor',
    ].map(times);
    const floorMedianRatio = summary(litFloor).median / summary(reference).median;
    const floorP95Ratio = summary(litFloor).p95 / summary(reference).p95;
    const floorGzip = gzipSync(readFileSync(join(FLOOR_DIR, 'lit-floor-badge.js')), {
      level: 9,
    }).length;
    const medianRatio = summary(snippet).median / summary(reference).median;
    const p95Ratio = summary(snippet).p95 / summary(reference).p95;
    const selfMedianRatio = summary(selfHosted).median / summary(reference).median;
    const selfP95Ratio = summary(selfHosted).p95 / summary(reference).p95;
    const bytes = bytesOf(results.snippet[0].urls, version);
    const selfBytes = bytesOf(results.selfHosted[0].urls, version);
    const total = bytes.code.gzip + bytes.data.gzip;
    const row = (label, values) => {
      const { median, p95, runs: n } = summary(values);
      return [label, ms(median), ms(p95), String(n)];
    };
    const goal = (value, limit, format) =>
      value <= limit ? 'met' : `**not met**, over by ${format(value - limit)}`;
    return {
      figures: { badgeRatio: medianRatio, selfHostedRatio: selfMedianRatio, badgePageBytes: total },
      markdown: [
        heading,
        `The builder's snippet for Lyon (\`scriptSnippet\` of site/assets/builder-snippets.js), pasted into a page, its jsDelivr URLs answered by a second local server (${'`/npm/vae-widgets@…/dist/`, `/npm/vae-widgets-data@1/`'}, gzip, CORS): the code, its chunk and the member's data file (preloaded by the snippet) in parallel. Reference: the builder's static \`<img>\` snippet from the same server. Self-hosted: the same snippet pointed at the page server's own \`dist/\` (code, chunks and the member's file beside it, preloaded the same way). Network ${SLOW_4G.latency} ms latency, ${(SLOW_4G.throughput * 8) / 1e6} Mbit/s, cache disabled, CPU ${SLOW_4G.cpuSlowdown}× slower, a fresh context per run; time from navigation start to the badge painted (\`vae-load\` or the image's load, + two frames).`,
        table(
          ['page', 'median', 'p95', 'runs'],
          [
            row('builder snippet: `<vae-city-badge city="69123">` from the CDN', snippet),
            row('builder `<img>` snippet from the CDN (reference)', reference),
            row(
              'builder snippet pointed at a self-hosted copy of `dist/` (page origin)',
              selfHosted,
            ),
            row(
              `lit's floor: a bare LitElement that reads the same preloaded member file and renders one link with the name (\`bench/pages/lit-floor-badge.js\`, ${kb(floorGzip)} with lit, from the CDN)`,
              litFloor,
            ),
          ],
        ),
        `Ratio snippet / static image: **${ratio(medianRatio)}** at the median, ${ratio(p95Ratio)} at p95 (goal ≤ ${ratio(GOAL_RATIO)}: ${goal(medianRatio, GOAL_RATIO, ratio)}; p95: ${goal(p95Ratio, GOAL_RATIO, ratio)}).`,
        `Ratio lit's floor / static image: ${ratio(floorMedianRatio)} at the median, ${ratio(floorP95Ratio)} at p95: the least any lit element reading the file could reach on this machine (no signature check, schema, styles or language); the badge is ${ratio(summary(snippet).median / summary(litFloor).median)} its time at the median, ${ratio(summary(snippet).p95 / summary(litFloor).p95)} at p95.`,
        `Ratio self-hosted / static image: **${ratio(selfMedianRatio)}** at the median, ${ratio(selfP95Ratio)} at p95 (goal ≤ ${ratio(GOAL_SELF_HOSTED_RATIO)}: ${goal(selfMedianRatio, GOAL_SELF_HOSTED_RATIO, ratio)}; p95: ${goal(selfP95Ratio, GOAL_SELF_HOSTED_RATIO, ratio)}).`,
        table(
          ['badge page', 'code (gzip -9)', 'data (gzip -9)', 'total', `goal ≤ ${kb(GOAL_BYTES)}`],
          [
            [
              'builder snippet (CDN)',
              `${kb(bytes.code.gzip)} (${bytes.code.files.map((f) => `\`${f.split('/').pop()}\``).join(', ')})`,
              `${kb(bytes.data.gzip)} (${bytes.data.files.map((f) => `\`${f.replace('dist/data/', '')}\``).join(', ')})`,
              kb(total),
              goal(total, GOAL_BYTES, kb),
            ],
            [
              'self-hosted `dist/`',
              kb(selfBytes.code.gzip),
              `${kb(selfBytes.data.gzip)} (${selfBytes.data.files.map((f) => `\`${f.replace('dist/data/', '')}\``).join(', ')})`,
              kb(selfBytes.code.gzip + selfBytes.data.gzip),
              '',
            ],
          ],
        ),
      ].join('\n\n'),
    };
  } finally {
    await cdn.close();
  }
}

/** Attributes that make each element show something on its own page. */
const PAGE_ATTRS = {
  'vae-city-badge': 'city=69123',
  'vae-city-search': '',
  'vae-partner-list': '',
  'vae-member-count': '',
  'vae-news-list': '',
  'vae-city-map': '',
};

/**
 * Each element page's code and total bytes in the last report (docs/benchmarks.md,
 * before this run rewrites it): the "before" of the before/after table.
 */
function previousPages(report = 'docs/benchmarks.md') {
  const text = existsSync(report) ? readFileSync(report, 'utf8') : '';
  const date = /^\| date \| ([^|]+) \|$/m.exec(text)?.[1].trim() ?? 'none';
  const rows = new Map();
  for (const [, tag, code, total] of text.matchAll(
    /^\| `<(vae-[\w-]+)>` \| ([\d.]+ KB) \| [^|]+ \| ([\d.]+ KB) \|/gm,
  )) {
    rows.set(tag, { code, total });
  }
  return { date, rows };
}

export async function elementPagesSection(browser, origin) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const previous = previousPages();
  const dataset = measure(['dist/data/vae.json']).gzip;
  const rows = [];
  const tags = readdirSync('dist/elements')
    .filter((name) => /^vae-[\w-]+\.js$/.test(name))
    .map((name) => name.replace(/\.js$/, ''));
  for (const tag of tags) {
    const url = `${origin}/bench/pages/element.html?tag=${tag}&attrs=${PAGE_ATTRS[tag] ?? ''}`;
    const { urls } = await runPage(browser, url, {
      extra: async (page) => ({ urls: await fetched(page) }),
    });
    const { code, data } = bytesOf(urls, version);
    const before = code.gzip + dataset;
    const after = code.gzip + data.gzip;
    const last = previous.rows.get(tag);
    rows.push([
      `\`<${tag}>\``,
      kb(code.gzip),
      `${kb(data.gzip)} (${data.files.map((f) => `\`${f.replace('dist/data/', '')}\``).join(', ')})`,
      kb(after),
      kb(before),
      last ? `${last.code} / ${last.total}` : '–',
    ]);
  }
  return [
    '## 2b. Bytes per element page (code + the data it fetches)',
    'Each element alone on a self-hosted page (bench/pages/element.html, data beside the code), after it settles: gzip -9 of every script and data file the page fetched (performance resource entries). "0.1" is the same code with the whole dataset (`vae.json`, what every element fetched before the per-element files). A badge alone on a CDN page reads its member\'s own file instead (section 2).',
    `The last column is the previous report's code and total for the same page (${previous.date}): before and after.`,
    table(
      [
        'element page',
        'code',
        'data (files)',
        'total now',
        'total with vae.json (0.1)',
        'previous report: code / total',
      ],
      rows,
    ),
  ].join('\n\n');
}
