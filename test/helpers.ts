// Shared test helpers: waiting for an element's state, giving the page the window's
// focus, and watching the page for errors that would reach a host page.
import { waitUntil } from './wait.js';

export { holdWindowFocus } from './window-focus.js';

export const DATASET_URL = '/dist/data/vae.json';

/** The built dataset, read as a user's browser would. */
export async function builtDataset() {
  const response = await fetch(DATASET_URL);
  return response.json();
}

/** Resolves once `element.state` is one of `states` (default: anything but loading). */
export async function settled(
  element: Element & { state?: string; updateComplete?: Promise<unknown> },
  states: string[] = ['ready', 'empty', 'error'],
  timeout = 15_000,
) {
  await waitUntil(
    () => states.includes(element.getAttribute('state') ?? ''),
    `state stayed ${element.getAttribute('state')}, expected ${states.join('|')}`,
    { timeout },
  );
  await element.updateComplete;
  return element;
}

/** Collects uncaught errors and unhandled rejections until `stop()`. */
export function watchPageErrors() {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return errors;
    },
  };
}

/** One turn of the event loop: a task, not a time (0 ms: whatever was queued before runs first). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Lets queued tasks surface before asserting that none did: error events,
 * unhandled rejections (notified in a task queued after the rejection's own)
 * and CSP violation reports are each dispatched from a queued task.
 */
export async function flushTasks() {
  await nextTask();
  await nextTask();
}

// Tests look requests up by name: keep every entry (the default buffer drops all past 250).
performance.setResourceTimingBufferSize(100_000);

/** Resolves once the browser has received the whole response of a URL containing `part`, and its handlers ran. */
export async function responseArrived(part: string, timeout = 10_000) {
  const arrived = () =>
    performance.getEntriesByType('resource').some((entry) => entry.name.includes(part));
  await waitUntil(arrived, `no response for ${part}`, { timeout });
  await flushTasks();
}

/**
 * Resolves after an IntersectionObserver's first report on `el`: every
 * observer of the page (the element's own too) reports in that same step.
 */
export function intersectionReported(el: Element) {
  return new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });
}

/**
 * Resolves when `win`'s event loop is idle: its idle callback has run (after
 * pending tasks and rendering), then two task turns; where an engine has no
 * idle callbacks (WebKitGTK), two task turns.
 */
export async function idle(win: Window = window) {
  const withIdle = win as Window & { requestIdleCallback?: (run: () => void) => number };
  if (withIdle.requestIdleCallback) {
    await new Promise<void>((resolve) => withIdle.requestIdleCallback!(() => resolve()));
  }
  await new Promise((resolve) => win.setTimeout(resolve, 0));
  await new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Resolves once `count` frames have been rendered (layout shifts and paints are scored there). */
export async function renderedFrames(count: number) {
  for (let i = 0; i < count; i += 1) await new Promise(requestAnimationFrame);
}

/** Every `fetch()` the page starts until `stop()`, as called (a request still in flight is listed too). */
export function watchFetches() {
  const urls: string[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    urls.push(new URL(url, location.href).href);
    return original.call(window, input, init);
  };
  return {
    urls,
    stop() {
      window.fetch = original;
      return urls;
    },
  };
}

/** The visible text of an element's shadow root (slots' fallbacks included). */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The three engines the suite runs in (web-test-runner.config.mjs). */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine running this page, from its user agent (MiniBrowser says only "AppleWebKit"). */
export const engine: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * A test or suite only some engines can run, e.g. one that needs Chromium's
 * DevTools protocol. Its title carries a visible tag, `[chromium only: reason]`,
 * in every engine; where it cannot run it is skipped, and the skip list printed
 * at the end of the run shows that title. See test/README.md.
 */
export function onlyIn(engines: Engine[], reason: string) {
  const runs = engines.includes(engine);
  const tag = ` [${engines.join(' + ')} only: ${reason}]`;
  return {
    it: (title: string, fn: Mocha.AsyncFunc | Mocha.Func) => (runs ? it : it.skip)(title + tag, fn),
    describe: (title: string, fn: (this: Mocha.Suite) => void) =>
      (runs ? describe : describe.skip)(title + tag, fn),
  };
}

/** `onlyIn(['chromium'], reason)`: for what needs the DevTools protocol (CDP). */
export const chromiumOnly = (reason: string) => onlyIn(['chromium'], reason);

/** Reasons shared by many tests, so the skip list reads the same everywhere. */
export const NEEDS = {
  /** emulateMedia (prefers-color-scheme, prefers-reduced-motion): CDP's Emulation domain. */
  mediaEmulation: 'media emulation needs the DevTools protocol',
  /** test/server/forced-colors-plugin.mjs */
  forcedColors: 'forced-colors emulation needs the DevTools protocol',
  /** test/server/network-log-plugin.mjs */
  networkLog: 'the network log needs the DevTools protocol',
  /** test/server/block-urls-plugin.mjs */
  blockUrls: 'refusing requests needs the DevTools protocol',
} as const;
