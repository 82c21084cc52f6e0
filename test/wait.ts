// The suite's one `waitUntil`: @open-wc/testing's, with a default timeout of 10 s instead
// of 1 s. A test waits for a state; how long the state takes to come is not what it tests,
// and on a busy machine (the suite's STRESS=1 mode, a shared CI core) 1 s is a race.
// ESLint forbids importing `waitUntil` from @open-wc/testing anywhere else.
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export const WAIT_TIMEOUT = 10_000;

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: WAIT_TIMEOUT, ...options });
}
