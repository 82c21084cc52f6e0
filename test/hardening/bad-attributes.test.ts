// Issue 10: attributes a webmaster can get wrong. Each must give a clear,
// documented behaviour: a defined state, no script run, no error, no hang.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { DATASET_URL, flushTasks, settled, shadowText, watchPageErrors } from '../helpers.js';
import { ELEMENTS, mount } from './elements.js';

let parent: HTMLElement;
beforeEach(() => {
  parent = document.createElement('div');
  document.body.append(parent);
});
afterEach(() => parent.remove());

/** Mounts and waits for a settled state, failing on any page error meanwhile. */
async function settle(tag: string, attributes: Record<string, string>, into = parent) {
  const el = mount(into, tag, { src: DATASET_URL, ...attributes });
  await settled(el);
  return el;
}

const shadow = (el: Element) => el.shadowRoot!;

describe('unknown or odd `lang`', () => {
  // src/i18n/lang.ts: `en*` is English, anything else French; an empty `lang`
  // defers to the nearest ancestor's.
  const cases: { lang: string; parentLang?: string; speaks: 'fr' | 'en' }[] = [
    { lang: 'de', speaks: 'fr' },
    { lang: 'xx-not a tag!', speaks: 'fr' },
    { lang: 'EN-us', speaks: 'en' },
    { lang: ' en-GB ', speaks: 'en' },
    { lang: 'english', speaks: 'en' },
    { lang: '', parentLang: 'en', speaks: 'en' },
    { lang: '', parentLang: 'de', speaks: 'fr' },
  ];
  for (const element of ELEMENTS) {
    for (const c of cases) {
      const where = c.parentLang ? ` inside lang="${c.parentLang}"` : '';
      it(`<${element.tag} lang="${c.lang}">${where} speaks ${c.speaks}`, async () => {
        const watch = watchPageErrors();
        const host = document.createElement('div');
        if (c.parentLang) host.lang = c.parentLang;
        parent.append(host);
        const el = await settle(element.tag, { ...element.ready, lang: c.lang }, host);
        expect(el.getAttribute('state')).to.equal('ready');
        const text = shadowText(el);
        expect(text).to.match(element.readyText[c.speaks]);
        expect(text).not.to.match(element.readyText[c.speaks === 'fr' ? 'en' : 'fr']);
        await flushTasks();
        expect(watch.stop()).to.deep.equal([]);
      });
    }
  }
});

describe('negative, zero, huge or non-numeric `limit`', () => {
  // Search: 1–50, anything else → 8 (docs/elements/vae-city-search.md); fractions floor.
  const searchCases: [string, number][] = [
    ['-5', 8],
    ['0', 8],
    ['abc', 8],
    ['', 8],
    ['1e9', 50],
    ['2.9', 2],
    ['50', 50],
  ];
  for (const [limit, shown] of searchCases) {
    it(`<vae-city-search limit="${limit}"> shows ${shown} options for a broad query`, async () => {
      const watch = watchPageErrors();
      const el = await settle('vae-city-search', { limit });
      const input = shadow(el).querySelector('input')!;
      input.value = 'saint';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[role="option"]')).to.have.length(shown);
      await flushTasks();
      expect(watch.stop()).to.deep.equal([]);
    });
  }

  // News: "0 or invalid: all"; negative is invalid; fractions truncate.
  const newsCases: [string, number | 'all'][] = [
    ['-3', 'all'],
    ['0', 'all'],
    ['abc', 'all'],
    ['1e9', 'all'],
    ['2.9', 2],
    ['1', 1],
  ];
  for (const [limit, count] of newsCases) {
    it(`<vae-news-list limit="${limit}"> shows ${count} items`, async () => {
      const watch = watchPageErrors();
      const all = (await (await fetch(DATASET_URL)).json()).news.length as number;
      const el = await settle('vae-news-list', { limit });
      expect(el.getAttribute('state')).to.equal('ready');
      expect(shadow(el).querySelectorAll('article')).to.have.length(count === 'all' ? all : count);
      await flushTasks();
      expect(watch.stop()).to.deep.equal([]);
    });
  }
});

describe('malformed `city` on the badge', () => {
  const cities: [string, string][] = [
    ['letters', 'abc'],
    ['empty', ''],
    ['10,000 characters', '6'.repeat(10_000)],
    ['markup', '<img src=x onerror="window.badgeHacked=1">'],
  ];
  for (const [what, city] of cities) {
    it(`${what}: state error, no badge, no markup, one warning, vae-error`, async () => {
      const watch = watchPageErrors();
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = mount(parent, 'vae-city-badge', { src: DATASET_URL, city });
        const event = await oneEvent(el, 'vae-error');
        await settled(el);
        expect(el.getAttribute('state')).to.equal('error');
        expect(event.detail.error).to.equal(undefined);
        expect(event.detail.message).to.include(city.slice(0, 50));
        expect(shadow(el).querySelector('[part~="badge"]')).to.equal(null);
        expect(shadowText(el)).to.equal('');
        expect(document.querySelector('img[src="x"]')).to.equal(null);
        expect(shadow(el).querySelector('img')).to.equal(null);
        expect((window as { badgeHacked?: number }).badgeHacked).to.equal(undefined);
        // No reserved space left behind by a badge that will not come.
        expect(el.getBoundingClientRect().height).to.equal(0);
        await flushTasks();
        expect(
          warnings.filter((args) => String(args[0]).startsWith('[vae-city-badge]')),
        ).to.have.length(1);
      } finally {
        console.warn = warn;
      }
      await flushTasks();
      expect(watch.stop()).to.deep.equal([]);
    });
  }
});

