// Former communes (communes déléguées, associées) and the arrondissements of
// Paris, Lyon and Marseille are found by name and postcode, shown with the
// commune they belong to, and answered for it, in both modes.
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { VaeSelectEvent } from '../../src/core/select-event.js';
import { live, makeSearch, optionText, options, typeInto } from './search-helpers.js';

const cases: [query: string, starts: string][] = [
  ['seynod', 'Seynod — commune déléguée d’Annecy (74)'],
  ['cran gevrier', 'Cran-Gevrier — commune déléguée d’Annecy (74)'],
  ['lyon 3e', 'Lyon 3e Arrondissement — arrondissement de Lyon (69)'],
  ['paris 15', 'Paris 15e Arrondissement — arrondissement de Paris (75)'],
  ['75015', 'Paris 15e Arrondissement — arrondissement de Paris (75)'],
  ['marseille 13', 'Marseille 13e Arrondissement — arrondissement de Marseille (13)'],
];

async function findOption(el: Awaited<ReturnType<typeof makeSearch>>, starts: string) {
  await waitUntil(() => options(el).some((o) => optionText(o).startsWith(starts)), starts, {
    timeout: 15_000,
  });
  return options(el).find((o) => optionText(o).startsWith(starts))!;
}

for (const mode of ['', 'all-communes']) {
  describe(`vae-city-search: old names and arrondissements (${mode || 'members'})`, () => {
    for (const [query, starts] of cases) {
      it(`"${query}" finds ${starts.split(' —')[0]}, answered for its commune`, async () => {
        const el = await makeSearch(mode);
        await typeInto(el, query);
        const option = await findOption(el, starts);
        // The commune holds the title; the option says so, and the part does not claim it.
        expect(optionText(option)).to.contain('Titre « Ville amie des enfants »');
        expect(option.getAttribute('data-status')).to.equal('member');
      });
    }
  });
}

describe('vae-city-search: an old name answers for its commune', () => {
  it('selecting Seynod selects Annecy (code, event, form value)', async () => {
    const el = await makeSearch();
    await typeInto(el, 'seynod');
    await findOption(el, 'Seynod');
    await sendKeys({ press: 'ArrowDown' });
    const picked = oneEvent(el, 'vae-select') as Promise<VaeSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await picked;
    expect(event.detail.entity.code).to.equal('74010');
    expect(event.detail.entity.name).to.equal('Annecy');
    expect(el.value).to.equal('74010');
  });

  it('says it in English', async () => {
    const el = await makeSearch('', 'en');
    await typeInto(el, 'seynod');
    const option = await findOption(el, 'Seynod — former commune, now part of Annecy (74)');
    expect(optionText(option)).to.contain('Ville amie des enfants');
    const lyon = await makeSearch('', 'en');
    await typeInto(lyon, 'lyon 3e');
    await findOption(lyon, 'Lyon 3e Arrondissement — arrondissement of Lyon (69)');
  });

  it('a former commune of a non-member says the commune is not a member', async () => {
    const el = await makeSearch('all-communes');
    await typeInto(el, 'escaufourt');
    const option = await findOption(el, 'Escaufourt — commune associée à');
    expect(optionText(option)).to.contain('Pas membre');
  });

  it('the commune a part belongs to takes its article: du, des, d’ (INSEE TNCC)', async () => {
    const el = await makeSearch('all-communes');
    for (const [query, starts] of [
      ['collinée', 'Collinée — commune déléguée du Mené (22)'],
      ['glennes', 'Glennes — commune déléguée des Septvallons (02)'],
      ['arbignieu', 'Arbignieu — commune déléguée d’Arboys en Bugey (01)'],
      ['la bastide-l', "La Bastide-l'Évêque — commune déléguée du Bas Ségala (12)"],
    ]) {
      await typeInto(el, query);
      await findOption(el, starts);
    }
  });

  it('announces the choice with an English colon in English, a French one in French', async () => {
    for (const [lang, said] of [
      ['en', 'Seynod — former commune, now part of Annecy (74): Held'],
      ['fr', 'Seynod — commune déléguée d’Annecy (74) : Titre'],
    ]) {
      const el = await makeSearch('', lang);
      await typeInto(el, 'seynod');
      await findOption(el, 'Seynod');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => live(el).startsWith(said), `live region: ${live(el)}`);
    }
  });
});
