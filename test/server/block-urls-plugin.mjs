// A test-runner command that makes the browser refuse requests, as a broken CDN
// or a lost chunk would (DevTools protocol, Network.setBlockedURLs).
// In a test: await executeServerCommand('block-urls', { patterns: ['*fuse-scorer-*'] }),
// and executeServerCommand('block-urls', { patterns: [] }) to lift it.
const sessions = new WeakMap();

export function blockUrlsPlugin() {
  return {
    name: 'block-urls',
    async executeCommand({ command, payload, session }) {
      if (command !== 'block-urls') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        await cdp.send('Network.enable');
        sessions.set(page, cdp);
      }
      await cdp.send('Network.setBlockedURLs', { urls: payload?.patterns ?? [] });
      return true;
    },
  };
}
