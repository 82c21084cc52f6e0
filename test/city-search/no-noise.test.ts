// When a query matches names as word prefixes (or exactly), typo-only matches
// are not mixed among them: they come after, grouped under "did you mean", and
// only when there are few or no real matches; the live count counts what is shown.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { fold } from '../../src/search/fold.js';
import {
  announced,
  live,
  makeSearch,
  matchOptions,
  optionText,
  options,
  suggestionOptions,
  typeInto,
} from './search-helpers.js';

/** A match's name (or postcode) starts with the query, or has a word that does. */
function isPrefixMatch(option: Element, query: string): boolean {
  const name = fold(option.querySelector('[part~="name"]')!.textContent!);
  const also = fold(option.querySelector('[part~="also"]')?.textContent ?? '');
  const q = fold(query);
  return [name, also].some((text) => ` ${text}`.includes(` ${q}`));
}

for (const mode of ['', 'all-communes']) {
  describe(`vae-city-search: no typo noise among matches (${mode || 'members'})`, () => {
    for (const query of ['st deni', 'grenoble', 'brest']) {
      it(`"${query}" shows only real matches before any suggestion`, async () => {
        const el = await makeSearch(mode);
        await typeInto(el, query);
        if (mode) {
          // The communes arrive after the first keystroke: wait until the search says they are here.
          await announced(
            el,
            query,
            (text) => /résultat/.test(text) && !/Chargement/.test(text),
            15_000,
          );
        }
        const matches = matchOptions(el);
        expect(matches.length).to.be.greaterThan(0);
        for (const option of matches) {
          expect(isPrefixMatch(option, query), optionText(option)).to.be.true;
        }
        // Every suggestion comes after every match.
        const all = options(el);
        const firstSuggestion = all.findIndex((o) => o.closest('[role="group"]'));
        if (firstSuggestion >= 0) expect(firstSuggestion).to.equal(matches.length);
        if (query !== 'st deni' || mode) expect(suggestionOptions(el)).to.have.length(0);
      });
    }
  });
}

describe('vae-city-search: "did you mean" suggestions', () => {
  for (const [query, name] of [
    ['grenolbe', 'Grenoble'],
    ['marseile', 'Marseille'],
  ]) {
    it(`"${query}" still finds ${name} first, under an announced "did you mean" group`, async () => {
      const el = await makeSearch();
      await typeInto(el, query);
      await waitUntil(() => options(el).length > 0, 'no option');
      expect(optionText(options(el)[0])).to.contain(name);
      const group = el.shadowRoot!.querySelector('[role="listbox"] [role="group"]')!;
      const label = el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
      expect(label.textContent!.trim()).to.equal('Vouliez-vous dire :');
      expect(matchOptions(el)).to.have.length(0);
      // The live region speaks after a pause: wait for what it says of the final query.
      await announced(el, query);
      expect(live(el)).to.contain('Vouliez-vous dire');
      const count = suggestionOptions(el).length;
      expect(live(el)).to.contain(count === 1 ? '1 suggestion' : `${count} suggestions`);
      expect(live(el)).to.contain(`Aucune commune ne correspond exactement à « ${query} »`);
      await expect(el).to.be.accessible();
    });
  }

  it('a slow typist hears about the final query only, not an earlier keystroke', async () => {
    // As on a slowed engine: the pause ends between keystrokes, so « grenol » (no
    // exact match either) is announced first; then the reader types on.
    const el = await makeSearch();
    await typeInto(el, 'grenol');
    await announced(el, 'grenol');
    expect(live(el)).to.contain('« grenol »');
    await sendKeys({ type: 'be' });
    await el.updateComplete;
    await announced(el, 'grenolbe');
    expect(live(el)).to.contain('Aucune commune ne correspond exactement à « grenolbe »');
    expect(live(el)).to.contain('Vouliez-vous dire');
    expect(optionText(options(el)[0])).to.contain('Grenoble');
  });

  it('says "Did you mean" in English', async () => {
    const el = await makeSearch('', 'en');
    await typeInto(el, 'grenolbe');
    await announced(el, 'grenolbe');
    expect(live(el)).to.contain('Did you mean');
    const group = el.shadowRoot!.querySelector('[role="group"]')!;
    expect(group.textContent).to.contain('Did you mean:');
  });

  it('counts in the live region what the list shows', async () => {
    const el = await makeSearch('all-communes limit="5"');
    await typeInto(el, 'st deni');
    await waitUntil(() => /Pas membre/.test(options(el).map(optionText).join()), '', {
      timeout: 15_000,
    });
    await announced(el, 'st deni', (text) => !/Chargement/.test(text), 15_000);
    const shown = Number(/(\d+) affichés/.exec(live(el))![1]);
    expect(shown).to.equal(matchOptions(el).length);
    expect(live(el)).not.to.contain('suggestion');
  });
});

describe('vae-city-search all-communes: typos beside real matches', () => {
  const communesHere = (el: Parameters<typeof live>[0]) =>
    waitUntil(() => /Pas membre/.test(options(el).map(optionText).join()), live(el), {
      timeout: 15_000,
    });

  it('"mulouse" finds Mulhouse first (one typo) before Toulouse (two, larger)', async () => {
    const el = await makeSearch('all-communes');
    await typeInto(el, 'mulouse');
    await communesHere(el);
    expect(optionText(options(el)[0])).to.contain('Mulhouse (68)');
  });

  it('"leh avre" (a space one letter late) finds Le Havre first', async () => {
    const el = await makeSearch('all-communes');
    await typeInto(el, 'leh avre');
    await waitUntil(() => /Le Havre \(76\)/.test(optionText(options(el)[0] ?? el)), live(el), {
      timeout: 15_000,
    });
  });

  it('"oulon" shows the village Oulon, then suggests Toulon under "did you mean"', async () => {
    const el = await makeSearch('all-communes');
    await typeInto(el, 'oulon');
    await communesHere(el);
    await waitUntil(() => suggestionOptions(el).length > 0, live(el));
    expect(optionText(matchOptions(el)[0])).to.contain('Oulon (58)');
    expect(optionText(suggestionOptions(el)[0])).to.contain('Toulon (83)');
    await announced(el, 'oulon', (text) => !/Chargement/.test(text), 15_000);
    expect(live(el)).to.contain('suggestion');
    expect(live(el)).to.contain(`${matchOptions(el).length} résultat`);
  });
});
