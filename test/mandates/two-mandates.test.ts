// Two mandates in one dataset (test/fixtures/datasets/mandates-2026.json, made by
// test/fixtures/mandates/make-dataset.mjs): 2020–2026 ended on 22 March 2026,
// 2026–2032 running, with titled members, candidates, a member new to the
// network and a member of another programme. Each element is put on a date in
// 2024 and in 2027 through the shared `date` property.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/city-badge/city-badge.define.js';
import '../../src/city-search/city-search.define.js';
import '../../src/member-count/member-count.define.js';
import '../../src/city-map/city-map.define.js';
import type { VaeCityBadge } from '../../src/city-badge/city-badge.js';
import type { VaeCitySearch } from '../../src/city-search/city-search.js';
import type { VaeMemberCount } from '../../src/member-count/member-count.js';
import type { VaeCityMap, CityMapView } from '../../src/city-map/city-map.js';
import { settled, shadowText } from '../helpers.js';

const SRC = '/test/fixtures/datasets/mandates-2026.json';
const IN_2024 = new Date(2024, 4, 1, 12);
const IN_2027 = new Date(2027, 4, 1, 12);
const NOT_MEMBER = 'Pas membre du réseau Ville amie des enfants';

/** The fixture's members: name, department, code. */
const MEMBERS = [
  { name: 'Lyon', dep: '69', code: '69123' },
  { name: 'Nantes', dep: '44', code: '44109' },
  { name: 'Rennes', dep: '35', code: '35238' },
  { name: 'Vannes', dep: '56', code: '56260' },
  { name: 'Grenoble', dep: '38', code: '38185' },
  { name: 'CA Alès Agglomération', dep: '30', code: '200066918' },
  { name: 'Brest', dep: '29', code: '29019' },
];

interface BadgeSays {
  /** `current`, `ended`, `candidate` or `none` (no badge). */
  kind: string;
  title: string;
  period: string;
}

