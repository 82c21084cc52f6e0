// The counter and the map read the same five filter attributes (`region`,
// `department`, `kind`, `mandate`, `status`): for each set of attributes they
// must show the same members — the same total, the same per department.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/member-count/member-count.define.js';
import '../../src/city-map/city-map.define.js';
import type { CityMapView } from '../../src/city-map/city-map.js';
import type { MemberCountView } from '../../src/member-count/member-count.js';
import type { Dataset } from '../../src/data/model.js';
import { DATASET_URL, builtDataset, settled } from '../helpers.js';

const TWO_MANDATES = '/test/fixtures/datasets/mandates-2026.json';

type Attributes = Record<string, string>;

interface Shown {
  state: string;
  detail?: unknown;
}

/** Puts the element in the page with `attributes` and waits for its outcome. */
async function shownBy(holder: HTMLElement, tag: string, attributes: Attributes): Promise<Shown> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  let detail: unknown;
  el.addEventListener('vae-load', (event) => (detail = (event as CustomEvent).detail));
  holder.append(el);
  await settled(el as HTMLElement & { state?: string });
  const state = el.getAttribute('state')!;
  el.remove();
  return { state, detail };
}

const counted = (shown: Shown) =>
  shown.state === 'ready' ? (shown.detail as MemberCountView).count : 0;

/** The map's members per department, from its `vae-load` (its table view: no geometry needed). */
function mapped(shown: Shown): Map<string, number> {
  if (shown.state !== 'ready') return new Map();
  const view = shown.detail as CityMapView;
  return new Map(view.departments.map((d) => [d.code, d.members.length]));
}

async function expectSameMembers(holder: HTMLElement, attributes: Attributes) {
  const what = JSON.stringify(attributes);
  const count = await shownBy(holder, 'vae-member-count', { ...attributes, 'no-animation': '' });
  const map = await shownBy(holder, 'vae-city-map', { ...attributes, view: 'table' });
  // An attribute naming nothing empties both; no member left is the counter's 0 and an empty map.
  if (count.state === 'empty') expect(map.state, `state for ${what}`).to.equal('empty');
  expect(['ready', 'empty'], `map state for ${what}`).to.include(map.state);
  const byDepartment = mapped(map);
  const total = [...byDepartment.values()].reduce((sum, n) => sum + n, 0);
  expect(total, `total for ${what}`).to.equal(counted(count));
  // Department by department, the counter narrowed to it agrees with the map.
  const departments = [...byDepartment.keys()].slice(0, 4);
  for (const department of departments) {
    const one = await shownBy(holder, 'vae-member-count', {
      ...attributes,
      department,
      'no-animation': '',
    });
    expect(counted(one), `${department} for ${what}`).to.equal(byDepartment.get(department));
  }
}

describe('the counter and the map filter members alike', () => {
  let dataset: Dataset;
  let holder: HTMLElement;
  before(async () => {
    dataset = (await builtDataset()) as Dataset;
  });
  beforeEach(async () => {
    holder = await fixture<HTMLDivElement>(html`<div></div>`);
  });

  it('for region, department and kind, however they are written', async () => {
    const src = DATASET_URL;
    const region = dataset.members.find((m) => m.region.code.startsWith('0'))!.region.code;
    const department = dataset.members.find((m) => m.department.code === '2A')
      ? '2a'
      : dataset.members.find((m) => m.department.code.startsWith('0'))!.department.code.slice(1);
    const cases: Attributes[] = [
      { src },
      { src, region: '84' },
      { src, region: String(Number(region)) },
      { src, region: ` ${region} ` },
      { src, department },
      { src, department: '69', kind: 'commune' },
      { src, kind: 'EPCI' },
      { src, kind: ' commune ' },
      { src, kind: 'village' },
      { src, region: '00' },
    ];
    for (const attributes of cases) await expectSameMembers(holder, attributes);
  });

  it('for mandate and status, on two mandates', async () => {
    const src = TWO_MANDATES;
    const cases: Attributes[] = [
      { src, date: '2024-05-01' },
      { src, date: '2027-05-01' },
      { src, date: '2027-05-01', mandate: '2020-2026' },
      { src, date: '2027-05-01', mandate: '2020-2026, 2026-2032' },
      { src, date: '2027-05-01', status: 'candidate' },
      { src, date: '2027-05-01', status: 'Candidate', kind: 'commune' },
      { src, date: '2027-05-01', status: 'withdrawn' },
      { src, date: '2027-05-01', mandate: '2032-2038' },
    ];
    for (const attributes of cases) await expectSameMembers(holder, attributes);
  });
});
