// Under a strict CSP with Trusted Types (test/server/csp.mjs), the built files
// run every element with no securitypolicyviolation and render correctly.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { Dataset } from '../../src/data/model.js';
import { builtDataset, flushTasks, shadowText } from '../helpers.js';
import { ELEMENT_TAGS } from '../element-tags.js';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}
type ProbedWindow = Window & { __violations: Violation[] };

/** Loads /csp/page.html?bundle=… in an iframe; resolves once it has loaded. */
async function cspPage(bundle: string) {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '1200';
  frame.src = `/csp/page.html?bundle=${bundle}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ProbedWindow;
  return { frame, win, doc: frame.contentDocument!, violations: () => win.__violations };
}

async function allReady(doc: Document, tags: string[]) {
  await waitUntil(
    () => tags.every((tag) => doc.querySelector(tag)?.getAttribute('state') === 'ready'),
    `not all ready: ${tags.map((t) => `${t}=${doc.querySelector(t)?.getAttribute('state')}`)}`,
    { timeout: 15_000 },
  );
}

/** Whitespace as shadowText() writes it. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The checks per element: what a reader must see once it has loaded (and been used). */
const checks: Record<string, (el: Element, data: Dataset) => Promise<void>> = {
  async 'vae-city-badge'(el) {
    expect(shadowText(el)).to.include('Agde').and.to.include('Ville amie des enfants');
    expect(el.shadowRoot!.querySelector('a[part="badge"]')!.getAttribute('href')).to.match(
      /^https:/,
    );
  },
  async 'vae-city-search'(el) {
    // Typed into; with all-communes, a commune outside the network answers too (communes/ pieces).
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'chamonix' });
    // What the reader had typed and saw, should it fail (WebKit once, on a loaded machine).
    const seen = () => `typed "${input.value}", saw: ${shadowText(el).slice(0, 300)}`;
    await waitUntil(() => el.shadowRoot!.querySelector('[role="option"]'), 'no option');
    await waitUntil(
      () => shadowText(el).includes('Chamonix-Mont-Blanc'),
      'Chamonix not listed',
    ).catch((error: Error) => {
      throw new Error(`${error.message}: ${seen()}`);
    });
    await sendKeys({ press: 'Escape' });
  },
  async 'vae-partner-list'(el, data) {
    const text = shadowText(el);
    for (const partner of data.partners)
      expect(text.includes(oneLine(partner.name.fr)), partner.name.fr).to.be.true;
  },
  async 'vae-member-count'(el, data) {
    await waitUntil(() => /\d/.test(shadowText(el)), 'no number');
    const digits = (text: string) => text.replace(/\D/g, '');
    await waitUntil(
      () => digits(shadowText(el)).includes(String(data.members.length)),
      `count is not ${data.members.length}: ${shadowText(el)}`,
    );
  },
  async 'vae-news-list'(el, data) {
    const text = shadowText(el);
    for (const item of data.news) expect(text.includes(oneLine(item.title)), item.title).to.be.true;
  },
  async 'vae-city-map'(el) {
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('path.dept')).to.have.length(101);
    const box = root.querySelector('svg')!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(300);
    root.querySelector<SVGElement>('path[data-code="34"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('[part="panel"]'), 'panel not open');
    expect(root.querySelector('[part="panel"]')!.textContent).to.include('Agde');
  },
};

describe('strict CSP + Trusted Types', () => {
  let data: Dataset;
  before(async () => {
    data = (await builtDataset()) as Dataset;
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the probe reports violations (a style attribute, a script string sink)', async () => {
    const { doc, violations } = await cspPage('none');
    expect(violations()).to.deep.equal([]);
    doc.getElementById('target')!.setAttribute('style', 'color: red');
    // A string where Trusted Types require a TrustedScript: refused and reported.
    const script = doc.createElement('script');
    expect(() => {
      script.text = 'window.__ran = 1';
    }).to.throw();
    await waitUntil(() => violations().length >= 2, 'violations not reported');
    const directives = violations().map((v) => v.directive);
    expect(directives).to.include('style-src-attr');
    expect(directives).to.include('require-trusted-types-for');
  });

  for (const bundle of ['all', 'elements', ...ELEMENT_TAGS]) {
    const tags = ELEMENT_TAGS.includes(bundle) ? [bundle] : ELEMENT_TAGS;
    it(`${bundle}: ${tags.length} element(s) ready, used, 0 violations`, async () => {
      const { doc, violations } = await cspPage(bundle);
      await allReady(doc, tags);
      for (const tag of tags) await checks[tag](doc.querySelector(tag)!, data);
      await flushTasks(); // violation reports are queued as tasks
      expect(violations()).to.deep.equal([]);
    });
  }
});
