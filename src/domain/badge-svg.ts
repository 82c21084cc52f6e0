/**
 * The static badge: the same look as `<vae-city-badge variant="full">`, as a
 * pure SVG string (no script, no event attribute, no external reference) for
 * sites whose CMS strips JavaScript. Used by `scripts/build-badges.mjs`.
 */
import { MARK, PALETTES, accessibleName, type BadgeWording } from './badge-look.js';

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

// Fixed SVG metrics (px): a 1 rem = 16 px rendering of the full variant.
const HEIGHT = 88;
const TEXT_X = 72;
const MIN_WIDTH = 300;
/** Average advance of a glyph, in em, for a sans-serif (bold names run wider). */
const ADVANCE = { regular: 0.54, bold: 0.6 };

function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? ADVANCE.bold : ADVANCE.regular);
}

/** The full badge as a standalone SVG document. */
export function badgeSvg(wording: BadgeWording, theme: 'light' | 'dark' = 'light'): string {
  const c = PALETTES[theme];
  const lines = [
    { text: wording.title, y: 24, size: 13, bold: true, fill: c.accent },
    { text: wording.name, y: 44, size: 16, bold: true, fill: c.ink },
    { text: wording.place, y: 62, size: 12, bold: false, fill: c.muted },
    { text: wording.period, y: 78, size: 12, bold: false, fill: c.ink },
  ];
  const width = Math.ceil(
    Math.max(MIN_WIDTH, ...lines.map((l) => TEXT_X + 12 + textWidth(l.text, l.size, l.bold))),
  );
  const mark = MARK.shapes.map((s) => `<path fill="${c[s.fill]}" d="${s.d}"/>`).join('');
  const text = lines
    .map(
      (l) =>
        `<text x="${TEXT_X}" y="${l.y}" font-size="${l.size}"${l.bold ? ' font-weight="700"' : ''} fill="${l.fill}">${escapeXml(l.text)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-labelledby="t" xml:lang="${wording.lang}">` +
    `<title id="t">${escapeXml(accessibleName(wording))}</title>` +
    `<rect x="1" y="1" width="${width - 2}" height="${HEIGHT - 2}" rx="8" fill="${c.surface}" stroke="${c.border}" stroke-width="2"/>` +
    `<g transform="translate(12 20)">${mark}</g>` +
    `<g font-family="system-ui,-apple-system,'Segoe UI',Roboto,sans-serif">${text}</g></svg>\n`
  );
}

/** The shields.io endpoint description (https://shields.io/badges/endpoint-badge). */
export function shieldsEndpoint(wording: BadgeWording): {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
} {
  return {
    schemaVersion: 1,
    label: wording.title,
    message: `${wording.name} · ${wording.periodShort}`,
    color: PALETTES.light.accent.slice(1),
  };
}
