// A page with only dist/vae-widgets.js (the one-script-tag path): every element
// is defined and reaches `ready` with the real dataset, without any error, and
// the CMS kit's data-vae div is upgraded by the same file.
import { expect } from '@open-wc/testing';
import { openFrame, allSettled, requested, type Frame } from './frame.js';
import { ELEMENT_TAGS } from '../element-tags.js';

describe('a page with dist/vae-widgets.js only', () => {
  let frame: Frame;

  before(async () => {
    frame = await openFrame(
      `<vae-city-badge city="69123"></vae-city-badge>
       <vae-city-search label="Votre commune"></vae-city-search>
       <vae-partner-list></vae-partner-list>
       <vae-member-count no-animation></vae-member-count>
       <vae-news-list limit="2"></vae-news-list>
       <vae-city-map></vae-city-map>
       <div data-vae="city-badge" data-city="75056" id="cms">Paris</div>
       <script type="module" src="/dist/vae-widgets.js"></script>`,
    );
  });
  after(() => frame.remove());

  it('defines all six elements', () => {
    for (const tag of ELEMENT_TAGS)
      expect(frame.win.customElements.get(tag), tag).to.be.a('function');
  });

  it('every element reaches ready', async () => {
    const elements = await allSettled(
      frame,
      ELEMENT_TAGS.map((tag) => `${tag}:not(#cms)`).join(','),
    );
    expect(elements.map((element) => element.localName)).to.deep.equal(ELEMENT_TAGS);
    for (const element of elements) {
      expect(element.shadowRoot!.textContent!.trim(), element.localName).not.to.equal('');
    }
  });

  it('upgrades a data-vae div into a working badge', async () => {
    const [badge] = await allSettled(frame, '#cms');
    expect(badge.localName).to.equal('vae-city-badge');
    expect(badge.shadowRoot!.textContent).to.contain('Paris');
  });

  it('loads no other script and reports no error', () => {
    const scripts = requested(frame).filter((url) => new URL(url).pathname.endsWith('.js'));
    expect(scripts.map((url) => new URL(url).pathname)).to.deep.equal(['/dist/vae-widgets.js']);
    expect(frame.errors).to.deep.equal([]);
  });
});
