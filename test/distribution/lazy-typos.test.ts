// The search's typo scorer (fuse.js) is a chunk of its own, fetched on first
// focus: a page that never searches does not pay for it, and a chunk that fails
// to arrive leaves exact and prefix matches working, with no error in the page.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { openFrame, allSettled, requested, type Frame } from './frame.js';
import { chromiumOnly, engine, NEEDS } from '../helpers.js';

const PAGE = `<vae-city-search></vae-city-search>
  <script type="module" src="/dist/elements/vae-city-search.js"></script>`;

const fuseRequests = (frame: Frame) =>
  requested(frame).filter((url) => url.includes('fuse-scorer-'));

function type(frame: Frame, text: string) {
  const input = frame.doc.querySelector('vae-city-search')!.shadowRoot!.querySelector('input')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const optionNames = (frame: Frame) =>
  [
    ...frame.doc
      .querySelector('vae-city-search')!
      .shadowRoot!.querySelectorAll('[role="option"] [part~="name"]'),
  ].map((name) => name.textContent!.trim());

describe('the search loads fuse.js lazily (built files)', () => {
  afterEach(async () => {
    if (engine === 'chromium') await executeServerCommand('block-urls', { patterns: [] });
  });

  it('fetches the typo chunk only on first focus, then answers a typo', async () => {
    const frame = await openFrame(PAGE);
    await allSettled(frame, 'vae-city-search');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fuseRequests(frame)).to.deep.equal([]);
    type(frame, 'marseile');
    await waitUntil(() => optionNames(frame)[0] === 'Marseille', 'no typo answer', {
      timeout: 5000,
    });
    expect(fuseRequests(frame)).to.have.length(1);
    expect(frame.errors).to.deep.equal([]);
    frame.remove();
  });

  chromiumOnly(NEEDS.blockUrls).it(
    'without the chunk, exact and prefix matches still answer and nothing is thrown',
    async () => {
      await executeServerCommand('block-urls', { patterns: ['*fuse-scorer-*'] });
      const frame = await openFrame(PAGE);
      await allSettled(frame, 'vae-city-search');
      type(frame, 'lyo');
      await waitUntil(() => optionNames(frame).includes('Lyon'), 'no prefix answer', {
        timeout: 5000,
      });
      // Give the refused import time to settle: it must not reach the page as an error.
      await new Promise((resolve) => setTimeout(resolve, 500));
      type(frame, 'marseile');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(optionNames(frame)).to.deep.equal([]);
      expect(frame.doc.querySelector('vae-city-search')!.getAttribute('state')).to.equal('ready');
      expect(frame.errors).to.deep.equal([]);
      frame.remove();
    },
  );
});
