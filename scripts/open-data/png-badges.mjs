// PNG renderings of the static SVG badges, for e-mail signatures and
// newsletters (the main mail clients show no SVG): beside each
// badges/<code>.svg (fr) and badges/en/<code>.svg, `<code>.png` (1×) and
// `<code>@2x.png` (2×). Rendered by resvg with Roboto (one of the fonts the
// SVG names) from an npm package and no system font, so the pixels are the
// same on every machine.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const ROBOTO = dirname(require.resolve('@expo-google-fonts/roboto/package.json'));

/** The bundled font files: the SVG's text is regular and bold (700). */
export const FONT_FILES = ['400Regular', '700Bold'].map((weight) =>
  join(ROBOTO, weight, `Roboto_${weight}.ttf`),
);

/** The densities written, and the file name suffix of each. */
export const DENSITIES = [
  { zoom: 1, suffix: '' },
  { zoom: 2, suffix: '@2x' },
];

/** One SVG document as a PNG at `zoom` (1 = the SVG's own size in CSS pixels). */
export function renderPng(svg, zoom) {
  return new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: 'Roboto',
      sansSerifFamily: 'Roboto',
    },
  })
    .render()
    .asPng();
}

/** The PNG's path for an SVG badge's path, at a density (`69123.svg` → `69123@2x.png`). */
export const pngPath = (svgPath, density) => svgPath.replace(/\.svg$/, `${density.suffix}.png`);

/** Renders and writes every density of the SVG badges `svgPaths`; returns counts and bytes. */
export function writePngs(svgPaths) {
  const stats = { files: 0, bytes: { 1: 0, 2: 0 } };
  for (const svgPath of svgPaths) {
    const svg = readFileSync(svgPath, 'utf8');
    for (const density of DENSITIES) {
      const png = renderPng(svg, density.zoom);
      writeFileSync(pngPath(svgPath, density), png);
      stats.files += 1;
      stats.bytes[density.zoom] += png.length;
    }
  }
  return stats;
}

/**
 * Writes every density of every SVG badge in `dir` and `dir/en`, shared among
 * one worker thread per core (1,200 renders take ~6 s of CPU, most of it resvg
 * loading the fonts for each render); returns counts and bytes.
 */
export async function writePngBadges(dir) {
  const svgPaths = [dir, join(dir, 'en')].flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => file.endsWith('.svg'))
      .map((file) => join(folder, file)),
  );
  const workers = Math.max(1, Math.min(availableParallelism(), 4));
  const shares = Array.from({ length: workers }, (_, k) =>
    svgPaths.filter((_, i) => i % workers === k),
  );
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL('./png-badges-worker.mjs', import.meta.url), {
            workerData: share,
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return results.reduce(
    (sum, r) => ({
      files: sum.files + r.files,
      bytes: { 1: sum.bytes[1] + r.bytes[1], 2: sum.bytes[2] + r.bytes[2] },
    }),
    { files: 0, bytes: { 1: 0, 2: 0 } },
  );
}
