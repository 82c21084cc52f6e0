// Host isolation: our styles never reach the page, and a page's aggressive
// global CSS leaves every element readable and laid out.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { DATASET_URL, engine, settled, shadowText } from '../helpers.js';
import { deepElements } from './dom-walk.js';
import { ELEMENT_TAGS } from '../element-tags.js';

/** What a host page applies to everything, as some CMS themes and resets do. */
const AGGRESSIVE_CSS = `
  * { all: unset; }
  * { font-size: 44px; line-height: 0; direction: rtl; letter-spacing: 0.3em; }
  a { color: red !important; text-decoration: none !important; }
`;

/** A page's own content, to see whether our styles change it. */
const PAGE_SAMPLE = `<h2>Titre</h2><p>Texte <a href="#x">lien</a> <strong>gras</strong></p>
  <ul><li>un</li></ul><button>Bouton</button><input value="champ"><label>Étiquette</label>
  <table><tr><td>cellule</td></tr></table><section><span part="badge" class="text">x</span></section>`;

/** Every computed property of every element under `root`, as one comparable map. */
function computedStyles(root: Element) {
  const styles: Record<string, string> = {};
  [root, ...root.querySelectorAll('*')].forEach((el, index) => {
    const computed = getComputedStyle(el);
    for (const name of computed)
      styles[`${index}:${el.localName}:${name}`] = computed.getPropertyValue(name);
  });
  return styles;
}

const globalStyleCount = () =>
  document.styleSheets.length +
  document.adoptedStyleSheets.length +
  document.querySelectorAll('style, link[rel~="stylesheet"]').length;

async function mountAll() {
  const holder = document.body.appendChild(document.createElement('div'));
  for (const tag of ELEMENT_TAGS) {
    const el = document.createElement(tag);
    el.setAttribute('src', DATASET_URL);
    if (tag === 'vae-city-badge') el.setAttribute('city', '34003');
    holder.append(el);
  }
  for (const el of holder.children) await settled(el as HTMLElement, ['ready']);
  return holder;
}

/** Opens search options and a map panel, so their styles apply too. */
async function use(holder: HTMLElement) {
  const search = holder.querySelector('vae-city-search')!;
  search.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: 'lyon' });
  await waitUntil(() => search.shadowRoot!.querySelector('[role="option"]'), 'no option');
  const map = holder.querySelector('vae-city-map')!;
  map.shadowRoot!.querySelector<SVGElement>('path[data-code="34"]')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => map.shadowRoot!.querySelector('[part="panel"]'), 'panel not open');
}

/** Shadow elements that carry visible text of their own (not screen-reader-only, not map graphics). */
function textLeaves(el: Element) {
  return deepElements(el.shadowRoot!).filter(
    (node) =>
      [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()) &&
      !node.closest('.visually-hidden, svg, [hidden], [aria-hidden="true"]') &&
      node.getBoundingClientRect().width > 0,
  );
}

/**
 * The box our shadow content takes. Not the host's own box: `all: unset` makes
 * the host inline, and an inline box around blocks measures 0 × 0 whatever it holds.
 */
function renderedBox(el: Element) {
  const rects = [...el.shadowRoot!.children]
    .map((child) => child.getBoundingClientRect())
    .filter((r) => r.width || r.height);
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  return {
    width: Math.max(...rects.map((r) => r.right)) - left,
    height: Math.max(...rects.map((r) => r.bottom)) - top,
  };
}

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

