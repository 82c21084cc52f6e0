// Issue 21: the French grammar of names (src/i18n/french-grammar.ts) on every
// member of the built dataset, on communes of every INSEE TNCC (typeLiaison),
// on every partner and on every intercommunality; and the data that drives it
// (typeLiaison of communes, the article of partners and intercommunalities).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { EPCI_ARTICLES, epciArticle } from '../../scripts/lib/epci-article.mjs';
import { readPartners } from '../../scripts/lib/news-partners-sources.mjs';
import { ROOT, readRepoJson } from './helpers.mjs';

const require = createRequire(import.meta.url);
const cog = require('@etalab/decoupage-administratif/data/communes.json');
const cogEpci = require('@etalab/decoupage-administratif/data/epci.json');
const { ofName, atName, ofNamed, guessTypeLiaison } = await importTs(
  join(ROOT, 'src/i18n/french-grammar.ts'),
);
const { frenchFaults } = await importTs(join(ROOT, 'test/i18n/french-faults.ts'));
const dataset = readRepoJson('dist/data/vae.json');
const partners = readRepoJson('data/partners.json');

/** No fault a French reader would see in "… de <name>" or "… à <name>". */
function assertGoodFrench(phrases) {
  const faults = phrases.flatMap((p) =>
    frenchFaults(`commune ${p} `).map((f) => `${p}: ${f.rule}`),
  );
  assert.deepEqual(faults, []);
}

test('the examples of the issue', () => {
  const cases = [
    ['Le Havre', 2, 'du Havre', 'au Havre'],
    ['Les Abymes', 4, 'des Abymes', 'aux Abymes'],
    ['La Rochelle', 3, 'de La Rochelle', 'à La Rochelle'],
    ["L'Haÿ-les-Roses", 5, "de L'Haÿ-les-Roses", "à L'Haÿ-les-Roses"],
    ['Angers', 1, 'd’Angers', 'à Angers'],
    ['Lyon', 0, 'de Lyon', 'à Lyon'],
    ['Le Mans', 2, 'du Mans', 'au Mans'],
    ['Hyères', 1, 'd’Hyères', 'à Hyères'],
    ['Aux Marais', 6, 'des Marais', 'aux Marais'],
    ['Los Masos', 8, 'de Los Masos', 'à Los Masos'],
    ['Défenseur des droits', 'le', 'du Défenseur des droits', 'au Défenseur des droits'],
    ['Croix-Rouge française', 'la', 'de la Croix-Rouge française', 'à la Croix-Rouge française'],
    ['ATD Quart Monde', '', 'd’ATD Quart Monde', 'à ATD Quart Monde'],
    ['Observatoire de la violence', "l'", 'de l’Observatoire de la violence', null],
    ['Réseau Canopé', 'le', 'du Réseau Canopé', 'au Réseau Canopé'],
  ];
  for (const [name, grammar, of, at] of cases) {
    assert.equal(ofName(name, grammar), of, `ofName(${name}, ${grammar})`);
    if (at) assert.equal(atName(name, grammar), at, `atName(${name}, ${grammar})`);
  }
});

