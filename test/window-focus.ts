// The page side of test/server/window-focus-plugin.mjs.
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Asks the runner to give this page the window's focus; resolves whether the page holds it,
 * or `undefined` when the runner has no such command (a browser started by another config).
 */
export async function holdWindowFocus(): Promise<boolean | undefined> {
  try {
    await executeServerCommand('window-focus');
  } catch (error) {
    if (/Unknown command|not controlled by the test runner/.test(String(error))) return undefined;
    throw error;
  }
  return document.hasFocus();
}
