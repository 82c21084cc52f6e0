// A blank same-origin page (an iframe's srcdoc) holding only what a host page
// would paste: its own module map, its own performance entries, and a record
// of its uncaught errors and console errors (set up before any of its scripts).
import { waitUntil } from '../wait.js';
import { idle } from '../helpers.js';

export interface Frame {
  win: Window & typeof globalThis;
  doc: Document;
  /** Uncaught errors, unhandled rejections and console.error calls, as text. */
  errors: string[];
  remove(): void;
}

// Classic inline script: runs first, before the page's module scripts.
const WATCH = `<script>
  window.pageErrors = [];
  addEventListener('error', (e) => pageErrors.push('error: ' + (e.error || e.message || e.target?.src || e.target?.href)), true);
  addEventListener('unhandledrejection', (e) => pageErrors.push('rejection: ' + e.reason));
  const consoleError = console.error.bind(console);
  console.error = (...args) => { pageErrors.push('console: ' + args.join(' ')); consoleError(...args); };
</script>`;

/** Opens `body` (HTML) in a fresh iframe and waits for its load event. */
export async function openFrame(body: string, head = ''): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 900px; height: 700px; border: 0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8">${WATCH}${head}</head><body>${body}</body></html>`;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis & { pageErrors: string[] };
  return {
    win,
    doc: iframe.contentDocument!,
    errors: win.pageErrors,
    remove: () => iframe.remove(),
  };
}

/** Resolves when the frame's event loop is idle (see `idle` in test/helpers.ts). */
export const whenIdle = (frame: Frame) => idle(frame.win);

/** Waits until every element of `selector` in the frame reflects one of `states`. */
export async function allSettled(
  frame: Frame,
  selector: string,
  states = ['ready'],
  timeout = 15_000,
): Promise<Element[]> {
  const elements = Array.from(frame.doc.querySelectorAll(selector));
  const describe = () =>
    elements.map((e) => `${e.localName}=${e.getAttribute('state')}`).join(', ');
  await waitUntil(
    () => elements.every((element) => states.includes(element.getAttribute('state') ?? '')),
    `not all ${states.join('|')}`,
    { timeout },
  ).catch((error: Error) => {
    throw new Error(`${error.message}: ${describe()}`);
  });
  return elements;
}

/** URLs of every resource the frame requested (scripts, fetches, preloads). */
export function requested(frame: Frame): string[] {
  return frame.win.performance.getEntriesByType('resource').map((entry) => entry.name);
}
