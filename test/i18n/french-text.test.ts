// Issue 21: every element, in every state, rendered in French, and the states
// where names and numbers meet words (a search's counts and former communes,
// every partner, a count of none), scanned for the mistakes a French reader
// notices at once ("de Le Mené", "de Défenseur", "1 affichés": french-faults.ts).
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { DATASET_URL, builtDataset, settled } from '../helpers.js';
import { ELEMENTS, mount } from '../hardening/elements.js';
import { STATES, inState } from '../hardening/states.js';
import { frenchFaults } from './french-faults.js';

/** Attributes whose words a reader meets (read aloud or shown). */
const SPOKEN = ['aria-label', 'aria-description', 'title', 'alt', 'placeholder'];

/**
 * Everything an element says: its text nodes through every shadow root, one
 * apart from the next (a number and its label are two spans), and the spoken
 * attributes.
 */
function wordsOf(root: Element): string {
  const pieces: string[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof Text) pieces.push(child.data);
      if (!(child instanceof Element) || /^(style|script)$/i.test(child.localName)) continue;
      for (const name of SPOKEN) pieces.push(child.getAttribute(name) ?? '');
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  for (const name of SPOKEN) pieces.push(root.getAttribute(name) ?? '');
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return pieces.join(' ').replace(/\s+/g, ' ');
}

/** What a reader sees of the element, as one line (to wait for a text). */
const shown = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

function expectGoodFrench(el: Element) {
  const faults = frenchFaults(wordsOf(el)).map((f) => `${f.rule}: “${f.excerpt}”`);
  expect(faults, faults.join('\n')).to.deep.equal([]);
}

const status = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!;

/** Types `text` into a search and waits for the live region to speak of it. */
async function search(el: HTMLElement, text: string, heard: RegExp) {
  const field = el.shadowRoot!.querySelector('input')!;
  field.focus();
  await sendKeys({ type: text });
  await waitUntil(() => heard.test(status(el).textContent ?? ''), `live region: ${heard}`, {
    timeout: 15_000,
  });
}

describe('French text: no wrong contraction, elision or agreement', function () {
  this.timeout(30_000);
  let parent: HTMLElement;
  beforeEach(() => {
    parent = document.createElement('div');
    parent.lang = 'fr';
    document.body.append(parent);
  });
  afterEach(() => parent.remove());

  for (const element of ELEMENTS) {
    for (const state of STATES) {
      it(`<${element.tag}> ${state}`, async () => {
        expectGoodFrench(await inState(parent, element, state, 'fr'));
      });
    }
  }

  it('<vae-city-search>: many results, one shown', async () => {
    const el = mount(parent, 'vae-city-search', { src: DATASET_URL, limit: '1' });
    await settled(el, ['ready']);
    await search(el, 'saint', /résultats/);
    expectGoodFrench(el);
  });

  // Communes déléguées of a commune named with "Le" (Le Mené), "Les" (Les Septvallons), a vowel (Arboys en Bugey).
  for (const part of ['Collinée', 'Glennes', 'Arbignieu']) {
    it(`<vae-city-search all-communes>: ${part}, a commune déléguée`, async () => {
      const el = mount(parent, 'vae-city-search', { src: DATASET_URL, 'all-communes': '' });
      await settled(el, ['ready']);
      await search(el, part, /résultat/);
      await waitUntil(
        () => shown(el).includes(`${part} — commune déléguée`),
        `no option "${part} — commune déléguée"`,
        { timeout: 15_000 },
      );
      expectGoodFrench(el);
    });
  }

  it('<vae-city-map>: the tooltip of a department with one member more than it names', async () => {
    const { members } = await builtDataset();
    const counts = new Map<string, number>();
    for (const m of members as { department: { code: string } }[])
      counts.set(m.department.code, (counts.get(m.department.code) ?? 0) + 1);
    // The tooltip names 8 members: with 9, "et 1 autre".
    const code = [...counts].find(([, n]) => n === 9)![0];
    const el = mount(parent, 'vae-city-map', { src: DATASET_URL });
    await settled(el, ['ready']);
    await waitUntil(() => el.shadowRoot!.querySelector(`path[data-code="${code}"]`), 'no map');
    el.shadowRoot!.querySelector<SVGPathElement>(`path[data-code="${code}"]`)!.focus();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="tooltip"]'), 'no tooltip');
    expect(shown(el)).to.include('et 1 autre');
    expectGoodFrench(el);
  });

  it('<vae-member-count>: a count of none', async () => {
    // Region 01 (Guadeloupe): no member there in the dataset.
    const el = mount(parent, 'vae-member-count', {
      src: DATASET_URL,
      region: '01',
      'no-animation': '',
    });
    await settled(el, ['ready']);
    expectGoodFrench(el);
  });
});
