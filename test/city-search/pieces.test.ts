// With all-communes, a query fetches only the piece it needs (a name's first
// letters, a postcode's or department's number), the members answer while it
// loads, and a piece that fails leaves the members working with a notice.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { clearDataCache } from '../../src/data/load.js';
import { flushTasks, watchPageErrors } from '../helpers.js';
import { live, makeSearch, optionText, options, typeInto } from './search-helpers.js';

/** The communes files requested since `mark()` (file names only). */
function requests() {
  const seen = performance.getEntriesByType('resource').length;
  return () =>
    performance
      .getEntriesByType('resource')
      .slice(seen)
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.includes('/communes') && path.endsWith('.json'))
      .map((path) => path.split('/').pop());
}

const anyOption = (el: Parameters<typeof options>[0], test: (text: string) => boolean) =>
  waitUntil(() => options(el).map(optionText).some(test), 'no such option', { timeout: 15_000 });

describe('vae-city-search all-communes: only the pieces a query needs', () => {
  beforeEach(() => clearDataCache());

  it('a non-member name fetches the index and its one name piece', async () => {
    const el = await makeSearch('all-communes');
    const fetched = requests();
    await typeInto(el, 'chamonix');
    await anyOption(el, (t) => t.startsWith('Chamonix-Mont-Blanc (74)') && /Pas membre/.test(t));
    expect(fetched().sort()).to.deep.equal(['index.json', 'n-ch.json']);
  });

  it('a space typed one letter late also fetches the piece of the name respaced', async () => {
    const el = await makeSearch('all-communes');
    const fetched = requests();
    await typeInto(el, 'leh avre');
    await anyOption(el, (t) => t.startsWith('Le Havre (76)'));
    // "leh avre" reads "le havre" too: Le Havre is filed under "ha", not under "le" or "av".
    // The pieces of earlier keystrokes may still arrive: wait for the last query's two.
    await waitUntil(() => fetched().includes('n-av.json') && fetched().includes('n-ha.json'), '', {
      timeout: 15_000,
    });
    for (const file of fetched()) {
      expect(['index.json', 'n-av.json', 'n-ha.json', 'n-le.json']).to.include(file);
    }
  });

  it('a postcode fetches the index and its department piece', async () => {
    const el = await makeSearch('all-communes');
    const fetched = requests();
    await typeInto(el, '74400');
    await anyOption(el, (t) => t.startsWith('Chamonix-Mont-Blanc (74)'));
    expect(fetched().sort()).to.deep.equal(['d-74.json', 'index.json']);
  });

  it('a department number fetches that department piece only', async () => {
    const el = await makeSearch('all-communes');
    const fetched = requests();
    await typeInto(el, '48');
    await anyOption(el, (t) => t.startsWith('Mende (48)'));
    expect(options(el).every((option) => optionText(option).includes('(48)'))).to.be.true;
    expect(fetched().sort()).to.deep.equal(['d-48.json', 'index.json']);
  });

  it('members answer while the piece loads, communes once it arrives', async () => {
    // The piece takes 8 s: long enough that the members' answer comes first even on a busy
    // machine, so the test says what it means (before the piece) without timing anything.
    const el = await makeSearch(
      'all-communes communes-src="/communes-faults/slow-8000/index.json"',
    );
    await typeInto(el, 'lyo');
    await waitUntil(() => options(el).length > 0, 'no member answer');
    expect(optionText(options(el)[0])).to.contain('Lyon (69)');
    const pieceArrived = performance
      .getEntriesByType('resource')
      .some((entry) => /\/communes-faults\/slow-8000\/(?!index)/.test(entry.name));
    expect(pieceArrived, 'the members answered only after the piece').to.equal(false);
    expect(options(el).map(optionText).join()).not.to.contain('Pas membre');
    await waitUntil(() => /Chargement de toutes les communes/.test(live(el)), live(el));
    await anyOption(el, (t) => /Pas membre/.test(t)).catch((e) => {
      throw new Error(`${e} ${live(el)} ${options(el).map(optionText).join(' | ')}`);
    });
    expect(optionText(options(el)[0])).to.contain('Lyon (69)');
  });

  for (const [lang, notice] of [
    ['fr', 'seuls les membres sont proposés'],
    ['en', 'only members are offered'],
  ]) {
    it(`a piece that fails leaves the members working and says so (${lang})`, async () => {
      const watch = watchPageErrors();
      const el = await makeSearch(
        'all-communes communes-src="/communes-faults/fail/index.json"',
        lang,
      );
      await typeInto(el, 'lyon');
      await waitUntil(() => el.shadowRoot!.querySelector('[part="notice"]'), 'no notice', {
        timeout: 15_000,
      });
      expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain(notice);
      expect(optionText(options(el)[0])).to.contain('Lyon (69)');
      await expect(el).to.be.accessible();
      await flushTasks();
      expect(watch.stop()).to.deep.equal([]);
    });
  }
});
