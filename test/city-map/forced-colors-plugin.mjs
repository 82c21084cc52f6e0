// A test-runner command that emulates `forced-colors: active` in Chromium.
// @web/test-runner-commands' emulateMedia passes `forcedColors` only to
// Playwright; with the Puppeteer-driven Chromium we use here it is dropped, so
// this command sends the DevTools Protocol call itself.
export function forcedColorsPlugin() {
  return {
    name: 'vae-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'vae-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`vae-forced-colors: unsupported browser ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      const client = await page.createCDPSession();
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
