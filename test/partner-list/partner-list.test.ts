import { expect, fixture, html } from '@open-wc/testing';
import '../../src/partner-list/partner-list.define.js';
import { VaePartnerList } from '../../src/partner-list/partner-list.js';
import type { Dataset, Partner } from '../../src/data/model.js';
import { builtDataset, settled, shadowText } from '../helpers.js';

const SLOW = '/faults/slow?ms=1500&k=pl';
const links = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')];
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('li[part~="partner"]')];

// The same element, fed a dataset whose websites the schema would refuse: the
// element's own guard (safeHttpsUrl) is what is tested here.
const UNSAFE = [
  'javascript:alert(document.domain)',
  'http://amf.asso.fr',
  'data:text/html,<script>alert(1)</script>',
  'JaVaScRiPt:alert(1)',
  'ftp://example.org/',
];
class UnsafePartnerList extends VaePartnerList {
  protected override deriveView(dataset: Dataset) {
    const partners = dataset.partners.map((partner, index) =>
      index >= 1 && index <= UNSAFE.length ? { ...partner, website: UNSAFE[index - 1] } : partner,
    );
    return super.deriveView({ ...dataset, partners });
  }
}
customElements.define('vae-test-unsafe-partner-list', UnsafePartnerList);

describe('<vae-partner-list>', () => {
  let partners: Partner[];
  before(async () => {
    partners = ((await builtDataset()) as Dataset).partners;
  });

  it('passes axe (grid, fr)', async () => {
    const el = await fixture<VaePartnerList>(html`<vae-partner-list></vae-partner-list>`);
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('passes axe in the list layout, in English, and when empty', async () => {
    const list = await fixture<VaePartnerList>(
      html`<vae-partner-list layout="list" lang="en"></vae-partner-list>`,
    );
    await settled(list);
    await expect(list).to.be.accessible();
    const empty = await fixture<VaePartnerList>(
      html`<vae-partner-list category="nothing"></vae-partner-list>`,
    );
    await settled(empty);
    await expect(empty).to.be.accessible();
  });

  it('renders the 15 partners, grouped by category under headings, in <ul>/<li>', async () => {
    const el = await fixture<VaePartnerList>(html`<vae-partner-list></vae-partner-list>`);
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(items(el)).to.have.length(15);
    // No heading before it in the test page: categories are h2, names h3.
    const headings = [...el.shadowRoot!.querySelectorAll('h2')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['Institutions', 'Réseaux de collectivités', 'Associations']);
    expect(el.shadowRoot!.querySelectorAll('h3[part="name"]')).to.have.length(15);
    for (const ul of el.shadowRoot!.querySelectorAll('ul')) {
      expect([...ul.children].every((child) => child.localName === 'li')).to.be.true;
    }
    expect(shadowText(el)).to.contain('Défenseur des droits');
  });

  it('links the 14 websites with the exact https host, rel noopener, an external hint', async () => {
    const el = await fixture<VaePartnerList>(html`<vae-partner-list></vae-partner-list>`);
    await settled(el);
    const anchors = links(el);
    expect(anchors).to.have.length(14);
    const expected = partners.filter((p) => p.website).map((p) => new URL(p.website!).host);
    const shown = anchors.map((a) => new URL(a.href).host);
    expect(shown.sort()).to.deep.equal([...expected].sort());
    for (const a of anchors) {
      expect(a.protocol).to.equal('https:');
      expect(a.rel.split(/\s+/)).to.include.members(['noopener', 'noreferrer']);
      expect(a.hasAttribute('target')).to.be.false;
      // Visible host first (label in name), then the hint that it leaves the site.
      expect(a.textContent!.replace(/\s+/g, ' ').trim()).to.match(
        new RegExp(
          `^${new URL(a.href).host.replace(/\./g, '\\.')} \\(site externe (du |des |de la |de l’|d’|de ).+\\)$`,
        ),
      );
      expect(a.querySelector('.visually-hidden')).to.exist;
    }
    const noWebsite = partners.find((p) => !p.website)!;
    const item = items(el).find((li) => li.textContent!.includes(noWebsite.name.fr))!;
    expect(item.querySelector('a')).to.be.null;
    expect(item.querySelector('[part~="website"]')).to.be.null;
  });

  it('names each website’s owner with its article: du, de la, d’, de l’', async () => {
    const el = await fixture<VaePartnerList>(html`<vae-partner-list></vae-partner-list>`);
    await settled(el);
    const hints = links(el).map((a) => a.querySelector('.visually-hidden')!.textContent!.trim());
    expect(hints).to.include.members([
      '(site externe du Défenseur des droits)',
      '(site externe de la Croix-Rouge française)',
      '(site externe d’ATD Quart Monde)',
      '(site externe de l’Observatoire de la violence éducative ordinaire (OVEO))',
      '(site externe du Réseau Canopé)',
      '(site externe de Terra Nova)',
    ]);
  });

  it('renders javascript:, http: and data: websites as plain text, never as links', async () => {
    const el = await fixture<UnsafePartnerList>(
      html`<vae-test-unsafe-partner-list></vae-test-unsafe-partner-list>`,
    );
    await settled(el);
    expect(items(el)).to.have.length(15);
    expect(links(el)).to.have.length(14 - UNSAFE.length);
    for (const a of links(el)) expect(a.protocol).to.equal('https:');
    const text = shadowText(el);
    for (const website of UNSAFE) expect(text).to.contain(website);
    expect(el.shadowRoot!.querySelector('script')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('a dataset carrying such websites is refused by the data layer: error, no link', async () => {
    const el = await fixture<VaePartnerList>(
      html`<vae-partner-list src="/faults/mutate?case=partners-unsafe-websites"
        ><p>Nos partenaires</p></vae-partner-list
      >`,
    );
    await settled(el);
    expect(el.state).to.equal('error');
    expect(links(el)).to.have.length(0);
  });

  it('filters by category (one or several)', async () => {
    const el = await fixture<VaePartnerList>(
      html`<vae-partner-list category="association"></vae-partner-list>`,
    );
    await settled(el);
    const associations = partners.filter((p) => p.category === 'association');
    expect(items(el)).to.have.length(associations.length);
    expect(el.shadowRoot!.querySelectorAll('h2[part="heading"]')).to.have.length(1);
    el.category = 'institution, network-of-local-authorities';
    await settled(el);
    await el.updateComplete;
    expect(items(el)).to.have.length(partners.length - associations.length);
  });

  it('shows the empty slot when the filter matches nothing', async () => {
    const el = await fixture<VaePartnerList>(
      html`<vae-partner-list category="unknown"
        ><p slot="empty">Pas de partenaire ici.</p></vae-partner-list
      >`,
    );
    await settled(el);
    expect(el.state).to.equal('empty');
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Pas de partenaire ici.');
  });

  it('empty state without a slot: a message in the interface language', async () => {
    const el = await fixture<VaePartnerList>(
      html`<vae-partner-list
        src="/faults/mutate?case=no-institutions-no-news"
        category="institution"
        lang="en"
      ></vae-partner-list>`,
    );
    await settled(el);
    expect(el.state).to.equal('empty');
    expect(shadowText(el)).to.equal('No partner matches this filter.');
  });

  it('reflects the layout; grid lays out columns, list one column', async () => {
    const el = await fixture<VaePartnerList>(
      html`<div style="width: 900px"><vae-partner-list></vae-partner-list></div>`,
    );
    const list = el.querySelector('vae-partner-list')!;
    await settled(list);
    expect(list.getAttribute('layout')).to.equal('grid');
    const ul = list.shadowRoot!.querySelector('ul')!;
    expect(getComputedStyle(ul).gridTemplateColumns.split(' ').length).to.be.greaterThan(1);
    list.layout = 'list';
    await list.updateComplete;
    expect(list.getAttribute('layout')).to.equal('list');
    expect(getComputedStyle(ul).gridTemplateColumns.split(' ').length).to.equal(1);
  });

  it('speaks English: headings, names and descriptions', async () => {
    const el = await fixture<VaePartnerList>(html`<vae-partner-list lang="en"></vae-partner-list>`);
    await settled(el);
    const text = shadowText(el);
    expect(text).to.contain('Networks of local authorities');
    expect(text).to.contain('The Ombudsman');
    expect(text).to.contain(partners[1].description.en);
    expect(text).not.to.contain(partners[1].description.fr);
    expect(links(el)[0].textContent).to.contain('(external website of');
  });

  it('follows the nearest lang ancestor and honours heading-level', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB"><vae-partner-list heading-level="4"></vae-partner-list></div>`,
    );
    const el = wrapper.querySelector('vae-partner-list')!;
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('h4')).to.have.length(3);
    expect(el.shadowRoot!.querySelectorAll('h5')).to.have.length(15);
    expect(shadowText(el)).to.contain('Institutions');
    expect(shadowText(el)).to.contain('French Red Cross');
  });

  it('loading shows the light-DOM fallback; an error keeps it', async () => {
    const slow = await fixture<VaePartnerList>(
      html`<vae-partner-list src=${SLOW}><p>Nos partenaires</p></vae-partner-list>`,
    );
    await slow.updateComplete;
    expect(slow.state).to.equal('loading');
    expect(slow.shadowRoot!.querySelector('slot:not([name])')).to.exist;
    await expect(slow).to.be.accessible();
    const failed = await fixture<VaePartnerList>(
      html`<vae-partner-list src="/faults/404"><p>Nos partenaires</p></vae-partner-list>`,
    );
    await settled(failed);
    expect(failed.state).to.equal('error');
    await expect(failed).to.be.accessible();
  });
});