describe('host isolation', () => {
  let sample: HTMLElement;
  let stylesBefore: Record<string, string>;
  let sheetsBefore: number;
  let holder: HTMLElement;

  before(async () => {
    // Not fixture(): its cleanup after each test would detach what every test here shares.
    // A scrollbar from the start: Firefox's takes width, and one appearing when our elements
    // make the page taller would narrow the sample without any style of ours reaching it.
    document.documentElement.style.overflowY = 'scroll';
    sample = document.body.appendChild(document.createElement('main'));
    sample.append(document.createRange().createContextualFragment(PAGE_SAMPLE));
    stylesBefore = computedStyles(sample);
    sheetsBefore = globalStyleCount();
    await import('../../src/index.js');
    holder = await mountAll();
    await use(holder);
  });

  it('our styles do not change the page: same computed styles, no global stylesheet', () => {
    expect(Object.keys(stylesBefore).length).to.be.greaterThan(1000);
    const after = computedStyles(sample);
    const changed = Object.keys(stylesBefore).filter((key) => after[key] !== stylesBefore[key]);
    expect(changed).to.deep.equal([]);
    expect(globalStyleCount()).to.equal(sheetsBefore);
  });

  describe('under aggressive global CSS', () => {
    let style: HTMLStyleElement;
    before(async () => {
      style = document.createElement('style');
      style.textContent = AGGRESSIVE_CSS;
      document.head.append(style);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    after(() => style.remove());

    it('the host CSS really applies (to the page and to our hosts)', () => {
      const link = sample.querySelector('a')!;
      expect(getComputedStyle(link).color).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(sample.querySelector('p')!).lineHeight).to.equal('0px');
      expect(getComputedStyle(holder.querySelector('vae-news-list')!).fontSize).to.equal('44px');
    });

    for (const tag of ELEMENT_TAGS) {
      it(`${tag}: laid out, every text line readable, no text overlapping`, () => {
        const el = holder.querySelector(tag)!;
        const box = renderedBox(el);
        expect(box.width, 'width').to.be.greaterThan(0);
        expect(box.height, 'height').to.be.greaterThan(0);
        const leaves = textLeaves(el);
        expect(leaves.length, 'visible text').to.be.greaterThan(0);
        for (const leaf of leaves) {
          const { fontSize, lineHeight } = getComputedStyle(leaf);
          const label = `${leaf.localName}[part=${leaf.getAttribute('part')}] "${leaf.textContent!.trim().slice(0, 30)}"`;
          expect(parseFloat(lineHeight) || Infinity, `line-height of ${label}`).to.be.at.least(
            parseFloat(fontSize),
          );
          expect(leaf.getBoundingClientRect().height, `height of ${label}`).to.be.at.least(
            parseFloat(fontSize) * 0.9,
          );
        }
        // Per line box (getClientRects): an inline that wraps has a bounding box
        // spanning both lines, which would overlap its neighbours on paper only.
        const rects = leaves.map((leaf) => [...leaf.getClientRects()]);
        const overlapping: string[] = [];
        for (let i = 0; i < rects.length; i++) {
          for (let j = i + 1; j < rects.length; j++) {
            if (leaves[i].contains(leaves[j]) || leaves[j].contains(leaves[i])) continue;
            if (rects[i].some((a) => rects[j].some((b) => overlap(a, b) >= 2)))
              overlapping.push(`${leaves[i].textContent} / ${leaves[j].textContent}`);
          }
        }
        expect(overlapping.slice(0, 5), 'overlapping text').to.deep.equal([]);
        expect(shadowText(el).length).to.be.greaterThan(3);
      });
    }

    it('the badge is still a link: focusable, our colour, not the page red', () => {
      const badge = holder.querySelector('vae-city-badge')!;
      const link = badge.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="badge"]')!;
      expect(link.href).to.match(/^https:/);
      link.focus();
      // Booleans, not elements: a failing comparison of DOM nodes stalls the reporter.
      expect(badge.shadowRoot!.activeElement === link, 'the link takes focus').to.equal(true);
      expect(getComputedStyle(link).color).not.to.equal('rgb(255, 0, 0)');
      // WebKit's own style sheet gives links `cursor: auto`, which shows the hand over a link.
      expect(getComputedStyle(link).cursor).to.equal(engine === 'webkit' ? 'auto' : 'pointer');
    });

    it('the search field and the map keep a usable size', () => {
      const input = holder.querySelector('vae-city-search')!.shadowRoot!.querySelector('input')!;
      expect(input.getBoundingClientRect().width).to.be.greaterThan(100);
      expect(input.getBoundingClientRect().height).to.be.greaterThan(20);
      const svg = holder.querySelector('vae-city-map')!.shadowRoot!.querySelector('svg')!;
      expect(svg.getBoundingClientRect().width).to.be.greaterThan(200);
      expect(svg.getBoundingClientRect().height).to.be.greaterThan(200);
    });
  });
});