describe('invalid `href` templates: only http(s) results become links', () => {
  const base = document.baseURI;
  const templates: { template: string; links: false | ((code: string) => string) }[] = [
    { template: 'javascript:alert({code})', links: false },
    { template: 'JaVaScRiPt:alert({code})', links: false },
    { template: ' javascript:alert({code})', links: false },
    { template: 'java\tscript:alert({code})', links: false },
    { template: 'data:text/html,<script>alert({code})</script>', links: false },
    { template: 'vbscript:msgbox({code})', links: false },
    { template: 'ftp://example.org/{code}', links: false },
    // Protocol-relative and relative templates resolve against the page: http(s), so links.
    {
      template: '//evil.example/{code}',
      links: (code) => `${location.protocol}//evil.example/${code}`,
    },
    { template: 'villes/{code}', links: (code) => new URL(`villes/${code}`, base).href },
    { template: 'https://example.org/v/{code}', links: (code) => `https://example.org/v/${code}` },
  ];

  for (const { template, links } of templates) {
    const label = JSON.stringify(template);
    it(`<vae-city-search href=${label}>: ${links ? 'http(s) links' : 'no link'}`, async () => {
      const watch = watchPageErrors();
      const el = await settle('vae-city-search', { href: template });
      const input = shadow(el).querySelector('input')!;
      input.value = 'lyon';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      const options = [...shadow(el).querySelectorAll('[role="option"]')];
      expect(options.length).to.be.greaterThan(0);
      for (const option of options) {
        if (!links) {
          expect(option.tagName).to.equal('DIV');
          expect(option.hasAttribute('href')).to.equal(false);
        } else {
          const href = (option as HTMLAnchorElement).href;
          expect(option.tagName).to.equal('A');
          expect(new URL(href).protocol).to.match(/^https?:$/);
        }
      }
      if (links) expect((options[0] as HTMLAnchorElement).href).to.match(/^https?:\/\//);
      expect(
        shadow(el).querySelectorAll('a:not([href^="http:"]):not([href^="https:"])'),
      ).to.have.length(0);
      await flushTasks();
      expect(watch.stop()).to.deep.equal([]);
    });

    it(`<vae-city-map view="table" href=${label}>: ${links ? 'http(s) links' : 'no link'}`, async () => {
      const watch = watchPageErrors();
      const el = await settle('vae-city-map', { href: template, view: 'table' });
      expect(el.getAttribute('state')).to.equal('ready');
      const members = shadow(el).querySelectorAll('a[part="member"]');
      const lyon = [...shadow(el).querySelectorAll('td')].find((td) =>
        td.textContent?.includes('Lyon'),
      );
      expect(lyon).to.not.equal(undefined);
      if (!links) {
        expect(members).to.have.length(0);
      } else {
        expect(members.length).to.be.greaterThan(100);
        const link = [...lyon!.querySelectorAll('a')].find(
          (a) => a.textContent?.trim() === 'Lyon',
        )!;
        expect(link.href).to.equal(links('69123'));
      }
      expect(
        shadow(el).querySelectorAll('a:not([href^="http:"]):not([href^="https:"])'),
      ).to.have.length(0);
      await flushTasks();
      expect(watch.stop()).to.deep.equal([]);
    });
  }
});

describe('other odd values keep a documented behaviour', () => {
  it('<vae-member-count department="2A">: a department without members says none (ready)', async () => {
    const el = await settle('vae-member-count', { department: '2A', 'no-animation': '' });
    expect(el.getAttribute('state')).to.equal('ready');
    // French says "aucune", not a 0.
    expect(shadow(el).querySelector('.shown')).to.equal(null);
    expect(shadowText(el)).to.match(/^Aucune collectivité n’a obtenu le titre/);
  });

  it('<vae-member-count kind="village">: unknown kind is empty, with a message', async () => {
    const el = await settle('vae-member-count', { kind: 'village', lang: 'en' });
    expect(el.getAttribute('state')).to.equal('empty');
    expect(shadowText(el)).to.match(/kind/i);
  });

  // A value that is not a level falls back to the outline's: h2 in this page without headings.
  const levels: [string, string][] = [
    ['0', 'h2'],
    ['1', 'h2'],
    ['9', 'h6'],
    ['-4', 'h2'],
    ['abc', 'h2'],
    ['4.7', 'h4'],
  ];
  for (const [level, tag] of levels) {
    it(`heading-level="${level}" gives <${tag}> (news) and <${tag}> + one below (partners)`, async () => {
      const news = await settle('vae-news-list', { 'heading-level': level });
      expect(shadow(news).querySelector('[part="title"]')!.tagName.toLowerCase()).to.equal(tag);
      const partners = await settle('vae-partner-list', { 'heading-level': level });
      expect(shadow(partners).querySelector('[part="heading"]')!.tagName.toLowerCase()).to.equal(
        tag,
      );
      const below = `h${Math.min(6, Number(tag[1]) + 1)}`;
      expect(shadow(partners).querySelector('[part="name"]')!.tagName.toLowerCase()).to.equal(
        below,
      );
    });
  }

  it('<vae-city-map region=" "> counts every member (a blank filter is no filter)', async () => {
    const all = (await (await fetch(DATASET_URL)).json()).members.length as number;
    const el = await settle('vae-city-map', { region: ' ', view: 'table' });
    expect(el.getAttribute('state')).to.equal('ready');
    const counts = [...shadow(el).querySelectorAll('td.count-cell')].map((td) =>
      Number(td.textContent),
    );
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(all);
  });

  it('<vae-city-map kind="bogus">: unknown kind is empty with a message, as the counter', async () => {
    const el = await settle('vae-city-map', { kind: 'bogus', lang: 'en', view: 'table' });
    expect(el.getAttribute('state')).to.equal('empty');
    expect(shadowText(el)).to.equal('No member matches these filters.');
  });
});
