import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { clearDataCache } from '../../src/data/load.js';
import type { VaeCityBadge, CityBadgeLoadDetail } from '../../src/city-badge/city-badge.js';
import type { VaeLoadEvent } from '../../src/core/events.js';
import '../../src/city-badge/city-badge.define.js';
import {
  DATASET_URL,
  builtDataset,
  settled,
  shadowText,
  chromiumOnly,
  NEEDS,
  flushTasks,
  renderedFrames,
} from '../helpers.js';
import { contrast } from '../contrast.js';

const unique = () => Math.random().toString(36).slice(2);
const BEFORE_END = new Date('2026-03-21T12:00:00');
const AFTER_END = new Date('2026-03-23T12:00:00');

async function badge(
  city: string,
  options: { lang?: string; now?: Date; variant?: string; theme?: string; src?: string } = {},
) {
  const el = await fixture<VaeCityBadge>(
    html`<vae-city-badge
      city=${city}
      lang=${options.lang ?? 'fr'}
      variant=${options.variant ?? 'full'}
      theme=${options.theme ?? 'light'}
      src=${options.src ?? DATASET_URL}
      .date=${options.now ?? AFTER_END}
      ><a href="https://example.org/">Fallback link</a></vae-city-badge
    >`,
  );
  await settled(el);
  return el;
}

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const link = (el: Element) => part(el, 'badge') as HTMLAnchorElement;
const visible = (el: Element, name: string) => part(el, name)?.textContent?.trim();

