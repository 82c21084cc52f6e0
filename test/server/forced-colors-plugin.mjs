// A test-runner command that emulates forced colors (Windows High Contrast)
// through the Chrome DevTools Protocol: @web/test-runner-commands' emulateMedia
// passes `forcedColors` to Playwright only, and Puppeteer's
// emulateMediaFeatures() rejects the feature name.
// In a test: await executeServerCommand('emulate-forced-colors', { active: true }).
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      // Emulation lasts as long as its CDP session: keep one per page.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
