// Shared test helpers: waiting for an element's state, and watching the page
// for errors that would reach a host page.
import { waitUntil } from '@open-wc/testing';

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

/** Lets pending tasks and rejections surface before asserting that none did. */
export const flushTasks = () => new Promise((resolve) => setTimeout(resolve, 50));

/** The visible text of an element's shadow root (slots' fallbacks included). */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
