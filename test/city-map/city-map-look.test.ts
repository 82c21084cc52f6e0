// What a reader sees of the map: a count on every department with members
// (Paris and the inner ring in an inset, Belfort in a callout), readable in the
// light, dark and auto themes and in forced colours; hovering does not derive
// the members again.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/city-map/city-map.define.js';
import type { VaeCityMap, CityMapView } from '../../src/city-map/city-map.js';
import type { Dataset, Member } from '../../src/data/model.js';
import { PALETTES } from '../../src/domain/badge-look.js';
import { DATASET_URL, builtDataset, settled, chromiumOnly, NEEDS } from '../helpers.js';
import { contrast, luminance } from '../contrast.js';

const root = (el: Element) => el.shadowRoot!;

function countsOf(members: Member[]) {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.department.code, (counts.get(m.department.code) ?? 0) + 1);
  return counts;
}

async function mapFixture(theme = 'light', width = 640) {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.style.width = `${width}px`;
  const el = document.createElement('vae-city-map') as VaeCityMap;
  el.setAttribute('src', DATASET_URL);
  el.setAttribute('theme', theme);
  holder.append(el);
  await settled(el);
  return el;
}

/** The first opaque background from `node` up to the page. */
function backgroundOf(node: Element): string {
  for (let at: Element | null = node; at;) {
    const background = getComputedStyle(at).backgroundColor;
    if (!/rgba\(.*, 0\)$|transparent/.test(background)) return background;
    at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null);
  }
  return 'rgb(255, 255, 255)';
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Each count on the map and the fill of the shape it sits on, checked for 4.5:1. */
function expectReadableCounts(el: VaeCityMap) {
  const labels = [...root(el).querySelectorAll<SVGTextElement>('text.count')];
  expect(labels.length).to.be.greaterThan(50);
  for (const label of labels) {
    const shade = root(el).querySelector(`path.dept[data-level="${label.dataset.level}"]`)!;
    const ratio = contrast(getComputedStyle(label).fill, getComputedStyle(shade).fill);
    expect(ratio, `count of ${label.dataset.code} (level ${label.dataset.level})`).to.be.at.least(
      4.5,
    );
  }
}

/** The map's own texts against the background they sit on. */
function expectReadableText(el: VaeCityMap) {
  const texts = root(el).querySelectorAll<HTMLElement>(
    'h2, .hint, .legend li, .legend-title, .credit, .switch button',
  );
  for (const text of texts) {
    const ratio = contrast(getComputedStyle(text).color, backgroundOf(text));
    expect(ratio, text.textContent!.trim().slice(0, 30)).to.be.at.least(4.5);
  }
  for (const name of root(el).querySelectorAll<SVGTextElement>('text.inset-name, text.zoom-name')) {
    expect(
      contrast(getComputedStyle(name).fill, backgroundOf(el)),
      name.textContent!,
    ).to.be.at.least(4.5);
  }
}

describe('<vae-city-map>: counts and themes', () => {
  let dataset: Dataset;
  before(async () => {
    dataset = (await builtDataset()) as Dataset;
  });

  it('shows the count of every department with members, each visible and apart', async () => {
    const el = await mapFixture();
    const counts = countsOf(dataset.members);
    for (const code of ['75', '92', '93', '94', '90'])
      expect(counts.has(code), code).to.equal(true);
    const labels = [...root(el).querySelectorAll<SVGTextElement>('text.count')];
    const shown = new Map(labels.map((label) => [label.dataset.code!, label]));
    expect(labels).to.have.length(shown.size);
    expect([...shown.keys()].sort()).to.deep.equal([...counts.keys()].sort());
    const svgBox = root(el).querySelector('svg')!.getBoundingClientRect();
    const boxes = labels.map((label) => label.getBoundingClientRect());
    labels.forEach((label, i) => {
      const code = label.dataset.code!;
      expect(Number(label.textContent), code).to.equal(counts.get(code));
      expect(getComputedStyle(label).visibility, code).to.equal('visible');
      expect(boxes[i].height, code).to.be.at.least(9);
      expect(overlap(boxes[i], svgBox), code).to.equal(true);
      boxes.forEach((other, j) => {
        if (j > i)
          expect(overlap(boxes[i], other), `${code} over ${labels[j].dataset.code}`).to.equal(
            false,
          );
      });
    });
    // Paris and the inner ring are drawn again, enlarged: 75 there is larger than on the map.
    const zoomed = root(el).querySelector<SVGPathElement>('path.zoom-dept[data-zoom="75"]')!;
    const paris = root(el).querySelector<SVGPathElement>('path.dept[data-code="75"]')!;
    expect(zoomed.getBoundingClientRect().width).to.be.greaterThan(
      3 * paris.getBoundingClientRect().width,
    );
  });

  it('hovering a department shows its tooltip without deriving the members again', async () => {
    const el = await mapFixture();
    const viewOf = () => (el as unknown as { derived: { view: CityMapView } }).derived.view;
    const before = viewOf();
    for (const code of ['69', '75', '13']) {
      root(el)
        .querySelector(`path.dept[data-code="${code}"]`)!
        .dispatchEvent(new MouseEvent('mouseenter'));
      await el.updateComplete;
      expect(root(el).querySelector('.tooltip')!.textContent).to.include(`(${code})`);
    }
    expect(viewOf()).to.equal(before);
    // A changed attribute derives them again.
    el.kind = 'epci';
    await el.updateComplete;
    expect(viewOf()).not.to.equal(before);
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe and the contrast checks in the ${theme} theme`, async () => {
      const el = await mapFixture(theme);
      expect(el.getAttribute('theme')).to.equal(theme);
      await expect(el).to.be.accessible();
      expectReadableCounts(el);
      expectReadableText(el);
      el.view = 'table';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('is dark on a dark background in the dark theme: the badge’s dark palette', async () => {
    const light = await mapFixture('light');
    const dark = await mapFixture('dark');
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(backgroundOf(dark)).to.equal(rgb(PALETTES.dark.surface));
    expect(getComputedStyle(dark).color).to.equal(rgb(PALETTES.dark.ink));
    const credit = root(dark).querySelector('.credit')!;
    expect(getComputedStyle(credit).color).to.equal(rgb(PALETTES.dark.muted));
    expect(luminance(backgroundOf(dark))).to.be.below(0.05);
    expect(luminance(getComputedStyle(dark).color)).to.be.above(0.8);
    const fill = (el: VaeCityMap) =>
      getComputedStyle(root(el).querySelector('path.dept[data-level="5"]')!).fill;
    expect(fill(dark)).not.to.equal(fill(light));
  });

  chromiumOnly(NEEDS.mediaEmulation).it('auto follows prefers-color-scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const auto = await mapFixture('auto');
      const dark = await mapFixture('dark');
      expect(backgroundOf(auto)).to.equal(backgroundOf(dark));
      await expect(auto).to.be.accessible();
      expectReadableCounts(auto);
      expectReadableText(auto);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
    const auto = await mapFixture('auto');
    expect(luminance(backgroundOf(auto))).to.be.above(0.9);
  });

  chromiumOnly(NEEDS.forcedColors).it(
    'keeps the shading and every count readable in forced colours, dark theme too',
    async () => {
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        for (const theme of ['light', 'dark']) {
          const el = await mapFixture(theme);
          const fills = new Set(
            [...root(el).querySelectorAll<SVGPathElement>('path.dept[tabindex]')].map(
              (path) => getComputedStyle(path).fill,
            ),
          );
          expect(fills.size, theme).to.equal(5);
          expectReadableCounts(el);
          await expect(el).to.be.accessible();
        }
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    },
  );
});
