// Debian's Firefox ESR for the browser tests, driven by puppeteer-core over
// WebDriver BiDi (Firefox has no DevTools protocol: what needs CDP stays in Chromium).
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { enginePrograms } from './engines.mjs';

export const FIREFOX_PATH = enginePrograms().firefox[0].path;

export function firefoxLauncher() {
  // With a custom puppeteer and `browser: 'firefox'`, the Chrome launcher
  // starts Firefox instead (this is all @web/test-runner-puppeteer does).
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: {
        // A closed network: no update, telemetry or captive-portal checks.
        'app.update.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        // Lets the test runner's window.focus() (run with a user activation) take the focus
        // back from the browser's own toolbar (test/server/window-focus-plugin.mjs).
        'dom.disable_window_flip': false,
      },
    },
  });
}