/** Captures console.warn for the duration of `run` (the test only). */
async function captureWarnings(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
    await flushTasks();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('vae-city-badge: accessibility', () => {
  beforeEach(() => clearDataCache());

  it('passes axe', async () => {
    const el = await badge('69123');
    await expect(el).to.be.accessible();
  });

  for (const variant of ['full', 'compact', 'seal']) {
    for (const theme of ['light', 'dark', 'auto']) {
      it(`passes axe and has ≥ 4.5:1 contrast: ${variant} × ${theme}`, async () => {
        const el = await badge('69123', { variant, theme });
        await expect(el).to.be.accessible();
        const background = getComputedStyle(link(el)).backgroundColor;
        for (const name of ['title', 'name', 'place', 'period']) {
          const ratio = contrast(getComputedStyle(part(el, name)!).color, background);
          expect(ratio, `${name} on ${background}`).to.be.at.least(4.5);
        }
      });
    }
  }

  chromiumOnly(NEEDS.mediaEmulation).it('auto follows prefers-color-scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const auto = await badge('69123', { theme: 'auto' });
      const dark = await badge('69123', { theme: 'dark' });
      expect(getComputedStyle(link(auto)).backgroundColor).to.equal(
        getComputedStyle(link(dark)).backgroundColor,
      );
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
    const auto = await badge('69123', { theme: 'auto' });
    expect(getComputedStyle(link(auto)).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('passes axe while loading, empty and in error', async () => {
    const loading = await fixture<VaeCityBadge>(
      html`<vae-city-badge
        city="69123"
        src=${`/faults/slow?ms=1500&k=${unique()}`}
      ></vae-city-badge>`,
    );
    expect(loading.state).to.equal('loading');
    await expect(loading).to.be.accessible();
    await captureWarnings(async () => {
      await expect(await badge('99999')).to.be.accessible();
      await expect(await badge('not a code')).to.be.accessible();
    });
  });

  it('is one link whose accessible name says the whole thing (fr)', async () => {
    const el = await badge('69123');
    const anchors = el.shadowRoot!.querySelectorAll('a');
    expect(anchors).to.have.length(1);
    const name = link(el).textContent!.replace(/\s+/g, ' ').trim();
    expect(name).to.equal(
      'Ville amie des enfants, Lyon, Rhône (69), Titre du mandat 2020–2026 (terminé)',
    );
    expect(link(el).href).to.equal('https://www.villeamiedesenfants.fr/');
    expect(link(el).hasAttribute('target')).to.be.false;
  });

  it('translates the title for English readers but shows the official French title', async () => {
    const el = await badge('69123', { lang: 'en' });
    expect(visible(el, 'title')).to.equal('Ville amie des enfants');
    expect(part(el, 'title')!.lang).to.equal('fr');
    expect(link(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Ville amie des enfants (Child Friendly City title), Lyon, Rhône (69), Title for the 2020–2026 mandate (ended)',
    );
  });

  it('opens a new tab only with target, then with rel=noopener and says so', async () => {
    const el = await badge('69123');
    el.target = '_blank';
    await el.updateComplete;
    expect(link(el).target).to.equal('_blank');
    expect(link(el).rel).to.contain('noopener');
    expect(link(el).textContent).to.contain('nouvel onglet');
  });

  chromiumOnly(NEEDS.forcedColors).it(
    'forced colors keep the border and the text visible',
    async () => {
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const el = await badge('69123');
        const style = getComputedStyle(link(el));
        expect(style.borderTopStyle).to.equal('solid');
        expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
        expect(contrast(style.borderTopColor, style.backgroundColor)).to.be.at.least(3);
        for (const name of ['title', 'name', 'place', 'period']) {
          const color = getComputedStyle(part(el, name)!).color;
          expect(contrast(color, style.backgroundColor), name).to.be.at.least(4.5);
        }
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    },
  );

  it('declares its forced-colors rules in system colours (the check every engine can make)', async () => {
    const el = await badge('69123');
    const rules = (el.shadowRoot!.adoptedStyleSheets ?? [])
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule) => rule instanceof CSSMediaRule && /forced-colors/.test(rule.conditionText))
      .map((rule) => rule.cssText)
      .join('\n');
    expect(rules).to.match(/border-color:\s*linktext/i);
    expect(rules).to.match(/color:\s*linktext/i);
  });

  it('resizes text to 200 % without clipping', async () => {
    for (const variant of ['full', 'compact', 'seal']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-size: 200%; width: 760px">
          <vae-city-badge city="200040459" variant=${variant} .date=${AFTER_END}></vae-city-badge>
        </div>`,
      );
      const el = wrapper.querySelector('vae-city-badge')!;
      await settled(el);
      const a = link(el);
      expect(a.scrollWidth, `${variant} badge`).to.be.at.most(a.clientWidth + 1);
      expect(a.scrollHeight, `${variant} badge`).to.be.at.most(a.clientHeight + 1);
      for (const name of ['title', 'name', 'place', 'period']) {
        const node = part(el, name)!;
        // An inline box has no clientWidth (0 by CSSOM), and Firefox still gives it a
        // scrollWidth: for inline parts the box check below is the measure.
        if (getComputedStyle(node).display !== 'inline') {
          expect(node.scrollWidth, `${variant} ${name}`).to.be.at.most(node.clientWidth + 1);
        }
        const box = node.getBoundingClientRect();
        const outer = a.getBoundingClientRect();
        expect(box.right, `${variant} ${name} inside`).to.be.at.most(outer.right + 1);
        expect(box.bottom, `${variant} ${name} inside`).to.be.at.most(outer.bottom + 1);
      }
    }
  });
});

describe('vae-city-badge: parts and logo slot', () => {
  beforeEach(() => clearDataCache());

  it('has a part on every piece, and the logo slot replaces the mark', async () => {
    const el = await fixture<VaeCityBadge>(
      html`<vae-city-badge city="69123" .date=${AFTER_END}
        ><img slot="logo" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="48"
      /></vae-city-badge>`,
    );
    await settled(el);
    for (const name of ['badge', 'mark', 'title', 'name', 'place', 'period']) {
      expect(part(el, name), name).to.exist;
    }
    const slot = part(el, 'mark')!.querySelector<HTMLSlotElement>('slot[name="logo"]')!;
    expect(slot.assignedElements()).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('vae-city-badge: members', () => {
  beforeEach(() => clearDataCache());

  const cases = [
    {
      what: 'a plain commune',
      city: '69123',
      title: 'Ville amie des enfants',
      name: 'Lyon',
      place: 'Rhône (69)',
    },
    {
      what: 'an intercommunality (SIREN)',
      city: '200040459',
      title: 'Intercommunalité amie des enfants',
      name: 'CA Montélimar Agglomération',
      place: 'Drôme (26)',
    },
    {
      what: 'an overseas commune (homonym of Saint-Denis 93)',
      city: '97411',
      title: 'Ville amie des enfants',
      name: 'Saint-Denis',
      place: 'La Réunion (974)',
    },
    {
      what: 'a corrected name (Elbeuf-sur-Seine → Elbeuf)',
      city: '76231',
      title: 'Ville amie des enfants',
      name: 'Elbeuf',
      place: 'Seine-Maritime (76)',
    },
    {
      what: 'a corrected department (Neuville-en-Ferrain, 59 not 95)',
      city: '59426',
      title: 'Ville amie des enfants',
      name: 'Neuville-en-Ferrain',
      place: 'Nord (59)',
    },
  ];
  for (const c of cases) {
    it(`shows ${c.what}`, async () => {
      const el = await badge(c.city);
      expect(el.state).to.equal('ready');
      expect(visible(el, 'title')).to.equal(c.title);
      expect(visible(el, 'name')).to.equal(c.name);
      expect(visible(el, 'place')).to.equal(c.place);
      expect(visible(el, 'period')).to.contain('2020–2026');
    });
  }

  it('accepts the commune SIREN and the dataset id', async () => {
    for (const city of ['216901231', 'commune-69123', ' 69123 ']) {
      const el = await badge(city);
      expect(visible(el, 'name'), city).to.equal('Lyon');
    }
    expect(visible(await badge('epci-200040459'), 'name')).to.equal('CA Montélimar Agglomération');
  });

  it('vae-load carries the member, the title and whether it ended', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const events: VaeLoadEvent<CityBadgeLoadDetail>[] = [];
    wrapper.addEventListener('vae-load', (e) =>
      events.push(e as VaeLoadEvent<CityBadgeLoadDetail>),
    );
    const el = document.createElement('vae-city-badge');
    el.city = '97411';
    el.date = BEFORE_END;
    wrapper.append(el);
    await settled(el);
    expect(events).to.have.length(1);
    expect(events[0].detail.member.id).to.equal('commune-97411');
    expect(events[0].detail.member.department.code).to.equal('974');
    expect(events[0].detail.title.mandate).to.equal('2020-2026');
    expect(events[0].detail.ended).to.be.false;
  });
});

describe('vae-city-badge: no badge for non-members, unknown codes and garbage', () => {
  beforeEach(() => clearDataCache());

  const cases = [
    { what: 'a Corsican commune that is not a member', city: '2A004', state: 'empty' },
    { what: 'a commune inside a member intercommunality', city: '26198', state: 'empty' },
    { what: 'an unknown SIREN', city: '123456789', state: 'empty' },
    { what: 'an unknown id', city: 'commune-99999', state: 'empty' },
    { what: 'garbage', city: '<img src=x onerror=alert(1)>', state: 'error' },
    { what: 'a 4-digit code', city: '6912', state: 'error' },
    { what: 'an empty city', city: '', state: 'error' },
  ];
  for (const c of cases) {
    it(`${c.what} (${JSON.stringify(c.city)}): state ${c.state}, fallback kept, one warning`, async () => {
      let el!: VaeCityBadge;
      const warnings = await captureWarnings(async () => {
        el = await badge(c.city);
      });
      expect(el.state).to.equal(c.state);
      expect(part(el, 'badge')).to.be.null;
      expect(shadowText(el)).to.equal('');
      expect(el.textContent).to.equal('Fallback link');
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(slot.assignedNodes().length).to.be.greaterThan(0);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(warnings).to.have.length(1);
      if (c.city.trim()) expect(warnings[0]).to.contain(c.city);
    });
  }
});

describe('vae-city-badge: ended mandate and current-only', () => {
  beforeEach(() => clearDataCache());

  it('before 2026-03-22 the 2020–2026 title is current', async () => {
    const fr = await badge('69123', { now: BEFORE_END });
    expect(visible(fr, 'period')).to.equal('Mandat 2020–2026 (en cours)');
    const en = await badge('69123', { now: BEFORE_END, lang: 'en' });
    expect(visible(en, 'period')).to.equal('2020–2026 mandate (current)');
  });

  it('after 2026-03-22 it is shown as the title held for that mandate, never as current', async () => {
    const fr = await badge('69123', { now: AFTER_END });
    expect(visible(fr, 'period')).to.equal('Titre du mandat 2020–2026 (terminé)');
    expect(shadowText(fr)).not.to.contain('en cours');
    const en = await badge('69123', { now: AFTER_END, lang: 'en' });
    expect(visible(en, 'period')).to.equal('Title for the 2020–2026 mandate (ended)');
    expect(shadowText(en)).not.to.contain('current');
  });

  it('the compact and seal variants say "terminé" / "ended" too', async () => {
    for (const variant of ['compact', 'seal']) {
      expect(shadowText(await badge('69123', { variant }))).to.contain('2020–2026, terminé');
      expect(shadowText(await badge('69123', { variant, lang: 'en' }))).to.contain(
        '2020–2026, ended',
      );
    }
  });

  it('current-only shows a running title and hides an ended one (empty, fallback kept)', async () => {
    const before = await fixture<VaeCityBadge>(
      html`<vae-city-badge city="69123" current-only .date=${BEFORE_END}>Fallback</vae-city-badge>`,
    );
    await settled(before);
    expect(before.state).to.equal('ready');
    let after!: VaeCityBadge;
    const warnings = await captureWarnings(async () => {
      after = await fixture<VaeCityBadge>(
        html`<vae-city-badge city="69123" current-only .date=${AFTER_END}
          >Fallback</vae-city-badge
        >`,
      );
      await settled(after);
    });
    expect(after.state).to.equal('empty');
    expect(shadowText(after)).to.equal('');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('69123');
  });

  it('defaults to today when no date is injected', async () => {
    const el = document.createElement('vae-city-badge');
    el.city = '69123';
    document.body.append(el);
    await settled(el);
    const ended = new Date() > new Date('2026-03-22T23:59:59');
    expect(visible(el, 'period')).to.contain(ended ? 'terminé' : 'en cours');
    el.remove();
  });
});

describe('vae-city-badge: many badges and no layout shift', () => {
  beforeEach(() => clearDataCache());

  it('50 badges on one page make one dataset request', async () => {
    const key = unique();
    const src = `/faults/count/${key}/vae.json`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        ${Array.from(
          { length: 50 },
          (_, i) =>
            html`<vae-city-badge
              src=${src}
              city=${i % 2 ? '69123' : '200040459'}
            ></vae-city-badge>`,
        )}
      </div>`,
    );
    const badges = [...wrapper.querySelectorAll('vae-city-badge')];
    await Promise.all(badges.map((el) => settled(el)));
    expect(badges.every((el) => el.state === 'ready')).to.be.true;
    const seen = await (await fetch(`/faults/requests/${key}`)).json();
    expect(seen.count).to.equal(1);
  });

  /**
   * Mounts one badge per variant for `cities` with a slow (1.5 s) dataset, each
   * followed by a paragraph, and asserts that nothing moved when the data arrived.
   */
  async function expectNoShift(cities: { full: string; compact: string; seal: string }) {
    let shift = 0;
    const start = performance.now();
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        // Buffered entries include earlier tests' fixtures: count this page's only.
        if (entry.startTime >= start) shift += entry.value;
      }
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    const src = `/faults/slow?ms=1500&k=${unique()}`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <vae-city-badge src=${src} city=${cities.full}></vae-city-badge>
        <p>Text below the full badge.</p>
        <vae-city-badge src=${src} city=${cities.compact} variant="compact"></vae-city-badge>
        <p>Text below the compact badge.</p>
        <vae-city-badge src=${src} city=${cities.seal} variant="seal"></vae-city-badge>
        <p>Text below the seal.</p>
      </div>`,
    );
    const badges = [...wrapper.querySelectorAll('vae-city-badge')];
    const before = [...wrapper.querySelectorAll('p')].map((p) => p.getBoundingClientRect().top);
    expect(badges.every((el) => el.state === 'loading')).to.be.true;
    await Promise.all(badges.map((el) => settled(el)));
    // Layout shifts are scored as a frame is rendered: let two frames render, then read what is queued.
    await renderedFrames(2);
    for (const entry of observer.takeRecords() as (PerformanceEntry & { value: number })[]) {
      if (entry.startTime >= start) shift += entry.value;
    }
    observer.disconnect();
    const after = [...wrapper.querySelectorAll('p')].map((p) => p.getBoundingClientRect().top);
    expect(badges.map((el) => el.state)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(shift, 'cumulative layout shift').to.equal(0);
    expect(after).to.deep.equal(before);
  }

  it('keeps CLS at 0 with a slow dataset, in every variant', async () => {
    await expectNoShift({ full: '69123', compact: '200040459', seal: '97411' });
  });

  it('keeps CLS at 0 for the longest member name (39 characters), in every variant', async () => {
    // CC Loudéac Communauté - Bretagne Centre: the longest name of the dataset.
    const longest = '200067460';
    const dataset = await builtDataset();
    const lengths = dataset.members.map((m: { name: string }) => m.name.length);
    expect(dataset.members.find((m: { code: string }) => m.code === longest).name.length).to.equal(
      Math.max(...lengths),
    );
    await expectNoShift({ full: longest, compact: longest, seal: longest });
  });
});