/** What INSEE's TNCC says of the name's start: the article it carries, or its first letter. */
const NAME_START = {
  0: /^(?![AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒ])(?!(Le|La|Les|L'|Aux|Las|Los) )/u,
  1: /^[AEIOUYÀÂÉÈÊËÎÏÔÖÛÜŒH]/u,
  2: /^Le /,
  3: /^La /,
  4: /^Les /,
  5: /^L'/,
  6: /^Aux /,
  7: /^Las /,
  8: /^Los /,
};
/** The expected "de" and "à" forms per TNCC (INSEE's documentation of the TNCC). */
const EXPECTED = {
  0: (n) => [`de ${n}`, `à ${n}`],
  1: (n) => [`d’${n}`, `à ${n}`],
  2: (n) => [`du ${n.slice(3)}`, `au ${n.slice(3)}`],
  3: (n) => [`de ${n}`, `à ${n}`],
  4: (n) => [`des ${n.slice(4)}`, `aux ${n.slice(4)}`],
  5: (n) => [`de ${n}`, `à ${n}`],
  6: (n) => [`des ${n.slice(4)}`, `aux ${n.slice(4)}`],
  7: (n) => [`de ${n}`, `à ${n}`],
  8: (n) => [`de ${n}`, `à ${n}`],
};

/** Communes whose TNCC says "no article" though the name has one: the name wins. */
const COG_SLIPS = ['63448 Le Vernet-Chaméane (0)'];

test('every commune of the COG: its name carries the article its typeLiaison says', () => {
  const wrong = cog
    .filter((c) => c.typeLiaison !== undefined && !NAME_START[c.typeLiaison].test(c.nom))
    .map((c) => `${c.code} ${c.nom} (${c.typeLiaison})`);
  assert.deepEqual(wrong, COG_SLIPS, 'the COG changed: check the slips the grammar corrects');
  assert.equal(ofName('Le Vernet-Chaméane', 0), 'du Vernet-Chaméane');
  assert.equal(atName('Le Vernet-Chaméane', 0), 'au Vernet-Chaméane');
  const values = new Set(cog.map((c) => c.typeLiaison));
  // 7 (Las) has no commune in this COG; undefined is for the collectivités d'outre-mer.
  assert.deepEqual(
    [...values].sort(),
    [0, 1, 2, 3, 4, 5, 6, 8, undefined].sort(),
    'a new typeLiaison value: check src/i18n/french-grammar.ts',
  );
});

test('a sample of communes for each typeLiaison value: "de" and "à" as INSEE says', (t) => {
  const byValue = new Map();
  for (const c of cog) {
    if (c.typeLiaison === undefined || COG_SLIPS.some((slip) => slip.startsWith(c.code))) continue;
    if (!byValue.has(c.typeLiaison)) byValue.set(c.typeLiaison, []);
    byValue.get(c.typeLiaison).push(c);
  }
  for (const [value, communes] of [...byValue].sort((a, b) => a[0] - b[0])) {
    // Every 50th commune of the value (at least 10 of each when there are), all of the small ones.
    const step = Math.max(1, Math.min(50, Math.floor(communes.length / 10)));
    const sample = communes.filter((_, i) => i % step === 0);
    for (const c of sample) {
      assert.deepEqual(
        [ofName(c.nom, value), atName(c.nom, value)],
        EXPECTED[value](c.nom),
        `${c.code} ${c.nom} (${value})`,
      );
    }
    assertGoodFrench(sample.flatMap((c) => [ofName(c.nom, value), atName(c.nom, value)]));
    t.diagnostic(`typeLiaison ${value}: ${sample.length} of ${communes.length} communes`);
  }
});

test('without typeLiaison (older files), the name itself is read: right but for a mute h', () => {
  const wrong = cog
    .filter((c) => c.typeLiaison !== undefined && guessTypeLiaison(c.nom) !== c.typeLiaison)
    .filter((c) => !(c.typeLiaison === 1 && /^H/.test(c.nom)))
    .map((c) => `${c.code} ${c.nom} (${c.typeLiaison})`);
  assert.deepEqual(wrong, COG_SLIPS);
});

test('every member of the dataset: its typeLiaison or article, and French without a fault', () => {
  const byCode = new Map(cog.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
  for (const member of dataset.members) {
    if (member.kind === 'commune') {
      assert.equal(member.typeLiaison, byCode.get(member.code).typeLiaison, member.name);
      assert.deepEqual(
        [ofNamed(member), atName(member.name, member.typeLiaison)],
        EXPECTED[member.typeLiaison](member.name),
      );
    } else {
      assert.equal(member.article, epciArticle(member.name), member.name);
    }
  }
  assertGoodFrench(dataset.members.map(ofNamed));
  const communes = dataset.members.filter((m) => m.kind === 'commune');
  assert.equal(communes.length, 287);
  const of = (name) => ofNamed(dataset.members.find((m) => m.name === name));
  assert.equal(of('Le Puy-en-Velay'), 'du Puy-en-Velay');
  assert.equal(of('Les Ulis'), 'des Ulis');
  assert.equal(of('La Rochelle'), 'de La Rochelle');
  assert.equal(of("L'Isle-sur-la-Sorgue"), "de L'Isle-sur-la-Sorgue");
  assert.equal(of('Hérouville-Saint-Clair'), 'd’Hérouville-Saint-Clair');
  assert.equal(of('Lyon'), 'de Lyon');
});

test('every partner: the article of its French name', () => {
  assert.deepEqual(Object.fromEntries(partners.map((p) => [p.id, ofName(p.name.fr, p.article)])), {
    'delegation-interministerielle-pauvrete':
      'de la Délégation interministérielle à la prévention et à la lutte contre la pauvreté des enfants et des jeunes',
    'defenseur-des-droits': 'du Défenseur des droits',
    amf: "de l’Association des maires de France et des présidents d'intercommunalité (AMF)",
    'france-urbaine': 'de France urbaine',
    'villes-sante-oms': "du Réseau français des Villes-Santé de l'OMS",
    cofrade: "du Conseil français des associations pour les droits de l'enfant (COFRADE)",
    'terra-nova': 'de Terra Nova',
    cose: 'du Collectif Surexposition Écrans (CoSE)',
    'croix-rouge-francaise': 'de la Croix-Rouge française',
    'atd-quart-monde': 'd’ATD Quart Monde',
    fneje: 'de la Fédération nationale des éducateurs de jeunes enfants (FNEJE)',
    anpde:
      'de l’Association nationale des puéricultrices(teurs) diplômé(e)s et des étudiant(e)s (ANPDE)',
    'reseau-canope': 'du Réseau Canopé',
    ffec: 'de la Fédération française des entreprises de crèches (FFEC)',
    oveo: 'de l’Observatoire de la violence éducative ordinaire (OVEO)',
  });
});

test('every intercommunality of the COG: its first word is in the table, or it is named after its city', () => {
  const unknown = cogEpci.filter(
    (e) => !(e.nom.split(' ')[0] in EPCI_ARTICLES) && e.type !== 'METRO',
  );
  assert.deepEqual(
    unknown.map((e) => `${e.code} ${e.nom} (${e.type})`),
    [],
    'a new kind of EPCI name: add its first word to scripts/lib/epci-article.mjs',
  );
  // Those named after their city take no article: "de Rennes Métropole", "d’Orléans Métropole".
  const cities = cogEpci.filter((e) => epciArticle(e.nom) === '');
  assert.ok(cities.every((e) => e.type === 'METRO' && /Métropole/.test(e.nom)));
  assert.equal(
    ofName('Orléans Métropole', epciArticle('Orléans Métropole')),
    'd’Orléans Métropole',
  );
  assert.equal(
    ofName('Métropole de Lyon', epciArticle('Métropole de Lyon')),
    'de la Métropole de Lyon',
  );
  assert.equal(
    ofName('Eurométropole de Strasbourg', epciArticle('Eurométropole de Strasbourg')),
    'de l’Eurométropole de Strasbourg',
  );
  assertGoodFrench(cogEpci.map((e) => ofName(e.nom, epciArticle(e.nom))));
});

test('every member intercommunality: "de la CC …", "de la CA …"', () => {
  const epcis = dataset.members.filter((m) => m.kind === 'epci');
  assert.equal(epcis.length, 13);
  for (const epci of epcis) assert.equal(ofNamed(epci), `de la ${epci.name}`, epci.name);
});

test('a partner without its article fails the build, naming the file, the line and the fix', () => {
  const [first, ...others] = partners;
  const withoutArticle = { ...first };
  delete withoutArticle.article;
  const root = mkdtempSync(join(tmpdir(), 'vae-article-'));
  try {
    mkdirSync(join(root, 'data'));
    writeFileSync(
      join(root, 'data/partners.json'),
      JSON.stringify([withoutArticle, ...others], null, 2),
    );
    const problems = [];
    readPartners(join(root, 'data/partners.json'), root, (p) => problems.push(p));
    assert.equal(problems.length, 1);
    assert.equal(problems[0].where, 'data/partners.json:2');
    assert.match(problems[0].message, /field "0\.article" is missing: .*"le", "la"/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
