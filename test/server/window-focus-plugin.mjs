// A test-runner command that gives the test page the window's focus, as a person's
// click on the page would. Pressing Tab past a page's last control moves the focus
// into the browser's own (invisible, headless) toolbar in Chromium and Firefox, and
// the page cannot take it back itself: window.focus() without a user action is
// ignored. As web-test-runner reuses one page per engine, every later test file
// would run with document.hasFocus() false, no :focus style and no focus event.
// In a test page: await executeServerCommand('window-focus') → document.hasFocus().
export function windowFocusPlugin() {
  return {
    name: 'window-focus',
    async executeCommand({ command, session }) {
      if (command !== 'window-focus') return undefined;
      const page = session.browser.getPage(session.id);
      // Chromium: the DevTools protocol's Page.bringToFront gives the page the focus back.
      await page.bringToFront?.();
      // Firefox: window.focus() run with a user activation (puppeteer's BiDi evaluate),
      // allowed by dom.disable_window_flip = false (scripts/lib/firefox.mjs).
      // (WebKit's MiniBrowser keeps Tab inside the page: its command page needs neither.)
      await page.evaluate?.(() => window.focus());
      return true;
    },
  };
}
