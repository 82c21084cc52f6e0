// Issue 16: RGAA 4.1 criteria that axe does not check, cited by
// docs/accessibilite.md: 3.2 (the map's SVG labels), 3.3 (component contrast), 10.7 (visible focus),
// 10.2/10.3 (no style sheets), 10.12 (the reader's text spacing) and 10.13 (the map tooltip).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { DATASET_URL, holdWindowFocus, settled } from '../helpers.js';
import { ELEMENTS, mount } from './elements.js';
import {
  allElements,
  backgroundOf,
  clippedBoxes,
  describe as describeEl,
  textElements,
} from './measure.js';
import { contrastRatio, rgba } from '../contrast.js';

type Ready = HTMLElement & { state?: string; updateComplete?: Promise<unknown> };

const FOCUSABLE = 'a[href], button, input, [tabindex]:not([tabindex="-1"])';
/** What may show focus: the piece itself or the box around it (the search field). */
const LOOK = [
  'outline-style',
  'outline-width',
  'outline-color',
  'box-shadow',
  'stroke',
  'stroke-width',
];

const look = (el: Element) => {
  const boxes = [el, el.parentElement].filter((box): box is Element => !!box);
  return boxes.map((box) => {
    const style = getComputedStyle(box);
    return LOOK.map((name) => style.getPropertyValue(name)).join('|');
  });
};

let parent: HTMLElement;
beforeEach(() => {
  parent = document.createElement('div');
  document.body.append(parent);
});
afterEach(() => parent.remove());

async function ready(tag: string) {
  const element = ELEMENTS.find((c) => c.tag === tag)!;
  const el = mount(parent, tag, { ...element.ready, src: DATASET_URL }) as Ready;
  await settled(el, ['ready']);
  return el;
}

/**
 * Focus styles and focus events need the test page to hold the window's focus. The runner
 * gives it to every page (test/server/window-focus-plugin.mjs: an earlier file's Tab can leave
 * it in the browser's own toolbar), so a page without it fails here rather than proving nothing.
 * Only a runner that cannot give it (no such command: a browser another config started) skips.
 */
async function needsWindowFocus(this: Mocha.Context) {
  const focused = await holdWindowFocus();
  if (focused === undefined) this.skip();
  expect(focused, 'the test page holds the window focus (document.hasFocus())').to.equal(true);
}

describe('RGAA 10.7: the focus is visible', () => {
  beforeEach(needsWindowFocus);
  // The counter and the news list have nothing to focus (no link, no control).
  const focusing = ELEMENTS.filter((c) => !['vae-member-count', 'vae-news-list'].includes(c.tag));
  for (const { tag } of focusing) {
    it(`${tag}: every focusable piece changes its look when focused`, async () => {
      const el = await ready(tag);
      const focusable = allElements(el).filter((node) => node.matches(FOCUSABLE)) as HTMLElement[];
      expect(focusable.length, 'focusable pieces').to.be.greaterThan(0);
      const unseen: string[] = [];
      for (const piece of focusable) {
        const before = look(piece);
        piece.focus();
        if (!piece.matches(':focus') || look(piece).join() === before.join()) {
          unseen.push(describeEl(piece));
        }
        piece.blur();
      }
      expect(unseen, 'focused pieces that look the same').to.deep.equal([]);
    });
  }

  it('vae-member-count and vae-news-list have nothing to focus', async () => {
    for (const tag of ['vae-member-count', 'vae-news-list']) {
      const el = await ready(tag);
      expect(allElements(el).filter((node) => node.matches(FOCUSABLE)).length, tag).to.equal(0);
    }
  });

  it('control: a link whose focus style is removed is reported', async () => {
    const link = document.createElement('a');
    link.href = '#x';
    link.textContent = 'lien';
    link.style.outline = 'none';
    parent.append(link);
    const before = look(link);
    link.focus();
    expect(look(link).join()).to.equal(before.join());
  });
});

