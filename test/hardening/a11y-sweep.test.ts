// Issue 10: every element × state (loading, ready, empty, error) × theme (the
// badge alone has `theme`: light, dark) × language, under five conditions:
// axe, a 320 px viewport, 200 % text, forced colours, reduced motion.
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import {
  settled,
  chromiumOnly,
  onlyIn,
  NEEDS,
  intersectionReported,
  renderedFrames,
} from '../helpers.js';
import { ELEMENTS, mount, type ElementCase } from './elements.js';
import { LANGS } from './host-page.js';
import {
  clippedBoxes,
  describe as describeEl,
  runningAnimations,
  textElements,
  vanishingInk,
} from './measure.js';
import { STATES, inState, type UiState } from './states.js';

interface Combo {
  element: ElementCase;
  state: UiState;
  lang: Lang;
  theme?: string;
}

/** Elements with a `theme` attribute are swept in both themes. */
const THEMES = ['light', 'dark'];
const combos: Combo[] = ELEMENTS.flatMap((element) =>
  STATES.flatMap((state) =>
    LANGS.flatMap((lang) =>
      element.themed
        ? THEMES.map((theme) => ({ element, state, lang, theme }))
        : [{ element, state, lang }],
    ),
  ),
);
const title = (c: Combo) =>
  `<${c.element.tag}> ${c.state} ${c.lang}${c.theme ? ` ${c.theme}` : ''}`;
const mountCombo = (parent: HTMLElement, c: Combo) =>
  inState(parent, c.element, c.state, c.lang, c.theme ? { theme: c.theme } : {});

const DEFAULT_VIEWPORT = { width: 800, height: 600 };

describe('accessibility sweep', function () {
  this.timeout(20_000);
  let parent: HTMLElement;
  beforeEach(() => {
    parent = document.createElement('div');
    document.body.append(parent);
  });
  afterEach(() => parent.remove());

  describe('axe: 0 violations', () => {
    for (const c of combos) {
      it(title(c), async () => {
        const el = await mountCombo(parent, c);
        await expect(el).to.be.accessible();
      });
    }
  });

  // MiniBrowser's window has a minimum width (447 px in WebKitGTK 2.50), and WebDriver sizes windows.
  onlyIn(['chromium', 'firefox'], 'a 320 px viewport').describe(
    '320 px wide: no horizontal scroll',
    () => {
      before(() => setViewport({ width: 320, height: 640 }));
      after(() => setViewport(DEFAULT_VIEWPORT));
      for (const c of combos) {
        it(title(c), async () => {
          const el = await mountCombo(parent, c);
          expect(window.innerWidth).to.equal(320);
          expect(document.scrollingElement!.scrollWidth).to.be.at.most(320);
          expect(el.getBoundingClientRect().right).to.be.at.most(320);
        });
      }
    },
  );

  describe('text at 200 %: text grows, no box hides part of it', () => {
    afterEach(() => document.documentElement.style.removeProperty('font-size'));
    for (const c of combos) {
      it(title(c), async () => {
        const el = await mountCombo(parent, c);
        // The map's SVG labels (aria-hidden) are drawn in viewBox units: they scale
        // with the drawing, as the shapes they label; the table, tooltip and panel
        // carry the same numbers as HTML text, which must grow.
        const texts = textElements(el).filter((t) => !(t instanceof SVGElement));
        const before = texts.map((t) => parseFloat(getComputedStyle(t).fontSize));
        document.documentElement.style.fontSize = '200%'; // computed styles follow at once
        const after = texts.map((t) => parseFloat(getComputedStyle(t).fontSize));
        // Some text must show in every state but a badge without badge (empty: the host's fallback only).
        if (!(c.element.tag === 'vae-city-badge' && c.state === 'empty')) {
          expect(texts.length, 'text shown').to.be.greaterThan(0);
        }
        const fixed = texts.filter((_, i) => after[i] / before[i] < 1.9).map(describeEl);
        expect(fixed, 'text that did not grow').to.deep.equal([]);
        expect(clippedBoxes(el)).to.deep.equal([]);
      });
    }
  });

  describe('controls: each measure catches what it looks for', () => {
    it('clippedBoxes finds text cut by overflow: hidden', () => {
      const box = document.createElement('p');
      box.style.cssText = 'width: 3em; height: 1em; overflow: hidden; white-space: nowrap';
      box.textContent = 'a sentence much longer than its box';
      parent.append(box);
      expect(clippedBoxes(box)).to.deep.equal(['p']);
    });
    it('vanishingInk finds text and a border the colour of the background', () => {
      const box = document.createElement('p');
      box.style.cssText =
        'color: #fff; background: #fff; border: 2px solid #fff; forced-color-adjust: none';
      box.textContent = 'white on white';
      parent.append(box);
      expect(vanishingInk(box)).to.include.members(['text of p', 'top border of p']);
    });
    it('runningAnimations finds an animation in a shadow tree', () => {
      const host = document.createElement('div');
      parent.append(host);
      const inner = document.createElement('span');
      host.attachShadow({ mode: 'open' }).append(inner);
      inner.animate([{ opacity: 0 }, { opacity: 1 }], 10_000);
      expect(runningAnimations(host)).to.have.length(1);
    });
  });

  chromiumOnly(NEEDS.forcedColors).describe('forced colours: text and borders stay visible', () => {
    before(async () => {
      await executeServerCommand('emulate-forced-colors', { active: true });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    });
    after(() => executeServerCommand('emulate-forced-colors', { active: false }));
    for (const c of combos) {
      it(title(c), async () => {
        const el = await mountCombo(parent, c);
        expect(vanishingInk(el)).to.deep.equal([]);
      });
    }
  });

  chromiumOnly(NEEDS.mediaEmulation).describe(
    'prefers-reduced-motion: reduce: nothing moves',
    () => {
      before(async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      });
      after(() => emulateMedia({ reducedMotion: 'no-preference' }));
      for (const c of combos) {
        it(title(c), async () => {
          // The counter's own `no-animation` is off here: the preference alone must stop it.
          const el = await mountCombo(parent, c);
          el.removeAttribute('no-animation');
          await el.updateComplete;
          // The counter starts when its IntersectionObserver reports: let it report.
          await intersectionReported(el);
          await renderedFrames(1);
          expect(runningAnimations(el)).to.deep.equal([]);
          if (c.element.tag === 'vae-member-count' && c.state === 'ready') {
            const shown = el.shadowRoot!.querySelector('.shown')!.textContent;
            expect(shown).to.equal(el.shadowRoot!.querySelector('.sizer')!.textContent);
            expect(Number(shown!.replace(/\D/g, ''))).to.be.greaterThan(0);
          }
        });
      }

      it('control: without the preference, the counter does count up (the check can fail)', async () => {
        await emulateMedia({ reducedMotion: 'no-preference' });
        try {
          const el = mount(parent, 'vae-member-count', { src: '/dist/data/vae.json' });
          await settled(el, ['ready']);
          const shown = el.shadowRoot!.querySelector('.shown')!.textContent;
          expect(shown).not.to.equal(el.shadowRoot!.querySelector('.sizer')!.textContent);
        } finally {
          await emulateMedia({ reducedMotion: 'reduce' });
        }
      });
    },
  );
});
