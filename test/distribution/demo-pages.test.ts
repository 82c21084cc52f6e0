// The demo (`npm start`) shows every element in every state — ready, empty,
// error, loading (a slow dataset) — in light and dark, French and English, and
// every page the demo's index links to exists.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { ELEMENT_TAGS } from '../element-tags.js';

async function openPage(url: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1200px; height: 900px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = url;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

for (const theme of ['light', 'dark']) {
  for (const lang of ['fr', 'en']) {
    describe(`demo/states.html, ${theme}, ${lang}`, () => {
      let iframe: HTMLIFrameElement;
      before(async () => {
        iframe = await openPage(`/demo/states.html?theme=${theme}&lang=${lang}`);
      });
      after(() => iframe.remove());

      it('has every element in every state, each reaching the state it shows', async () => {
        const doc = iframe.contentDocument!;
        const cells = Array.from(doc.querySelectorAll<HTMLElement>('[data-expect]'));
        const seen = new Set(cells.map((cell) => `${cell.localName}:${cell.dataset.expect}`));
        for (const tag of ELEMENT_TAGS)
          for (const state of ['ready', 'empty', 'error', 'loading'])
            expect(seen.has(`${tag}:${state}`), `${tag} ${state}`).to.equal(true);
        const wrong = () =>
          cells.filter((cell) => cell.getAttribute('state') !== cell.dataset.expect);
        await waitUntil(() => wrong().length === 0, 'states', { timeout: 15_000 }).catch(() => {
          throw new Error(
            wrong()
              .map((c) => `${c.localName} ${c.dataset.expect}≠${c.getAttribute('state')}`)
              .join(', '),
          );
        });
      });

      it(`speaks ${lang} and looks ${theme}`, () => {
        const doc = iframe.contentDocument!;
        const error = doc.querySelector('vae-partner-list[data-expect="error"]')!;
        const text = error.shadowRoot!.textContent!;
        expect(text).to.contain(
          lang === 'fr' ? 'sont indisponibles (erreur 404)' : 'is unavailable (error 404)',
        );
        const grid = doc.getElementById('states-grid')!;
        const background = getComputedStyle(grid).backgroundColor;
        if (theme === 'dark') {
          expect(background).to.equal('rgb(19, 34, 45)');
          expect(doc.querySelector('vae-city-badge')!.getAttribute('theme')).to.equal('dark');
        } else {
          expect(background).to.equal('rgba(0, 0, 0, 0)');
        }
      });
    });
  }
}

describe('demo/index.html', () => {
  it('links to pages that exist, the site’s embed builder among them', async () => {
    const iframe = await openPage('/demo/index.html');
    const links = Array.from(iframe.contentDocument!.querySelectorAll<HTMLAnchorElement>('nav a'));
    expect(links.map((link) => link.getAttribute('href'))).to.include('../dist/site/generateur/');
    for (const link of links) {
      const response = await fetch(link.href);
      expect(response.status, link.href).to.equal(200);
    }
    iframe.remove();
  });
});
