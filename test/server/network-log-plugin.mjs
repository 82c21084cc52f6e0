// A test-runner command that records every request the test page makes, through
// the Chrome DevTools Protocol (Network domain): nothing the page sends escapes
// the log, whatever API made it (fetch, module import, image, beacon, CSS).
// (Requests of other targets, e.g. a service worker, would not appear here: the
// privacy test checks separately that none is registered.)
// In a test: await executeServerCommand('network-log', { action: 'start' }), then
// executeServerCommand('network-log', { action: 'stop' }) → [{url, type, method}].
const logs = new WeakMap();

export function networkLogPlugin() {
  return {
    name: 'network-log',
    async executeCommand({ command, payload, session }) {
      if (command !== 'network-log') return undefined;
      const page = session.browser.getPage(session.id);
      if (payload?.action === 'start') {
        const cdp = await page.createCDPSession();
        const requests = [];
        cdp.on('Network.requestWillBeSent', ({ request, type }) => {
          requests.push({ url: request.url, type: type ?? '', method: request.method });
        });
        await cdp.send('Network.enable');
        logs.set(page, { cdp, requests });
        return true;
      }
      const log = logs.get(page);
      if (!log) return [];
      logs.delete(page);
      await log.cdp.detach();
      return log.requests;
    },
  };
}
