import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { runBuild, readRepoText } from './helpers.mjs';
import { loadGeography } from '../../scripts/lib/geography.mjs';
import { parseMemberLines } from '../../scripts/lib/parse-sources.mjs';
import { parseEntry } from '../../scripts/lib/resolve-members.mjs';

let built;
let data;
let geo;
const byCode = (code) => data.members.find((m) => m.code === code);

before(() => {
  built = runBuild();
  data = built.dataset;
  geo = loadGeography();
});
after(() => built?.cleanup());

test('build prints the gzip size and stays within the 24 KB budget', () => {
  assert.match(built.stdout, /KB gzip/);
  assert.ok(gzipSync(built.raw).length <= 24 * 1024);
  assert.ok(!built.raw.toString().includes('\n'), 'vae.json is compact');
});

test('300 members from the 299 seed lines, every line accounted for', () => {
  const lines = parseMemberLines(readRepoText('data/sources/000_a1bb91902d6e3713.txt'));
  assert.equal(lines.length, 299);
  assert.equal(data.members.length, 300);
  const labels = new Set(data.members.map((m) => m.label));
  assert.equal(labels.size, 299);
  for (const line of lines)
    assert.ok(labels.has(parseEntry(line).name), `line ${line} has a member`);
  assert.equal(new Set(data.members.map((m) => m.id)).size, 300, 'ids are unique');
});

test('counts by kind and meta', () => {
  const communes = data.members.filter((m) => m.kind === 'commune').length;
  const epci = data.members.filter((m) => m.kind === 'epci').length;
  assert.equal(communes, 287);
  assert.equal(epci, 13);
  assert.deepEqual(data.meta.counts, {
    date: '2026-01-01',
    members: 300,
    communes,
    epci,
    partners: 15,
    news: 9,
  });
  assert.equal(data.schemaVersion, 1);
  assert.deepEqual(data.meta.mandates, [
    {
      id: '2020-2026',
      programme: 'ville-amie-des-enfants',
      start: '2020-06-28',
      end: '2026-03-22',
      counts: { titled: 300, candidate: 0, withdrawn: 0 },
      announced: [
        {
          count: 300,
          date: '2022-12-31',
          source: 'programme-page',
          note: '300 villes ont intégré le réseau Ville amie des enfants 2020/2026 au cours des années 2021 et 2022',
        },
      ],
    },
  ]);
  assert.equal(data.meta.geography.package, '@etalab/decoupage-administratif');
  assert.equal(data.meta.geography.version, geo.version);
  assert.equal(data.meta.geography.year, 2026);
  assert.equal(data.meta.buildDate, '2026-01-01T00:00:00.000Z', 'SOURCE_DATE_EPOCH is honoured');
});

test('every member carries official code, name, department and region from the package', () => {
  const communes = new Map(geo.communes.map((c) => [c.code, c]));
  const epcis = new Map(geo.epci.map((e) => [e.code, e]));
  const deps = new Map(geo.departements.map((d) => [d.code, d]));
  const regs = new Map(geo.regions.map((r) => [r.code, r]));
  for (const m of data.members) {
    assert.equal(deps.get(m.department.code)?.nom, m.department.name, m.id);
    assert.equal(regs.get(m.region.code)?.nom, m.region.name, m.id);
    assert.equal(deps.get(m.department.code).region, m.region.code, m.id);
    assert.ok(m.postcodes.length > 0, `${m.id} has postcodes`);
    if (m.kind === 'commune') {
      const c = communes.get(m.code);
      assert.ok(c, m.id);
      assert.equal(m.id, `commune-${c.code}`);
      assert.equal(m.name, c.nom);
      assert.equal(m.siren, c.siren);
      assert.equal(m.department.code, c.departement);
      assert.equal(m.population, c.population);
      assert.deepEqual(m.postcodes, [...c.codesPostaux].sort());
      assert.equal(m.communes, undefined);
      assert.deepEqual(
        m.titles.map((t) => t.title),
        ['Ville amie des enfants'],
      );
    } else {
      const e = epcis.get(m.code);
      assert.ok(e, m.id);
      assert.equal(m.id, `epci-${e.code}`);
      assert.equal(m.name, e.nom);
      assert.equal(m.siren, e.code);
      assert.equal(m.population, e.populationMunicipale);
      assert.deepEqual(
        new Set(m.communes.map((c) => c.code)),
        new Set(e.membres.map((c) => c.code)),
      );
      // The EPCI's department holds its member communes.
      assert.ok(
        m.communes.every((c) => communes.get(c.code).departement === m.department.code),
        m.id,
      );
      assert.deepEqual(
        m.titles.map((t) => t.title),
        ['Intercommunalité amie des enfants'],
      );
    }
    for (const t of m.titles)
      assert.deepEqual(
        [t.programme, t.mandate, t.status, t.start, t.end],
        ['ville-amie-des-enfants', '2020-2026', 'titled', '2020-06-28', '2026-03-22'],
      );
  }
});

