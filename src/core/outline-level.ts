import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { headingLevel } from './heading.js';

/** The level of `el` as a heading (h1–h6, or `role="heading"`; `aria-level` first), else 0. */
function levelAsHeading(el: Element): number {
  const role = el.getAttribute('role');
  const native = /^h[1-6]$/.test(el.localName);
  // A role other than heading hides the native one (<h2 role="presentation">).
  if (role ? role !== 'heading' : !native) return 0;
  // ARIA's default level for role="heading" is 2.
  return Number(el.getAttribute('aria-level')) || (native ? Number(el.localName[1]) : 2);
}

/** Whether assistive technologies meet `el` (axe skips the same hidden headings). */
const exposed = (el: Element) =>
  !el.closest('[aria-hidden="true"]') && el.checkVisibility?.() !== false;

/**
 * The level of the nearest heading before `el` in document order, or 0 if none.
 * It walks back through `el`'s own tree (light DOM, slotted content included),
 * then, when that tree is a shadow root, on from its host in the enclosing tree.
 * It does not look inside other components' shadow roots: their headings
 * outline their own content (ours included: a news list after a partner list
 * is a sibling section, not a sub-section of the last partner).
 */
export function precedingHeadingLevel(el: Element): number {
  let node: Element = el;
  for (;;) {
    const root = node.getRootNode();
    const walker = node.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = node;
    for (let prev = walker.previousNode(); prev; prev = walker.previousNode()) {
      const level = levelAsHeading(prev as Element);
      if (level && exposed(prev as Element)) return level;
    }
    const host = (root as ShadowRoot).host;
    if (!host) return 0;
    node = host;
  }
}

/**
 * The heading level that continues the host page's outline at the element:
 * one below the nearest heading before it (h2 when there is none), 2–6.
 * Found once each time the element is connected (so also when it is moved),
 * never per render: walking the page is not free, and the level must not
 * change under a reader between renders.
 */
export class OutlineLevelController implements ReactiveController {
  level = 2;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.level = headingLevel(precedingHeadingLevel(this.host) + 1, 2);
    this.host.requestUpdate();
  }
}
