// The open-data part of the data package, measured: the PNG badges (sizes per
// density and language, and the time to render them all), the CSV and the feed,
// and the whole data package (files, bytes, npm tarball). Node only, no browser:
// `node bench/open-data.mjs` prints this section alone.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measure } from '../../scripts/lib/bundle-size.mjs';
import { DENSITIES, pngPath, renderPng } from '../../scripts/open-data/png-badges.mjs';
import { quantile, kb, mb, ms, table } from './stats.mjs';

const DATA = join('dist', 'data');
const HEADING = '## 8. Open data (PNG badges, CSV, the data package)';

/** Every file under `dir`, relative to it. */
const everyFile = (dir, prefix = '') =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? everyFile(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );

function pngRows() {
  const rows = [];
  for (const [lang, folder] of [
    ['fr', join(DATA, 'badges')],
    ['en', join(DATA, 'badges', 'en')],
  ]) {
    const svgs = readdirSync(folder).filter((file) => file.endsWith('.svg'));
    for (const density of DENSITIES) {
      const sizes = svgs.map((svg) => statSync(pngPath(join(folder, svg), density)).size);
      const total = sizes.reduce((a, b) => a + b, 0);
      rows.push([
        `${lang}, ${density.zoom}×`,
        String(sizes.length),
        kb(quantile(sizes, 0.5)),
        kb(Math.max(...sizes)),
        kb(total),
      ]);
    }
  }
  return rows;
}

/** Renders every SVG badge at both densities in memory (what the build step spends on it). */
function renderTime() {
  const folders = [join(DATA, 'badges'), join(DATA, 'badges', 'en')];
  const svgs = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => file.endsWith('.svg'))
      .map((file) => readFileSync(join(folder, file), 'utf8')),
  );
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const svg of svgs) for (const density of DENSITIES) renderPng(svg, density.zoom);
  const { user, system } = process.cpuUsage(cpu);
  return {
    renders: svgs.length * DENSITIES.length,
    time: performance.now() - started,
    cpu: (user + system) / 1000,
  };
}

function packageRows() {
  const files = everyFile(DATA);
  const groups = [
    ['PNG badges', (f) => f.startsWith('badges/') && f.endsWith('.png')],
    ['SVG badges and shields.io JSON', (f) => f.startsWith('badges/') && !f.endsWith('.png')],
    ['members/ (one file per member)', (f) => f.startsWith('members/')],
    ['communes/ (all communes, in pieces)', (f) => f.startsWith('communes/')],
    [
      'open data: CSV, Table Schema, datapackage.json, changes.atom',
      (f) => /^(vae-members\.(csv|schema\.json)|datapackage\.json|changes\.atom)$/.test(f),
    ],
  ];
  const rows = [];
  let rest = files;
  for (const [name, test] of groups) {
    const group = files.filter(test);
    rest = rest.filter((f) => !test(f));
    const bytes = group.reduce((sum, f) => sum + statSync(join(DATA, f)).size, 0);
    rows.push([name, String(group.length), mb(bytes)]);
  }
  const bytes = rest.reduce((sum, f) => sum + statSync(join(DATA, f)).size, 0);
  rows.push([
    'the other top-level files (vae.json, per-element JSON, schemas…)',
    String(rest.length),
    mb(bytes),
  ]);
  const total = files.reduce((sum, f) => sum + statSync(join(DATA, f)).size, 0);
  rows.push(['**total**', String(files.length), `**${mb(total)}**`]);
  return rows;
}

export function openDataSection() {
  if (!existsSync(join(DATA, 'datapackage.json')))
    return `${HEADING}\n\nnot measured: ${DATA}/datapackage.json missing (run npm run build)`;
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', resolve(DATA)], { encoding: 'utf8' }),
  );
  const render = renderTime();
  const csv = measure([join(DATA, 'vae-members.csv')]);
  return [
    HEADING,
    'PNG badges for e-mail (`scripts/open-data/png-badges.mjs`), beside each SVG: sizes on disk (PNG is already compressed; a server does not gzip it).',
    table(['badges', 'files', 'median', 'largest', 'total'], pngRows()),
    `Rendering all ${render.renders} PNGs in memory, one thread (resvg, the build step's work without the writes; the build shares it among one worker per core): ${ms(render.time)} wall, ${ms(render.cpu)} CPU, ${(render.cpu / render.renders).toFixed(1)} ms CPU each.`,
    `\`vae-members.csv\`: ${kb(csv.raw)} raw, ${kb(csv.gzip)} gzip.`,
    'The data package (`dist/data`, published as `vae-widgets-data`), by part:',
    table(['part', 'files', 'size'], packageRows()),
    `\`npm pack dist/data\`: ${pack.entryCount} files, tarball ${mb(pack.size)}, unpacked ${mb(pack.unpackedSize)}.`,
  ].join('\n\n');
}