test('corrected lines resolve to the right official entities', () => {
  const cases = [
    ['Elbeuf-sur-Seine', '76231', 'Elbeuf', '76'],
    ['Neuville-en-Ferrain', '59426', 'Neuville-en-Ferrain', '59'],
    ['Montélimar Agglo', '200040459', 'CA Montélimar Agglomération', '26'],
    ['Dammartin-en-Göele', '77153', 'Dammartin-en-Goële', '77'],
    ['Valbonne Sophia Antipolis', '06152', 'Valbonne', '06'],
    ['Ecully', '69081', 'Écully', '69'],
    ['Marcq-en-Baroeul', '59378', 'Marcq-en-Barœul', '59'],
    ['Boissy Saint-Léger', '94004', 'Boissy-Saint-Léger', '94'],
    ['Grand-Quevilly', '76322', 'Le Grand-Quevilly', '76'],
    ['Ploemeur', '56162', 'Ploemeur', '56'],
    ['Luxeuil-les-Bains AGGLO', '247000755', 'CC du Pays de Luxeuil', '70'],
  ];
  for (const [label, code, name, dep] of cases) {
    const m = data.members.find((x) => x.label === label);
    assert.ok(m, label);
    assert.deepEqual([m.code, m.name, m.department.code], [code, name, dep], label);
  }
  // Montélimar itself is a member commune of the EPCI, in Drôme.
  assert.ok(
    byCode('200040459').communes.some((c) => c.code === '26198' && c.name === 'Montélimar'),
  );
  assert.ok(byCode('247000755').communes.some((c) => c.name === 'Luxeuil-les-Bains'));
});

test('Bram line gives the commune and its intercommunality, Bram among its communes', () => {
  const both = data.members.filter((m) => m.label === 'Bram et CC Piège Lauragais Malepère');
  assert.deepEqual(both.map((m) => m.id).sort(), ['commune-11049', 'epci-200035707']);
  const cc = byCode('200035707');
  assert.ok(cc.communes.some((c) => c.code === '11049' && c.name === 'Bram'));
  assert.ok(cc.postcodes.includes('11150'));
});

test('overseas communes (La Réunion) are told apart from their homonyms', () => {
  for (const [code, name, label] of [
    ['97411', 'Saint-Denis', 'Saint-Denis (Réunion)'],
    ['97415', 'Saint-Paul', 'Saint-Paul'],
    ['97416', 'Saint-Pierre', 'Saint-Pierre (Réunion)'],
  ]) {
    const m = byCode(code);
    assert.deepEqual(
      [m.name, m.label, m.department.code, m.department.name, m.region.code],
      [name, label, '974', 'La Réunion', '04'],
    );
  }
  assert.equal(byCode('93066'), undefined, 'Saint-Denis (93) is not a member');
});

test('no member is Corsican (the resolver handles 2A/2B codes: see resolver.test.mjs)', () => {
  assert.ok(data.members.every((m) => !/^2[AB]/.test(m.code)));
});

test('members are sorted by name', () => {
  const c = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  for (let i = 1; i < data.members.length; i++) {
    assert.ok(c.compare(data.members[i - 1].name, data.members[i].name) <= 0, data.members[i].name);
  }
});

test('15 partners, 14 https websites with the hosts the page gives', () => {
  assert.equal(data.partners.length, 15);
  assert.equal(new Set(data.partners.map((p) => p.id)).size, 15);
  const sites = data.partners.filter((p) => p.website).map((p) => p.website);
  assert.deepEqual(sites.sort(), [
    'https://amf.asso.fr',
    'https://anpde.asso.fr',
    'https://atd-quartmonde.fr',
    'https://cofrade.org',
    'https://defenseurdesdroits.fr',
    'https://ff-entreprises-creches.com',
    'https://fneje.info',
    'https://franceurbaine.org',
    'https://oveo.org',
    'https://reseau-canope.fr',
    'https://soutenir.croix-rouge.fr',
    'https://surexpositionecrans.org',
    'https://tnova.fr',
    'https://villes-sante.com',
  ]);
  const page = readRepoText('data/sources/004_b0b858b4add44fa6.txt').toLowerCase();
  for (const s of sites)
    assert.ok(page.includes(s.slice('https://'.length)), `${s} is on the partner page`);
  const noSite = data.partners.filter((p) => !p.website);
  assert.deepEqual(
    noSite.map((p) => p.id),
    ['delegation-interministerielle-pauvrete'],
  );
  for (const p of data.partners) {
    assert.ok(['institution', 'network-of-local-authorities', 'association'].includes(p.category));
    assert.ok(p.name.fr && p.name.en && p.description.fr && p.description.en);
  }
});

test('9 news items, newest first, with ISO dates and known tags', () => {
  assert.equal(data.news.length, 9);
  for (let i = 1; i < 9; i++) assert.ok(data.news[i - 1].date >= data.news[i].date);
  assert.equal(data.news[0].date, '2025-01-20');
  assert.deepEqual(data.news[0].places, ['Aix-en-Provence', 'Marseille']);
  assert.deepEqual(data.news[0].tags, [
    'Accompagnement',
    'Actualités',
    'Outils méthodologique',
    'Événements',
  ]);
  assert.equal(data.news.at(-1).date, '2024-11-21');
  assert.deepEqual(data.news.at(-1).places, ['Metz']);
  const romans = data.news.find((n) => n.places.includes('Romans-sur-Isère'));
  assert.deepEqual(romans.tags, ['Actualités', 'Consultation nationale des 6/18 ans']);
  assert.equal(new Set(data.news.map((n) => n.title)).size, 9, 'titles kept once');
  assert.equal(new Set(data.news.map((n) => n.id)).size, 9);
  for (const n of data.news) assert.ok(!/https?:/.test(JSON.stringify(n)), 'no invented links');
});