async function badgeSays(code: string, date: Date, candidate = false): Promise<BadgeSays> {
  const el = await fixture<VaeCityBadge>(
    html`<vae-city-badge
      city=${code}
      lang="fr"
      src=${SRC}
      ?candidate=${candidate}
      .date=${date}
    ></vae-city-badge>`,
  );
  await settled(el);
  const badge = el.shadowRoot!.querySelector('[part~="badge"]');
  if (el.state !== 'ready' || !badge) return { kind: 'none', title: '', period: '' };
  const part = (name: string) =>
    el.shadowRoot!.querySelector(`[part~="${name}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
  const kind = badge.getAttribute('part')!.includes('candidate')
    ? 'candidate'
    : part('period').includes('(terminé)')
      ? 'ended'
      : 'current';
  return { kind, title: part('title'), period: part('period') };
}

async function searchSays(name: string, dep: string, date: Date): Promise<string> {
  const el = await fixture<VaeCitySearch>(
    html`<vae-city-search lang="fr" src=${SRC} .date=${date}></vae-city-search>`,
  );
  await settled(el);
  el.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: name });
  await el.updateComplete;
  const option = [...el.shadowRoot!.querySelectorAll('[role="option"]')].find((o) =>
    o.textContent!.replace(/\s+/g, ' ').includes(`${name} (${dep})`),
  );
  expect(option, `an option for ${name}`).to.exist;
  return option!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('two mandates: the badge', () => {
  const cases: Array<[string, Date, boolean, string, string]> = [
    // code, date, candidate attribute, expected kind, expected period line
    ['69123', IN_2027, false, 'current', 'Mandat 2026–2032 (en cours)'],
    ['69123', IN_2024, false, 'current', 'Mandat 2020–2026 (en cours)'],
    ['35238', IN_2027, false, 'current', 'Mandat 2026–2032 (en cours)'],
    ['35238', IN_2024, true, 'none', ''],
    ['44109', IN_2027, false, 'ended', 'Titre du mandat 2020–2026 (terminé)'],
    ['44109', IN_2027, true, 'candidate', 'Pour le mandat 2026–2032 (titre pas encore attribué)'],
    ['44109', IN_2024, true, 'current', 'Mandat 2020–2026 (en cours)'],
    ['56260', IN_2027, false, 'none', ''],
    ['56260', IN_2027, true, 'candidate', 'Pour le mandat 2026–2032 (titre pas encore attribué)'],
    ['38185', IN_2027, false, 'ended', 'Titre du mandat 2020–2026 (terminé)'],
    ['29019', IN_2027, true, 'none', ''],
    ['29019', IN_2024, true, 'none', ''],
  ];
  for (const [code, date, candidate, kind, period] of cases) {
    it(`${code} on ${date.getFullYear()}${candidate ? ' (candidate)' : ''}: ${kind}`, async () => {
      const said = await badgeSays(code, date, candidate);
      expect(said.kind).to.equal(kind);
      expect(said.period).to.equal(period);
    });
  }

  it('a candidate badge is never in the title look: no mark, its own part, its own words', async () => {
    const el = await fixture<VaeCityBadge>(
      html`<vae-city-badge city="56260" candidate src=${SRC} .date=${IN_2027}></vae-city-badge>`,
    );
    await settled(el);
    const badge = el.shadowRoot!.querySelector('[part~="badge"]')!;
    expect(badge.getAttribute('part')).to.equal('badge candidate');
    const mark = el.shadowRoot!.querySelector('[part~="mark"]')!;
    expect(getComputedStyle(mark).display).to.equal('none');
    expect(getComputedStyle(badge).borderTopStyle).to.equal('dashed');
    const title = el.shadowRoot!.querySelector('[part~="title"]')!;
    expect(title.textContent).to.equal('Candidate au titre « Ville amie des enfants »');
    expect(getComputedStyle(title).fontWeight).to.equal('400');
    await expect(el).to.be.accessible();
  });
});

describe('two mandates: the search', () => {
  it('answers for a 2026–2032 title, an ended title with a candidacy, a candidate, and another programme', async () => {
    expect(await searchSays('Lyon', '69', IN_2027)).to.equal(
      'Titre « Ville amie des enfants » pour le mandat 2026–2032',
    );
    expect(await searchSays('Nantes', '44', IN_2027)).to.equal(
      'Titre « Ville amie des enfants » obtenu pour le mandat 2020–2026 (mandat achevé le 22 mars 2026) ; candidate pour le mandat 2026–2032',
    );
    expect(await searchSays('Vannes', '56', IN_2027)).to.equal(
      'Candidate au titre « Ville amie des enfants » pour le mandat 2026–2032, pas encore titrée',
    );
    expect(await searchSays('Brest', '29', IN_2027)).to.equal(NOT_MEMBER);
    expect(await searchSays('Lyon', '69', IN_2024)).to.equal(
      'Titre « Ville amie des enfants » pour le mandat 2020–2026',
    );
  });

  it('says the same as the badge for every member of the fixture, on both dates', async () => {
    for (const date of [IN_2024, IN_2027]) {
      for (const m of MEMBERS) {
        const plain = await badgeSays(m.code, date);
        const opted = await badgeSays(m.code, date, true);
        const said = await searchSays(m.name, m.dep, date);
        const who = `${m.name} on ${date.getFullYear()}: badge ${plain.kind}/${opted.kind}, search "${said}"`;
        const period = (line: string) => /\d{4}–\d{4}/.exec(line)![0];
        if (plain.kind === 'current') {
          expect(said, who).to.equal(
            `Titre « ${plain.title} » pour le mandat ${period(plain.period)}`,
          );
        } else if (plain.kind === 'ended') {
          expect(
            said.startsWith(
              `Titre « ${plain.title} » obtenu pour le mandat ${period(plain.period)}`,
            ),
            who,
          ).to.be.true;
          expect(said.includes('; candidate pour le mandat'), who).to.equal(
            opted.kind === 'candidate',
          );
        } else if (opted.kind === 'candidate') {
          expect(said, who).to.equal(
            `Candidate au titre « Ville amie des enfants » pour le mandat ${period(opted.period)}, pas encore titrée`,
          );
        } else {
          expect(said, who).to.equal(NOT_MEMBER);
        }
      }
    }
  });
});

describe('two mandates: the counter and the map', () => {
  async function count(date: Date, attrs: { mandate?: string; status?: string } = {}) {
    const el = await fixture<VaeMemberCount>(
      html`<vae-member-count
        no-animation
        lang="fr"
        src=${SRC}
        mandate=${attrs.mandate ?? ''}
        status=${attrs.status ?? ''}
        .date=${date}
      ></vae-member-count>`,
    );
    await settled(el);
    const label = el.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim();
    const number = el.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim();
    return `${number} ${label}`;
  }

  async function mapView(date: Date, attrs: { mandate?: string; status?: string } = {}) {
    const el = await fixture<VaeCityMap>(
      html`<vae-city-map
        view="table"
        lang="fr"
        src=${SRC}
        mandate=${attrs.mandate ?? ''}
        status=${attrs.status ?? ''}
        .date=${date}
      ></vae-city-map>`,
    );
    await settled(el);
    const view = (el as unknown as { derived: { view: CityMapView } }).derived.view;
    return {
      total: view.total,
      departments: view.departments.map((d) => d.code).sort(),
      text: shadowText(el),
    };
  }

  it('counts the running mandate in the present tense, the ended one in the past, candidates apart', async () => {
    expect(await count(IN_2027)).to.match(
      /^3 collectivités détiennent le titre Ville ou Intercommunalité amie des enfants pour le mandat 2026–2032$/,
    );
    expect(await count(IN_2024)).to.match(
      /^4 collectivités détiennent le titre .* pour le mandat 2020–2026$/,
    );
    expect(await count(IN_2027, { mandate: '2020-2026' })).to.match(
      /^4 collectivités ont obtenu le titre .* pour le mandat 2020–2026$/,
    );
    expect(await count(IN_2027, { status: 'candidate' })).to.match(
      /^2 collectivités sont candidates au titre .* pour le mandat 2026–2032$/,
    );
  });

  it('shades and lists what the counter counts, on both dates', async () => {
    expect(await mapView(IN_2027)).to.include({ total: 3 });
    expect((await mapView(IN_2027)).departments).to.deep.equal(['30', '35', '69']);
    expect((await mapView(IN_2024)).departments).to.deep.equal(['30', '38', '44', '69']);
    expect((await mapView(IN_2027, { status: 'candidate' })).departments).to.deep.equal([
      '44',
      '56',
    ]);
  });

  it('never shows the member of another programme (Brest, 29) as Ville amie des enfants', async () => {
    for (const date of [IN_2024, IN_2027]) {
      const map = await mapView(date);
      expect(map.departments).not.to.include('29');
      expect(map.text).not.to.contain('Brest');
      expect((await badgeSays('29019', date, true)).kind).to.equal('none');
    }
  });
});
