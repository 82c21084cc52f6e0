// Issue 16: the lists' headings continue the host page's outline (one below
// the nearest heading before the element, h2 when there is none), and an
// independent axe run over a page holding every element finds no skipped level.
import { expect, fixture, html } from '@open-wc/testing';
// axe's own build registers `window.axe` (what chai-a11y-axe wraps).
import 'axe-core/axe.min.js';
import type Axe from 'axe-core';
import '../../src/index.js';
import { DATASET_URL, settled } from '../helpers.js';
import { ELEMENT_TAGS } from '../element-tags.js';
import { ELEMENTS, mount } from './elements.js';

type Ready = HTMLElement & { state?: string; updateComplete?: Promise<unknown> };

/** The tag names (h2…h6) of `el`'s headings with `part`, in order. */
const levels = (el: Element, part: string) =>
  [...el.shadowRoot!.querySelectorAll(`[part="${part}"]`)].map((h) => h.localName);

/** What the two lists render: news titles; partner categories, then names. */
const LISTS = [
  { tag: 'vae-news-list', parts: ['title'] },
  { tag: 'vae-partner-list', parts: ['heading', 'name'] },
];

const below = (tag: string, steps: number) => `h${Math.min(6, Number(tag[1]) + steps)}`;

/** Mounts a list into `container` (an element or a shadow root) and waits until it is ready. */
async function list(tag: string, container: ParentNode, attributes: Record<string, string> = {}) {
  const el = document.createElement(tag) as Ready;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  await settled(el, ['ready']);
  return el;
}

describe('headings follow the host page outline', () => {
  const pages: [string, string][] = [
    ['h1', 'h2'],
    ['h2', 'h3'],
    ['h4', 'h5'],
  ];
  for (const { tag, parts } of LISTS) {
    for (const [last, expected] of pages) {
      it(`<${tag}> after a page whose last heading is <${last}> uses <${expected}>`, async () => {
        // An earlier, higher heading and a heading after the element must not count.
        const page = await fixture<HTMLElement>(
          html`<div>
            <h1>Ville de Lyon</h1>
            <section>
              <h2>Le réseau</h2>
              <p>Texte.</p>
            </section>
            <div id="here"></div>
            <h2>Après</h2>
          </div>`,
        );
        const here = page.querySelector<HTMLElement>('#here')!;
        const lastHeading = document.createElement(last);
        lastHeading.textContent = 'Dernier titre';
        here.before(lastHeading);
        const el = await list(tag, here);
        parts.forEach((part, depth) => {
          const found = levels(el, part);
          expect(found.length, part).to.be.greaterThan(0);
          expect([...new Set(found)], part).to.deep.equal([below(expected, depth)]);
        });
      });
    }

    it(`<${tag}> in a page with no heading before it uses <h2>`, async () => {
      const page = await fixture<HTMLElement>(html`<div><p>Pas de titre.</p></div>`);
      const el = await list(tag, page);
      parts.forEach((part, depth) => expect(levels(el, part)[0]).to.equal(`h${2 + depth}`));
    });

    it(`<${tag} heading-level> overrides the outline`, async () => {
      const page = await fixture<HTMLElement>(html`<div><h1>Titre</h1></div>`);
      const el = await list(tag, page, { 'heading-level': '4' });
      parts.forEach((part, depth) => expect(levels(el, part)[0]).to.equal(`h${4 + depth}`));
    });

    it(`<${tag}> after an <h6> stays at <h6>`, async () => {
      const page = await fixture<HTMLElement>(html`<div><h6>Tout petit</h6></div>`);
      const el = await list(tag, page);
      for (const part of parts) expect([...new Set(levels(el, part))]).to.deep.equal(['h6']);
    });
  }

  it('takes the level again when the element is moved under another heading', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <h1>Titre</h1>
        <div id="first"></div>
        <h3>Plus bas</h3>
        <div id="second"></div>
      </div>`,
    );
    const el = await list('vae-news-list', page.querySelector<HTMLElement>('#first')!);
    expect(levels(el, 'title')[0]).to.equal('h2');
    page.querySelector('#second')!.append(el);
    await el.updateComplete;
    expect(levels(el, 'title')[0]).to.equal('h4');
  });

  it('skips hidden headings and reads role="heading" with aria-level', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <h2>Visible</h2>
        <div role="heading" aria-level="3">Titre ARIA</div>
        <h5 hidden>Caché</h5>
      </div>`,
    );
    // Built here: the template linter rightly refuses a heading hidden from screen readers.
    const unheard = document.createElement('h5');
    unheard.setAttribute('aria-hidden', 'true');
    unheard.textContent = "Caché aux lecteurs d'écran";
    page.append(unheard);
    const el = await list('vae-news-list', page);
    expect(levels(el, 'title')[0]).to.equal('h4');
  });

  it("ignores headings inside another component's shadow root", async () => {
    const page = await fixture<HTMLElement>(html`<div><h1>Titre</h1></div>`);
    await list('vae-partner-list', page); // its last heading is an h3 partner name
    const news = await list('vae-news-list', page);
    expect(levels(news, 'title')[0]).to.equal('h2');
  });

  it("inside a shadow root: walks back there first, then out to the host's page", async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <h2>Section</h2>
        <div id="host"></div>
      </div>`,
    );
    const shadow = page.querySelector('#host')!.attachShadow({ mode: 'open' });
    const bare = await list('vae-news-list', shadow);
    expect(levels(bare, 'title')[0], 'no heading in the shadow root: the page h2').to.equal('h3');
    const inner = document.createElement('h3');
    inner.textContent = 'Sous-section';
    shadow.append(inner);
    const after = await list('vae-news-list', shadow);
    expect(levels(after, 'title')[0], 'after the shadow root h3').to.equal('h4');
  });
});

describe('an axe run over a page with an h1 and every element', function () {
  this.timeout(30_000);

  it('reports no heading-order violation', async () => {
    const page = await fixture<HTMLElement>(
      html`<main><h1>Ville de Lyon, ville amie des enfants</h1></main>`,
    );
    const els: Ready[] = [];
    for (const element of ELEMENTS)
      els.push(mount(page, element.tag, { ...element.ready, src: DATASET_URL }));
    expect(els.map((el) => el.localName)).to.deep.equal(ELEMENT_TAGS);
    for (const el of els) await settled(el, ['ready']);
    // The map's member list has its own heading: open one, as a reader would.
    const map = els.find((el) => el.localName === 'vae-city-map')!;
    map
      .shadowRoot!.querySelector('path[tabindex]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await map.updateComplete;

    // axe itself, not the chai wrapper: the whole document, shadow roots included.
    const { axe } = window as unknown as { axe: typeof Axe };
    const results = await axe.run(document, { runOnly: ['heading-order'] });
    const checked = [...results.passes, ...results.violations].flatMap((rule) => rule.nodes);
    // h1 + 3 categories + 15 partner names + 9 news titles + the map's title and member list.
    expect(checked.length, 'headings axe evaluated').to.be.at.least(30);
    expect(results.violations.flatMap((rule) => rule.nodes.map((node) => node.html))).to.deep.equal(
      [],
    );
  });
});
