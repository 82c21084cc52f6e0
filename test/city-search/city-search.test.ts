import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/city-search/city-search.define.js';
import type { VaeCitySearch } from '../../src/city-search/city-search.js';
import { clearDataCache } from '../../src/data/load.js';
import type { VaeSelectEvent } from '../../src/core/select-event.js';
import { DATASET_URL, flushTasks, settled, watchFetches, watchPageErrors } from '../helpers.js';
import {
  announced,
  input,
  live,
  makeSearch as make,
  optionText,
  options,
} from './search-helpers.js';

// Appends `text` to what the field holds (typeInto replaces it).
async function type(el: VaeCitySearch, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('vae-city-search: accessibility', () => {
  it('passes axe closed, open and with an empty result', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
    await type(el, 'lyon');
    expect(options(el).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await type(el, 'zzzzqqq');
    expect(options(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('passes axe while loading and on error', async () => {
    const slow = `/faults/slow?ms=2000&k=${Math.random()}`;
    const loading = await fixture<VaeCitySearch>(
      html`<vae-city-search src=${slow}></vae-city-search>`,
    );
    expect(loading.state).to.equal('loading');
    await expect(loading).to.be.accessible();
    const failed = await fixture<VaeCitySearch>(
      html`<vae-city-search src="/faults/404"></vae-city-search>`,
    );
    await settled(failed);
    expect(failed.state).to.equal('error');
    await expect(failed).to.be.accessible();
  });
});

describe('vae-city-search: finds what people type', () => {
  const expectations: [string, string][] = [
    ['st etienne', 'Saint-Étienne'],
    ['boissy saint leger', 'Boissy-Saint-Léger'],
    ['marseile', 'Marseille'],
    ['69001', 'Lyon'],
    ['974', 'Saint-Denis'],
  ];
  for (const [query, name] of expectations) {
    it(`"${query}" puts ${name} first`, async () => {
      const el = await make();
      await type(el, query);
      expect(optionText(options(el)[0])).to.contain(name);
    });
  }

  it('answers truthfully for a commune inside a member intercommunality', async () => {
    const el = await make();
    await type(el, 'anduze');
    const text = optionText(options(el)[0]);
    expect(text).to.contain('Anduze');
    expect(text).to.contain('Pas Ville amie des enfants elle-même');
    expect(text).to.contain('CA Alès Agglomération');
    expect(text).to.contain('Intercommunalité amie des enfants');
  });

  it('marks the French titles lang="fr" in an English page (RGAA 8.7), and only them', async () => {
    const el = await make('', 'en');
    await type(el, 'lyon');
    const status = options(el)[0].querySelector('[part="status"]')!;
    expect(status.textContent).to.contain('Held the “Ville amie des enfants” title');
    const french = [...status.querySelectorAll('[lang="fr"]')].map((span) => span.textContent);
    expect(french).to.deep.equal(['Ville amie des enfants']);
    input(el).select();
    await sendKeys({ type: 'anduze' });
    await el.updateComplete;
    const epci = options(el)[0].querySelector('[part="status"]')!;
    expect([...epci.querySelectorAll('[lang="fr"]')].map((span) => span.textContent)).to.deep.equal(
      ['Ville amie des enfants', 'Intercommunalité amie des enfants'],
    );
    // A French page has nothing to mark.
    const fr = await make();
    await type(fr, 'lyon');
    expect(options(fr)[0].querySelectorAll('[lang]')).to.have.length(0);
  });

  it('shows a member title for its mandate, as ended', async () => {
    const el = await make();
    await type(el, 'lyon');
    expect(optionText(options(el)[0])).to.match(
      /mandat 2020–2026 \(mandat achevé le 22 mars 2026\)/,
    );
  });

  it('highlights matched characters with <mark part="mark">', async () => {
    const el = await make();
    await type(el, 'st eti');
    const marks = options(el)[0].querySelectorAll('mark[part="mark"]');
    expect([...marks].map((mark) => mark.textContent).join('')).to.equal('Saint-Éti');
  });

  it('always shows the department (homonyms)', async () => {
    const el = await make('all-communes');
    await type(el, 'saint denis');
    await waitUntil(() => options(el).some((o) => optionText(o).includes('(93)')), 'no 93', {
      timeout: 15000,
    });
    const texts = options(el).map(optionText);
    expect(texts.some((t) => t.startsWith('Saint-Denis (974)'))).to.be.true;
    expect(texts.some((t) => t.startsWith('Saint-Denis (93)'))).to.be.true;
  });
});

describe('vae-city-search: all communes', () => {
  it('fetches the communes file only on first typing, then says "not a member"', async () => {
    clearDataCache();
    // Requests started by this test only, counted as they are started.
    const fetches = watchFetches();
    const fetched = () => fetches.urls.filter((url) => url.includes('/communes/')).length;
    const el = await make('all-communes');
    await flushTasks();
    expect(fetched(), 'before any typing').to.equal(0);
    await type(el, 'trifouilly');
    await waitUntil(
      () => options(el).length > 0 && optionText(options(el)[0]).includes('Pas membre'),
      'no answer',
      {
        timeout: 15000,
      },
    );
    // The small index, then the one piece the name needs ("tr…").
    expect(fetches.stop().filter((url) => url.includes('/communes/'))).to.have.length(2);
  });

  it('survives a missing communes file: members still answer, a notice says why, nothing throws', async () => {
    const watch = watchPageErrors();
    const el = await make('all-communes communes-src="/faults/404"', 'en');
    await type(el, 'lyon');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="notice"]'), 'no notice', {
      timeout: 15000,
    });
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('only members');
    expect(optionText(options(el)[0])).to.contain('Lyon');
    await expect(el).to.be.accessible();
    await flushTasks();
    expect(watch.stop()).to.deep.equal([]);
  });

  it('never fetches it without the attribute', async () => {
    const fetches = watchFetches();
    const el = await make();
    await type(el, 'trifouilly');
    // Searched and answered: had it wanted the communes, it would have asked by now.
    await announced(el, 'trifouilly');
    expect(fetches.stop().filter((url) => url.includes('/communes/'))).to.deep.equal([]);
  });
});

describe('vae-city-search: keyboard, live region, events', () => {
  it('runs the APG keyboard flow and emits vae-select on Enter', async () => {
    const el = await make();
    await type(el, 'saint');
    const field = input(el);
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    expect(field.getAttribute('aria-activedescendant')).to.equal('option-0');
    await sendKeys({ press: 'ArrowDown' });
    expect(field.getAttribute('aria-activedescendant')).to.equal('option-1');
    await sendKeys({ press: 'End' });
    expect(field.getAttribute('aria-activedescendant')).to.equal(
      `option-${options(el).length - 1}`,
    );
    await sendKeys({ press: 'Home' });
    expect(field.getAttribute('aria-activedescendant')).to.equal('option-0');
    await sendKeys({ press: 'ArrowUp' });
    expect(field.getAttribute('aria-activedescendant')).to.equal(
      `option-${options(el).length - 1}`,
    );
    await sendKeys({ press: 'Escape' });
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    const picked = oneEvent(el, 'vae-select') as Promise<VaeSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await picked;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.entity.code).to.equal(el.value);
    expect(event.detail.membership.status).to.equal('member');
    expect(field.value).to.equal(event.detail.entity.name);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field.value).to.equal('');
    expect(el.value).to.equal('');
  });

  it('announces counts in French and in English', async () => {
    const fr = await make();
    await type(fr, 'saint');
    await waitUntil(() => /résultats/.test(live(fr)), live(fr));
    await type(fr, 'zzzz');
    await waitUntil(() => /Aucune commune/.test(live(fr)), live(fr));
    const en = await make('', 'en');
    await type(en, 'saint');
    await waitUntil(() => /results/.test(live(en)), live(en));
    await type(en, 'zzzz');
    await waitUntil(() => /No town matches/.test(live(en)), live(en));
  });

  it('applies department and limit filters (clamping bad limits)', async () => {
    const el = await make('department="974" limit="2"');
    await type(el, 'saint');
    expect(options(el)).to.have.length(2);
    expect(options(el).every((o) => optionText(o).includes('(974)'))).to.be.true;
    el.setAttribute('limit', 'nonsense');
    await el.updateComplete;
    expect(options(el).length).to.be.within(1, 8);
  });

  it('makes options links from the href template (http(s) only)', async () => {
    const el = await make('href="https://example.org/villes/{code}"');
    await type(el, 'lyon');
    expect(options(el)[0].getAttribute('href')).to.equal('https://example.org/villes/69123');
    const bad = await make('href="javascript:alert(1)//{code}"');
    await type(bad, 'lyon');
    expect(options(bad)[0].hasAttribute('href')).to.be.false;
  });

  it('emits vae-select on click', async () => {
    const el = await make();
    await type(el, 'lyon');
    const picked = oneEvent(el, 'vae-select') as Promise<VaeSelectEvent>;
    (options(el)[0] as HTMLElement).click();
    expect((await picked).detail.entity.code).to.equal('69123');
  });
});

describe('vae-city-search: forms', () => {
  it('submits the code, requires a choice, clears and resets', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="en">
        <vae-city-search src=${DATASET_URL} name="city" required></vae-city-search>
      </form>`,
    );
    const el = form.querySelector('vae-city-search')!;
    await settled(el);
    expect(el.checkValidity()).to.be.false;
    expect(el.validationMessage).to.equal('Choose a town from the list.');
    await type(el, 'lyon');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(new FormData(form).get('city')).to.equal('69123');
    expect(el.checkValidity()).to.be.true;
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(new FormData(form).get('city')).to.equal(null);
    el.value = '69123';
    await el.updateComplete;
    expect(input(el).value).to.equal('Lyon');
    const clear = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear"]')!;
    expect(clear.getAttribute('aria-label')).to.equal('Clear the search');
    clear.click();
    await el.updateComplete;
    expect(el.value).to.equal('');
    el.value = '69123';
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(input(el).value).to.equal('');
  });
});
