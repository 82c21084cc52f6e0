// Measurable checks for the accessibility sweep: clipped text, colours that
// disappear, running animations.
import { rgba, type Rgba } from '../contrast.js';

/** Every element of a shadow tree (and of nested shadow trees), host first. */
export function allElements(host: Element): Element[] {
  const found: Element[] = [host];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return found;
}

/** Kept for screen readers only: clipped on purpose. */
const isVisuallyHidden = (el: Element) => !!el.closest('.visually-hidden');

const ownText = (el: Element) =>
  [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');

const rendered = (el: Element) =>
  el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);

/** Whether `el` is rendered and shows text of its own (for screen readers only does not count). */
export function showsText(el: Element): boolean {
  return (
    !isVisuallyHidden(el) &&
    rendered(el) &&
    (ownText(el) || (el instanceof HTMLInputElement && !!(el.value || el.placeholder)))
  );
}

/** Elements that show text of their own. */
export function textElements(host: Element): Element[] {
  return allElements(host).filter(showsText);
}

/**
 * Boxes that hide overflow (hidden or clip) yet hold more than they show. Boxes
 * that scroll (auto, scroll) are not clipping: the reader can reach the text.
 */
export function clippedBoxes(host: Element): string[] {
  const clipped: string[] = [];
  for (const el of allElements(host)) {
    if (isVisuallyHidden(el) || !(el instanceof HTMLElement)) continue;
    if (!el.textContent?.trim()) continue;
    const style = getComputedStyle(el);
    const hides = (v: string) => v === 'hidden' || v === 'clip';
    const x = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
    const y = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    const ellipsis = style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1;
    if (x || y || ellipsis) clipped.push(describe(el));
  }
  return clipped;
}

export function describe(el: Element): string {
  const part = el.getAttribute('part');
  return `${el.tagName.toLowerCase()}${part ? `[part="${part}"]` : ''}${el.id ? `#${el.id}` : ''}`;
}

/** The colour painted behind `el`: the first opaque background up the tree, else Canvas. */
export function backgroundOf(el: Element): Rgba {
  let node: Element | null = el;
  while (node) {
    const color = rgba(getComputedStyle(node).backgroundColor);
    if (color[3] > 0.5) return color;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return rgba('Canvas');
}

const same = (a: Rgba, b: Rgba) => a.slice(0, 3).every((v, i) => Math.abs(v - b[i]) < 8);
const invisible = (c: Rgba, background: Rgba) => c[3] < 0.5 || same(c, background);

/** Text whose colour vanishes into its background, and borders that do. */
export function vanishingInk(host: Element): string[] {
  const lost: string[] = [];
  for (const el of allElements(host)) {
    if (isVisuallyHidden(el) || !rendered(el)) continue;
    const style = getComputedStyle(el);
    const background = backgroundOf(el);
    if (showsText(el) && !(el instanceof SVGElement)) {
      if (invisible(rgba(style.color), background)) lost.push(`text of ${describe(el)}`);
    }
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
      const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
      if (!width || kind === 'none' || kind === 'hidden') continue;
      const parentBackground = el.parentElement ? backgroundOf(el.parentElement) : background;
      const color = rgba(style.getPropertyValue(`border-${side.toLowerCase()}-color`));
      // A border is seen against what lies outside the box.
      if (invisible(color, parentBackground) && invisible(color, background)) {
        lost.push(`${side.toLowerCase()} border of ${describe(el)}`);
      }
    }
  }
  return lost;
}

/** Animations running in the page or in the element's shadow tree. */
export function runningAnimations(host: Element): Animation[] {
  const roots = [document, ...allElements(host).flatMap((el) => el.shadowRoot ?? [])];
  return [...new Set(roots.flatMap((root) => root.getAnimations()))].filter(
    (a) => a.playState === 'running',
  );
}