describe('RGAA 3.3: interface components reach 3:1', () => {
  it('the focus outline of every focusable HTML piece, against what is behind it', async () => {
    const weak: string[] = [];
    for (const { tag } of ELEMENTS) {
      const el = await ready(tag);
      const pieces = allElements(el).filter(
        (node) => node.matches(FOCUSABLE) && !(node instanceof SVGElement),
      ) as HTMLElement[];
      for (const piece of pieces) {
        piece.focus();
        const style = getComputedStyle(piece);
        if (style.outlineStyle !== 'none') {
          const ratio = contrastRatio(rgba(style.outlineColor), backgroundOf(piece.parentElement!));
          if (ratio < 3) weak.push(`${tag} ${describeEl(piece)}: ${ratio.toFixed(2)}`);
        }
        piece.blur();
      }
      el.remove();
    }
    expect(weak).to.deep.equal([]);
  });

  it("the search field's border and the map's view switch border", async () => {
    const search = await ready('vae-city-search');
    const field = search.shadowRoot!.querySelector('[part="field"]')!;
    const map = await ready('vae-city-map');
    const toggle = map.shadowRoot!.querySelector('[part="switch"]')!;
    for (const box of [field, toggle]) {
      const style = getComputedStyle(box);
      expect(parseFloat(style.borderTopWidth), describeEl(box)).to.be.at.least(1);
      const ratio = contrastRatio(rgba(style.borderTopColor), backgroundOf(box));
      expect(ratio, describeEl(box)).to.be.at.least(3);
    }
  });
});

describe('RGAA 3.2: text that axe does not measure', () => {
  it("the map's count labels reach 4.5:1 against their department's fill", async () => {
    const map = await ready('vae-city-map');
    const root = map.shadowRoot!;
    const labels = [...root.querySelectorAll<SVGTextElement>('text.count')];
    expect(labels.length, 'count labels').to.be.greaterThan(50);
    const levels = new Set(labels.map((label) => label.dataset.level));
    expect([...levels].sort(), 'every shade carries labels').to.deep.equal([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    const weak = labels.flatMap((label) => {
      const shape = root.querySelector(`path.dept[data-code="${label.dataset.code}"]`)!;
      const ratio = contrastRatio(
        rgba(getComputedStyle(label).fill),
        rgba(getComputedStyle(shape).fill),
      );
      return ratio < 4.5
        ? [`${label.dataset.code} (level ${label.dataset.level}): ${ratio.toFixed(2)}`]
        : [];
    });
    expect(weak).to.deep.equal([]);
  });
});

describe('RGAA 10.2 and 10.3: without style sheets', () => {
  for (const element of ELEMENTS) {
    it(`${element.tag}: its text still shows, in reading order`, async () => {
      const el = await ready(element.tag);
      // Our styles are adopted style sheets (lit): drop them in every shadow tree.
      for (const node of allElements(el)) {
        if (node.shadowRoot) node.shadowRoot.adoptedStyleSheets = [];
        node.shadowRoot?.querySelectorAll('style').forEach((style) => style.remove());
      }
      expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(0); // computed styles follow at once
      // Shown text only (rendered boxes), in document order, which is the reading order.
      const shown = textElements(el).map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
      expect(shown.join(' ')).to.match(element.readyText.fr);
    });
  }
});

describe('RGAA 10.13: content shown on focus or hover', () => {
  beforeEach(needsWindowFocus);
  it('the map tooltip: shown on focus, closed by Escape with the focus kept, no pointer trap', async () => {
    const map = await ready('vae-city-map');
    const root = map.shadowRoot!;
    const department = root.querySelector<SVGPathElement>('path[tabindex="0"]')!;
    department.focus();
    await map.updateComplete;
    const tip = root.querySelector('[part="tooltip"]')!;
    expect(tip, 'tooltip on focus').to.exist;
    // The pointer can move over it without it vanishing: it takes no pointer events.
    expect(getComputedStyle(tip).pointerEvents).to.equal('none');
    department.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await map.updateComplete;
    expect(root.querySelector('[part="tooltip"]'), 'tooltip after Escape').to.equal(null);
    expect(root.activeElement).to.equal(department);
  });
});

// The spacing WCAG 1.4.12 asks for; these properties are inherited, so the
// host page's rule reaches into the elements' shadow trees.
const SPACING = 'line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em';

describe('RGAA 10.12: text spacing set by the reader', () => {
  for (const { tag } of ELEMENTS) {
    it(`${tag}: takes the spacing and hides no text`, async () => {
      parent.style.cssText = SPACING;
      const el = await ready(tag);
      const texts = textElements(el).filter((t) => !(t instanceof SVGElement));
      expect(texts.length, 'text shown').to.be.greaterThan(0);
      // A computed letter-spacing is a length: it inherits as the wrapper's pixels.
      const asked = getComputedStyle(parent).letterSpacing;
      const ignored = texts.filter((t) => getComputedStyle(t).letterSpacing !== asked);
      expect(ignored.map(describeEl), 'text that kept its own letter spacing').to.deep.equal([]);
      expect(clippedBoxes(el)).to.deep.equal([]);
    });
  }
});
