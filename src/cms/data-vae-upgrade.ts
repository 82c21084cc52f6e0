/**
 * The CMS kit: many CMSs strip unknown tags but keep a `<div>` with data
 * attributes. `<div data-vae="city-badge" data-city="69123">fallback</div>`
 * becomes `<vae-city-badge city="69123">fallback</vae-city-badge>`, for divs
 * present at load and for divs inserted later (no re-init call needed).
 */

import { ELEMENTS } from '../core/registry.js';

/** The element names a `data-vae` div may ask for. */
export const UPGRADABLE: ReadonlySet<string> = new Set(ELEMENTS.map((element) => element.name));

// Attribute names copied from `data-*`: plain names only, never an event
// handler (`data-onclick` must not become `onclick`) or inline style.
const SAFE_ATTRIBUTE = /^(?!on)(?!style$)[a-z][a-z0-9-]*$/;

/** Replaces one `data-vae` div by its element; returns the element, or null if refused. */
export function upgradeDiv(div: HTMLElement): HTMLElement | null {
  const name = div.dataset.vae?.trim().toLowerCase() ?? '';
  if (!UPGRADABLE.has(name) || !div.parentNode) return null;
  const element = div.ownerDocument.createElement(`vae-${name}`);
  for (const { name: attribute, value } of Array.from(div.attributes)) {
    if (!attribute.startsWith('data-') || attribute === 'data-vae') continue;
    const target = attribute.slice('data-'.length);
    if (SAFE_ATTRIBUTE.test(target)) element.setAttribute(target, value);
  }
  if (div.lang) element.lang = div.lang;
  if (div.id) element.id = div.id;
  if (div.className) element.className = div.className;
  // The div's content stays as the element's light-DOM fallback.
  element.append(...Array.from(div.childNodes));
  div.replaceWith(element);
  return element;
}

function upgradeWithin(root: ParentNode): void {
  if (root instanceof HTMLElement && root.matches('div[data-vae]')) upgradeDiv(root);
  for (const div of Array.from(root.querySelectorAll<HTMLElement>('div[data-vae]'))) {
    upgradeDiv(div);
  }
}

const STARTED = Symbol.for('vae-widgets.data-vae-observer');

/** Upgrades every `data-vae` div now and whenever one is added. Safe to call twice. */
export function startDataVaeUpgrades(doc: Document = document): void {
  const holder = doc as unknown as Record<symbol, boolean>;
  if (holder[STARTED]) return;
  holder[STARTED] = true;
  const run = () => {
    upgradeWithin(doc);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node instanceof HTMLElement) upgradeWithin(node);
        }
      }
    }).observe(doc.documentElement, { childList: true, subtree: true });
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}
