// Issue 20, Done when 2: axe passes on each page type of the built site
// (dist/site/, served here under the sub-path /dist/site/), in every engine,
// once the page's elements have settled. The page is loaded as built, minus
// its Content-Security-Policy meta (which would refuse axe itself), into a
// same-origin frame whose <base> is the page's own address.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';

const SITE = '/dist/site/';
const PAGES = {
  home: '',
  'members index': 'membres/',
  'member page (commune)': 'membres/69123/',
  'member page (intercommunality, English)': 'en/members/200066918/',
  builder: 'generateur/',
  'element reference': 'composants/vae-city-map/',
  accessibility: 'accessibilite/',
  'content page': 'faq/',
};

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}
type AxeWindow = Window & {
  axe: { run(context: Document, options: object): Promise<AxeResult> };
};

async function openSitePage(path: string): Promise<HTMLIFrameElement> {
  const url = new URL(SITE + path, location.href).href;
  const html = (await (await fetch(url)).text())
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace(
      '<head>',
      `<head><base href="${url}"><script src="/node_modules/axe-core/axe.min.js"></script>`,
    );
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('the site’s pages pass axe (WCAG 2.1 A and AA)', function () {
  this.timeout(60_000);
  for (const [kind, path] of Object.entries(PAGES)) {
    it(kind, async () => {
      const frame = await openSitePage(path);
      const doc = frame.contentDocument!;
      await waitUntil(
        () =>
          [...doc.querySelectorAll('*')].every(
            (e) =>
              !e.localName.startsWith('vae-') ||
              ['ready', 'empty'].includes(e.getAttribute('state') ?? ''),
          ) &&
          (path !== 'generateur/' || doc.querySelector('#builder[data-ready]')),
        `${path}: elements not settled`,
        { timeout: 30_000 },
      );
      const win = frame.contentWindow as AxeWindow;
      await waitUntil(() => win.axe, 'axe loaded');
      const result = await win.axe.run(doc, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      const violations = result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(violations).to.deep.equal([]);
      frame.remove();
    });
  }
});
