// The search's typo scorer (fuse.js) is a chunk of its own, fetched on first
// focus: a page that never searches does not pay for it, and a chunk that fails
// to arrive leaves exact and prefix matches working, with no error in the page.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { openFrame, allSettled, requested, whenIdle, type Frame } from './frame.js';
import { chromiumOnly, engine, flushTasks, NEEDS } from '../helpers.js';

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

/** The search's typo chunk failed to load (its @lit/task status, as the element holds it: 3 = error). */
const typosFailed = (frame: Frame) =>
  (
    frame.doc.querySelector('vae-city-search') as unknown as {
      resources: { typos: { status: number } };
    }
  ).resources.typos.status === 3;

/** The query the live region's last announcement answers. */
const liveQuery = (frame: Frame) =>
  frame.doc
    .querySelector('vae-city-search')!
    .shadowRoot!.querySelector<HTMLElement>('[role="status"]')!.dataset.query;

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
    await whenIdle(frame); // anything lazy not tied to focus would have started by now
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
      // The refused import has settled (it must not reach the page as an error)…
      await waitUntil(() => typosFailed(frame), 'the typo chunk did not fail');
      type(frame, 'marseile');
      // …and the search has answered the typo without it.
      await waitUntil(() => liveQuery(frame) === 'marseile', 'no announcement for the typo');
      await flushTasks();
      expect(optionNames(frame)).to.deep.equal([]);
      expect(frame.doc.querySelector('vae-city-search')!.getAttribute('state')).to.equal('ready');
      expect(frame.errors).to.deep.equal([]);
      frame.remove();
    },
  );
});
