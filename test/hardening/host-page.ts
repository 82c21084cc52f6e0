// Shared by the hardening tests: what a host page must still be able to do
// after one of our elements met a fault.
import type { Lang } from '../../src/i18n/lang.js';

export const LANGS: Lang[] = ['fr', 'en'];
export const other = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

let keys = 0;
/** A fresh URL key, so no cached dataset or failure from another test is reused. */
export const uniqueKey = () => `hb${Date.now().toString(36)}${(keys++).toString(36)}`;

declare global {
  interface Window {
    hostScriptRan?: string;
  }
}

/**
 * Runs a later host-page script (a classic inline <script>, as a CMS would add)
 * and a timer; resolves to what each did, so a test can assert the page still runs.
 */
export async function hostPageStillRuns(
  token: string,
): Promise<{ script?: string; timer: boolean }> {
  window.hostScriptRan = undefined;
  const script = document.createElement('script');
  script.textContent = `window.hostScriptRan = ${JSON.stringify(token)};`;
  document.body.append(script);
  script.remove();
  const timer = await new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0));
  return { script: window.hostScriptRan, timer };
}

/** Whether `node` renders at all (not display:none, not in a hidden subtree). */
export function isRendered(node: Element | null | undefined): boolean {
  return !!node && node.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
}
