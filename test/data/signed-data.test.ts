// Signed data (issue 25): code loaded from the CDN (here the local stand-in, a
// real HTTP server) reads the data package's range, and shows a file only if
// a key it trusts signed its exact bytes. A release as built is shown; the
// same release with one change made after signing (a title's status, a
// member's name, a partner's link: valid JSON, valid schema), re-signed by a
// key no code trusts, or without its signature, is refused: the element ends
// in `error`, its fallback stays, and nothing of the changed file reaches the
// page. test/server/signed-cdn-plugin.mjs makes each case's release.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { allSettled, openFrame, type Frame } from '../distribution/frame.js';

type Case = 'release' | 'title-status' | 'member-name' | 'partner-url' | 'unknown-key' | 'unsigned';

const frames: Frame[] = [];

/** A page with `body`, loading `element`'s bundle from a stand-in CDN serving `release`. */
async function pageWith(release: Case, element: string, body: string): Promise<Frame> {
  const cdn = await executeServerCommand<{ origin: string; codeVersion: string }, { case: Case }>(
    'signed-cdn',
    { case: release },
  );
  const code = `${cdn!.origin}/npm/vae-widgets@${cdn!.codeVersion}/dist/elements/${element}.js`;
  const frame = await openFrame(`${body}<script type="module" src="${code}"></script>`);
  frames.push(frame);
  return frame;
}

/** Every text and link the page shows, shadow roots included. */
function shownText(root: Document | ShadowRoot): string {
  const parts: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const node of element.childNodes)
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const href = element.getAttribute('href');
    if (href) parts.push(href);
    if (element.shadowRoot) parts.push(shownText(element.shadowRoot));
  }
  return parts.join(' ');
}

const badge = (extra = '') =>
  `<vae-city-badge city="69123" ${extra}><span id="fallback">Lyon (repli)</span></vae-city-badge>`;

/** Refused: `error`, the fallback shown in place of the badge, and the page without `changed`. */
async function expectRefused(frame: Frame, selector: string, changed: string[]) {
  const [element] = await allSettled(frame, selector, ['ready', 'empty', 'error']);
  expect(element.getAttribute('state')).to.equal('error');
  const text = shownText(frame.doc);
  for (const piece of changed) expect(text).not.to.include(piece);
  return element;
}

async function expectBadgeRefused(frame: Frame, changed: string[]) {
  const element = await expectRefused(frame, 'vae-city-badge', changed);
  const fallback = frame.doc.getElementById('fallback')!;
  expect(fallback.assignedSlot, 'the fallback is slotted').to.not.equal(null);
  expect(element.shadowRoot!.querySelector('[part~="name"]'), 'no badge drawn').to.equal(null);
}

describe('signed data from the CDN range', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('shows a release as signed by the build: the badge and the partners are ready', async () => {
    const frame = await pageWith('release', 'vae-city-badge', badge());
    const [element] = await allSettled(frame, 'vae-city-badge');
    expect(shownText(element.shadowRoot!)).to.include('Lyon');
    const partners = await pageWith(
      'release',
      'vae-partner-list',
      '<vae-partner-list></vae-partner-list>',
    );
    await allSettled(partners, 'vae-partner-list');
    expect(frame.errors).to.deep.equal([]);
  });

  it('refuses a title whose status was changed after signing', async () => {
    const frame = await pageWith('title-status', 'vae-city-badge', badge('candidate'));
    await expectBadgeRefused(frame, ['andidat', 'Ville amie']);
  });

  it('refuses a member whose name was changed after signing', async () => {
    const frame = await pageWith('member-name', 'vae-city-badge', badge());
    await expectBadgeRefused(frame, ['Contrefaite', 'Ville amie']);
  });

  it('refuses partners whose link was changed after signing, saying why', async () => {
    const frame = await pageWith(
      'partner-url',
      'vae-partner-list',
      '<vae-partner-list></vae-partner-list>',
    );
    const element = await expectRefused(frame, 'vae-partner-list', ['contrefacon', 'Délégation']);
    expect(shownText(element.shadowRoot!)).to.include('Données non authentifiées');
  });

  it('refuses a file signed by a key the code does not trust', async () => {
    const frame = await pageWith('unknown-key', 'vae-city-badge', badge());
    await expectBadgeRefused(frame, ['Ville amie']);
  });

  it('refuses a file with no signature', async () => {
    const frame = await pageWith('unsigned', 'vae-city-badge', badge());
    await expectBadgeRefused(frame, ['Ville amie']);
    const partners = await pageWith(
      'unsigned',
      'vae-partner-list',
      '<vae-partner-list lang="en"></vae-partner-list>',
    );
    const element = await expectRefused(partners, 'vae-partner-list', ['Délégation']);
    expect(shownText(element.shadowRoot!)).to.include('Data not authenticated');
  });
});
