import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/member-count/member-count.define.js';
import type { VaeMemberCount } from '../../src/member-count/member-count.js';
import type { Dataset, Member } from '../../src/data/model.js';
import {
  builtDataset,
  settled,
  shadowText,
  chromiumOnly,
  engine,
  NEEDS,
  intersectionReported,
  renderedFrames,
} from '../helpers.js';

const SLOW = '/faults/slow?ms=1500&k=mc';

/** The digits drawn on screen (aria-hidden). */
const shown = (el: Element) => el.shadowRoot!.querySelector('.shown')?.textContent ?? '';

/** What assistive technology gets: the shadow text minus aria-hidden subtrees. */
function accessibleText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text.replace(/\s+/g, ' ').trim();
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('<vae-member-count>', () => {
  let members: Member[];
  before(async () => {
    members = ((await builtDataset()) as Dataset).members;
  });
  afterEach(async () => {
    if (engine === 'chromium') await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('passes axe (fr and en)', async () => {
    const el = await fixture<VaeMemberCount>(html`<vae-member-count></vae-member-count>`);
    await settled(el);
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('reads 300 for the whole network, with a label that does not claim a current title', async () => {
    const el = await fixture<VaeMemberCount>(
      html`<vae-member-count no-animation></vae-member-count>`,
    );
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(shown(el)).to.equal('300');
    expect(accessibleText(el.shadowRoot!)).to.equal(
      '300 collectivités ont obtenu le titre Ville ou Intercommunalité amie des enfants pour le mandat 2020–2026',
    );
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(accessibleText(el.shadowRoot!)).to.equal(
      '300 local authorities earned the Child Friendly City or Community title for the 2020–2026 mandate',
    );
  });

  it('counts a department, a region and kind="epci" as the dataset says', async () => {
    const byDepartment = new Map<string, number>();
    for (const m of members)
      byDepartment.set(m.department.code, (byDepartment.get(m.department.code) ?? 0) + 1);
    const [department, departmentCount] = [...byDepartment].sort((a, b) => b[1] - a[1])[0];
    const region = members[0].region.code;
    const regionCount = members.filter((m) => m.region.code === region).length;
    const epciCount = members.filter((m) => m.kind === 'epci').length;
    const communeCount = members.filter((m) => m.kind === 'commune').length;
    expect(departmentCount).to.be.greaterThan(1);

    const container = await fixture<HTMLDivElement>(
      html`<div>
        <vae-member-count no-animation department=${department}></vae-member-count>
        <vae-member-count no-animation region=${region}></vae-member-count>
        <vae-member-count no-animation kind="epci"></vae-member-count>
        <vae-member-count no-animation kind="commune" lang="en"></vae-member-count>
      </div>`,
    );
    const counters = [...container.querySelectorAll('vae-member-count')];
    await Promise.all(counters.map((el) => settled(el)));
    expect(counters.map((el) => shown(el))).to.deep.equal(
      [departmentCount, regionCount, epciCount, communeCount].map(String),
    );
    expect(epciCount).to.equal(13);
    expect(accessibleText(counters[2].shadowRoot!)).to.equal(
      '13 intercommunalités ont obtenu le titre Intercommunalité amie des enfants pour le mandat 2020–2026',
    );
    expect(accessibleText(counters[3].shadowRoot!)).to.match(
      /^287 towns and cities earned the Child Friendly City title/,
    );
  });

  it('a department with one member is singular; with none, "aucune" and no number', async () => {
    const byDepartment = new Map<string, number>();
    for (const m of members)
      byDepartment.set(m.department.code, (byDepartment.get(m.department.code) ?? 0) + 1);
    const single = [...byDepartment].find(([, n]) => n === 1)?.[0];
    const el = await fixture<VaeMemberCount>(
      html`<vae-member-count no-animation department=${single ?? '01'}></vae-member-count>`,
    );
    await settled(el);
    if (single) expect(accessibleText(el.shadowRoot!)).to.match(/^1 collectivité a obtenu/);
    el.department = '999';
    await el.updateComplete;
    expect(accessibleText(el.shadowRoot!)).to.match(/^Aucune collectivité n’a obtenu le titre/);
    expect(el.shadowRoot!.querySelector('[part="number"]')).to.equal(null);
  });

  chromiumOnly(NEEDS.mediaEmulation).it(
    'with reduced motion, the final number shows at once',
    async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<VaeMemberCount>(html`<vae-member-count></vae-member-count>`);
      await settled(el);
      expect(shown(el)).to.equal('300');
      // It is in view: its observer has reported, and a count would have drawn a frame from 0.
      await intersectionReported(el);
      await renderedFrames(1);
      await el.updateComplete;
      expect(shown(el)).to.equal('300');
    },
  );

  it('counts up once in view; the accessible text never holds an intermediate value', async () => {
    const el = await fixture<VaeMemberCount>(html`<vae-member-count></vae-member-count>`);
    await settled(el);
    const drawn = new Set<string>();
    const heard = new Set<string>();
    const start = performance.now();
    const counted = () => [...drawn].some((value) => value !== '300') && shown(el) === '300';
    while (!counted() && performance.now() - start < 3000) {
      drawn.add(shown(el));
      heard.add(accessibleText(el.shadowRoot!).split(' ')[0]);
      await nextFrame();
    }
    expect(shown(el)).to.equal('300');
    // It did animate (several intermediate values), in about a second.
    expect(drawn.size).to.be.greaterThan(3);
    expect(performance.now() - start).to.be.lessThan(2500);
    // Assistive technology only ever got the final number.
    expect([...heard]).to.deep.equal(['300']);
    expect(el.shadowRoot!.querySelector('[part~="number"]')!.getAttribute('aria-hidden')).to.equal(
      'true',
    );
    // Once: after the count (its controller says it has run), a new filter shows its number at once.
    await waitUntil(() => (el as unknown as { countUp: { done: boolean } }).countUp.done);
    el.kind = 'epci';
    await el.updateComplete;
    expect(shown(el)).to.equal('13');
  });

  it('waits until scrolled into view before counting', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 3000px"></div>
        <vae-member-count></vae-member-count>
      </div>`,
    );
    const el = container.querySelector('vae-member-count')!;
    await settled(el);
    // Its observer has reported it out of view (and so nothing starts).
    await intersectionReported(el);
    await renderedFrames(1);
    await el.updateComplete;
    // Off-screen it shows the real number (a print or screenshot never reads 0)…
    expect(shown(el)).to.equal('300');
    expect(accessibleText(el.shadowRoot!)).to.match(/^300 /);
    // …and counts up from 0 only once it is seen.
    const drawn = new Set<string>();
    let sampling = true;
    const sample = () => {
      drawn.add(shown(el));
      if (sampling) requestAnimationFrame(sample);
    };
    el.scrollIntoView();
    requestAnimationFrame(sample);
    await waitUntil(() => drawn.size > 2 && shown(el) === '300', 'did not count up', {
      timeout: 3000,
    });
    sampling = false;
    expect([...drawn].some((value) => Number(value.replace(/\D/g, '')) < 300)).to.equal(true);
  });

  it('shows the light-DOM fallback (the real number) until ready, and keeps it on error', async () => {
    const el = await fixture<VaeMemberCount>(
      html`<vae-member-count src=${SLOW} no-animation
        >300 collectivités Ville amie des enfants</vae-member-count
      >`,
    );
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
    expect(slot.assignedNodes()[0].textContent).to.contain('300');
    await expect(el).to.be.accessible();
    await settled(el);
    expect(el.state).to.equal('ready');

    const failed = await fixture<VaeMemberCount>(
      html`<vae-member-count src="/faults/404">300 collectivités</vae-member-count>`,
    );
    await settled(failed);
    expect(failed.state).to.equal('error');
    expect(
      failed.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!.assignedNodes(),
    ).to.have.length(1);
    await expect(failed).to.be.accessible();
  });

  it('is empty (with a message) for an unknown mandate or kind', async () => {
    const el = await fixture<VaeMemberCount>(
      html`<vae-member-count mandate="2032-2038"></vae-member-count>`,
    );
    await settled(el);
    expect(el.state).to.equal('empty');
    expect(shadowText(el)).to.equal('Aucun mandat de ce nom dans les données du réseau.');
    await expect(el).to.be.accessible();
    el.mandate = '2020-2026';
    el.kind = 'village';
    el.setAttribute('lang', 'en');
    await settled(el, ['empty']);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Unknown kind');
  });

  it('formats with Intl.NumberFormat in the page language', async () => {
    const el = await fixture<VaeMemberCount>(
      html`<vae-member-count lang="en" no-animation mandate="2020-2026"></vae-member-count>`,
    );
    await settled(el);
    expect(shown(el)).to.equal(new Intl.NumberFormat('en-GB').format(300));
  });
});
