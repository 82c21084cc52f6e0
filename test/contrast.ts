// WCAG relative luminance and contrast ratio of colours as computed styles give
// them: one rule for every test that checks that text or a border stands out.

export type Rgba = [number, number, number, number];

/**
 * A computed colour → rgba numbers. Computed colours come as rgb()/rgba(); a
 * keyword (Canvas) is resolved on a probe that forced colours leave alone.
 */
export function rgba(color: string): Rgba {
  let resolved = color;
  if (!/^rgba?\(/.test(color)) {
    const probe = document.createElement('div');
    probe.style.setProperty('forced-color-adjust', 'none');
    probe.style.color = color;
    document.body.append(probe);
    resolved = getComputedStyle(probe).color;
    probe.remove();
  }
  const parts = resolved.match(/[\d.]+/g)!.map(Number);
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

const channel = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const relativeLuminance = ([r, g, b]: Rgba) =>
  0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** The WCAG relative luminance of a computed colour (0 for black to 1 for white). */
export const luminance = (color: string) => relativeLuminance(rgba(color));

/** The WCAG contrast ratio of two opaque colours (1 to 21). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The WCAG contrast ratio of two computed colours. */
export const contrast = (a: string, b: string) => contrastRatio(rgba(a), rgba(b));
