// Hostile datasets (test/fixtures/hostile/cases.mjs, served by
// test/server/hostile.mjs): each of the six elements, pointed at each case,
// runs no script, renders no non-https link and ends in a defined state.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { flushTasks, settled, shadowText, watchPageErrors } from '../helpers.js';
import { activeMarkup, deepElements, deepLinks } from './dom-walk.js';
import { ELEMENT_TAGS } from '../element-tags.js';

interface HostileCase {
  name: string;
  expect: 'ready' | 'error';
  shows: string[];
  query: string;
}

const MARK = 'onerror=';
const cases: HostileCase[] = await (await fetch('/hostile/cases.json')).json();

// A payload that runs sets window.__pwned or calls a dialog: record both.
const w = window as unknown as Record<string, unknown>;
const dialogs: string[] = [];
for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
  w[name] = (...args: unknown[]) => void dialogs.push(`${name}(${args.join(',')})`);
}

async function mount(src: string) {
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  const errors = new Map<string, string>();
  for (const tag of ELEMENT_TAGS) {
    const el = document.createElement(tag);
    el.setAttribute('src', src);
    if (tag === 'vae-city-badge') el.setAttribute('city', '34003');
    if (tag === 'vae-city-search' || tag === 'vae-city-map')
      el.setAttribute('href', 'https://example.org/villes/{code}');
    el.addEventListener('vae-error', (event) => {
      errors.set(tag, (event as CustomEvent<{ message: string }>).detail.message);
    });
    holder.append(el);
  }
  const elements = [...holder.children] as HTMLElement[];
  await Promise.all(elements.map((el) => settled(el, ['ready', 'empty', 'error'], 18_000)));
  return { holder, elements, errors };
}

/** Types into the search, as a reader would, until options render. */
async function typeInSearch(holder: HTMLElement, query: string) {
  const search = holder.querySelector('vae-city-search')!;
  search.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: query });
  await waitUntil(
    () => search.shadowRoot!.querySelector('[role="option"]'),
    `no option for "${query}"`,
  );
}

/** Opens the map's department of Agde (34): its panel lists the members. */
async function openDepartment(holder: HTMLElement) {
  const map = holder.querySelector('vae-city-map')!;
  map.shadowRoot!.querySelector<SVGElement>('path[data-code="34"]')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => map.shadowRoot!.querySelector('[part="panel"]'), 'map panel not open');
}

/** The tags in `tags` whose shadow text lacks MARK (the payload shown as text). */
const missing = (holder: HTMLElement, tags: string[]) =>
  tags.filter((tag) => !shadowText(holder.querySelector(tag)!).includes(MARK));

/** Everything that must hold whatever the state: no script ran, no unsafe markup or link. */
function expectInert(holder: HTMLElement) {
  expect(w.__pwned, 'window.__pwned').to.equal(undefined);
  expect(dialogs).to.deep.equal([]);
  expect(activeMarkup(holder)).to.deep.equal([]);
  for (const href of deepLinks(holder)) expect(href).to.match(/^https:\/\/[^/]/);
  expect(Object.prototype).not.to.have.property('polluted');
  expect(({} as Record<string, unknown>).state).to.equal(undefined);
}

describe('hostile datasets', () => {
  it(`has at least 20 cases (${cases.length})`, () => {
    expect(cases.length).to.be.at.least(20);
  });

  for (const hostile of cases) {
    it(`${hostile.name}: ${hostile.expect}, no script, https links only`, async () => {
      dialogs.length = 0;
      delete w.__pwned;
      const pageErrors = watchPageErrors();
      const { holder, elements, errors } = await mount(`/hostile/${hostile.name}/vae.json`);
      const states = elements.map((el) => `${el.localName}=${el.getAttribute('state')}`);
      expect(states).to.deep.equal(ELEMENT_TAGS.map((tag) => `${tag}=${hostile.expect}`));
      if (hostile.expect === 'ready') {
        const search = hostile.shows.filter((tag) => tag === 'vae-city-search');
        await typeInSearch(holder, hostile.query);
        expect(missing(holder, search), 'options show the text').to.deep.equal([]);
        expectInert(holder); // with the options open
        await openDepartment(holder);
        const others = hostile.shows.filter((tag) => tag !== 'vae-city-search');
        expect(missing(holder, others), 'elements show the text').to.deep.equal([]);
      } else {
        for (const tag of ELEMENT_TAGS)
          expect(errors.get(tag), `${tag} error message`).to.be.a('string');
        for (const tag of ELEMENT_TAGS) expect(errors.get(tag)!.length).to.be.greaterThan(10);
      }
      // Let failed image loads and queued handlers fire before judging.
      const images = deepElements(holder).filter((node) => node instanceof HTMLImageElement);
      await waitUntil(() => images.every((image) => image.complete), 'an image is still loading');
      await flushTasks();
      expectInert(holder);
      await flushTasks();
      expect(pageErrors.stop().map(String), 'uncaught errors').to.deep.equal([]);
    });
  }
});
