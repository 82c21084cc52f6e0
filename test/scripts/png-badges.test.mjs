// The PNG badges for e-mail: for every static SVG badge (fr and en), a 1× and
// a 2× PNG beside it, of the SVG's size times the density, drawn with the
// bundled font (no system font), the same bytes at every render.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { DENSITIES, FONT_FILES, pngPath, renderPng } from '../../scripts/open-data/png-badges.mjs';
import { ROOT } from './helpers.mjs';

const BADGES = join(ROOT, 'dist', 'data', 'badges');
const svgFiles = [BADGES, join(BADGES, 'en')].flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.svg'))
    .map((file) => join(dir, file)),
);

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature). */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const svgSize = (svg) => {
  const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(width), height: Number(height) };
};

test('every member has its PNG badges: fr and en, 1× and 2×, at the SVG size times the density', () => {
  const members = JSON.parse(readFileSync(join(ROOT, 'dist/data/vae.json'), 'utf8')).members;
  assert.equal(svgFiles.length, 2 * members.length, 'one fr and one en SVG per member');
  for (const svgFile of svgFiles) {
    const size = svgSize(readFileSync(svgFile, 'utf8'));
    for (const density of DENSITIES) {
      const file = pngPath(svgFile, density);
      assert.ok(existsSync(file), file);
      assert.deepEqual(pngSize(readFileSync(file)), {
        width: size.width * density.zoom,
        height: size.height * density.zoom,
      });
    }
  }
  assert.ok(
    existsSync(join(BADGES, '69123@2x.png')) && existsSync(join(BADGES, 'en', '69123.png')),
  );
});

const lyon = readFileSync(join(BADGES, '69123.svg'), 'utf8');

test('the same SVG renders to the same bytes twice, and to the file the build wrote', () => {
  for (const density of DENSITIES) {
    const first = renderPng(lyon, density.zoom);
    assert.equal(Buffer.compare(first, renderPng(lyon, density.zoom)), 0);
    assert.equal(
      Buffer.compare(first, readFileSync(join(BADGES, `69123${density.suffix}.png`))),
      0,
    );
  }
});

/** The rendered pixels (RGBA) of an SVG at 1×, with the bundled font or none. */
const pixels = (svg, fontFiles = FONT_FILES) =>
  new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Roboto' },
  }).render().pixels;
/** How many pixels are darker than the badge's light surface, in rows [top, bottom). */
function inked(rgba, width, top = 0, bottom = Infinity) {
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const y = Math.floor(i / 4 / width);
    if (y >= top && y < bottom && rgba[i] + rgba[i + 1] + rgba[i + 2] < 600) count++;
  }
  return count;
}

test('the text is drawn with the bundled font: without it, the badge would have no text', () => {
  const { width } = svgSize(lyon);
  const withFont = inked(pixels(lyon), width);
  const noFont = inked(pixels(lyon, []), width);
  assert.ok(withFont > noFont * 1.5, `${withFont} inked pixels with the font, ${noFont} without`);
});

test('two members’ badges differ where their names are, not in the title line above', () => {
  const agde = readFileSync(join(BADGES, '34003.svg'), 'utf8');
  const [a, b] = [lyon, agde].map((svg) => pixels(svg));
  const width = svgSize(lyon).width;
  assert.equal(width, svgSize(agde).width, 'both at the minimum width');
  // The name line is drawn at y = 44 (16 px, bold): its rows hold ink, and differ.
  const nameRows = [28, 48];
  assert.ok(inked(a, width, ...nameRows) > 200, 'not blank where the name is');
  const row = (rgba, y) => rgba.subarray(y * width * 4, (y + 1) * width * 4);
  const differs = (y) => Buffer.compare(row(a, y), row(b, y)) !== 0;
  assert.ok(Array.from({ length: 20 }, (_, k) => 28 + k).some(differs), 'the names differ');
  // The title line above it (y = 24, "Ville amie des enfants") is the same for both.
  assert.ok(
    !Array.from({ length: 10 }, (_, k) => 12 + k).some(differs),
    'the title line is the same',
  );
});
