// Two copies on one page (the script tag beside per-element files, beside the
// npm package's ESM in dist/lib): no customElements.define error, no console
// error, every element works, and the dataset is requested exactly once.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { openFrame, allSettled, requested, whenIdle, type Frame } from './frame.js';

const ALL_IN_ONE = '<script type="module" src="/dist/vae-widgets.js"></script>';
const PER_ELEMENT = ['vae-city-badge', 'vae-member-count', 'vae-partner-list']
  .map((tag) => `<script type="module" src="/dist/elements/${tag}.js"></script>`)
  .join('');
// The npm copy: ESM with bare `lit` imports (the test server resolves them, as a bundler would).
const NPM_COPY = '<script type="module" src="/dist/lib/index.js"></script>';

const ELEMENTS = `<vae-city-badge city="69123"></vae-city-badge>
  <vae-city-badge city="75056" variant="compact"></vae-city-badge>
  <vae-member-count no-animation></vae-member-count>
  <vae-partner-list></vae-partner-list>
  <vae-news-list limit="1"></vae-news-list>`;

async function requestCount(key: string): Promise<number> {
  return (await (await fetch(`/faults/requests/${key}`)).json()).count;
}

async function pageWith(scripts: string): Promise<{ frame: Frame; key: string }> {
  const key = `copies-${Math.random().toString(36).slice(2)}`;
  const frame = await openFrame(
    `${ELEMENTS}${scripts}`,
    `<meta name="vae:data" content="/faults/count/${key}/vae.json">`,
  );
  return { frame, key };
}

const orders: [string, string][] = [
  ['all-in-one, then per-element files, then the npm copy', ALL_IN_ONE + PER_ELEMENT + NPM_COPY],
  ['npm copy, then per-element files, then the all-in-one', NPM_COPY + PER_ELEMENT + ALL_IN_ONE],
];

for (const [name, scripts] of orders) {
  describe(`both copies on one page: ${name}`, () => {
    let frame: Frame;
    let key: string;

    before(async () => {
      ({ frame, key } = await pageWith(scripts));
      await allSettled(frame, 'vae-city-badge, vae-member-count, vae-partner-list, vae-news-list');
    });
    after(() => frame.remove());

    it('really loaded every copy', () => {
      const paths = requested(frame).map((url) => new URL(url).pathname);
      for (const path of [
        '/dist/vae-widgets.js',
        '/dist/elements/vae-city-badge.js',
        '/dist/lib/index.js',
        '/dist/lib/city-badge/city-badge.define.js',
      ])
        expect(paths, path).to.include(path);
    });

    it('every element renders and nothing reports an error', async () => {
      const badges = frame.doc.querySelectorAll('vae-city-badge');
      expect(badges[0].shadowRoot!.textContent).to.contain('Lyon');
      expect(badges[1].shadowRoot!.textContent).to.contain('Paris');
      await whenIdle(frame);
      expect(frame.errors).to.deep.equal([]);
    });

    it('requests the dataset exactly once', async () => {
      expect(await requestCount(key)).to.equal(1);
    });
  });
}

describe('the error watcher (control)', () => {
  it('does catch an unguarded second define and a console error', async () => {
    const frame = await openFrame(`<script type="module">
      class A extends HTMLElement {}
      customElements.define('x-twice', A);
      console.error('seen');
      customElements.define('x-twice', class extends HTMLElement {});
    </script>`);
    await waitUntil(() => frame.errors.length >= 2, frame.errors.join('\n'));
    expect(frame.errors.join('\n')).to.contain('console: seen');
    // WebKit's message does not name the tag: "Cannot define multiple custom elements with the same tag name".
    expect(frame.errors.join('\n')).to.match(/error: .*(x-twice|same tag name)/);
    frame.remove();
  });
});
