import type { ElementTag } from './registry.js';
import { VERSION } from './version.js';

/** An element class of this library, any version: it says which. */
type VersionedElement = CustomElementConstructor & { readonly vaeVersion?: string };

// Shared by every copy on the page, so each tag is warned about once.
const WARNED = Symbol.for('vae-widgets.define-warned');

/**
 * Defines `tag` once per page. When another copy already holds it (the
 * script tag beside the npm package, two plugins), the first one stays: the
 * same version says nothing, another version warns once, naming both, so a
 * webmaster can tell which copy the page uses. Never throws.
 */
export function defineElement(tag: ElementTag, element: VersionedElement): void {
  const held = customElements.get(tag) as VersionedElement | undefined;
  if (!held) {
    customElements.define(tag, element);
    return;
  }
  if (held === element || held.vaeVersion === element.vaeVersion) return;
  const holder = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  const warned = (holder[WARNED] ??= new Set());
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `[vae-widgets] <${tag}> is already defined by vae-widgets ${held.vaeVersion ?? '(unknown version)'}; this copy (${element.vaeVersion ?? VERSION}) is not used.`,
  );
}
