// The resolver on small synthetic line lists: it fails, naming the line, on
// anything it cannot resolve exactly once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveMembers, parseEntry, ResolveError } from '../../scripts/lib/resolve-members.mjs';
import { loadGeography } from '../../scripts/lib/geography.mjs';

const geo = loadGeography();

/** A tiny synthetic geography, to test homonyms the real data has not. */
const tiny = {
  communes: [
    { code: '93066', nom: 'Saint-Denis', departement: '93', region: '11' },
    { code: '97411', nom: 'Saint-Denis', departement: '974', region: '04' },
    { code: '99001', nom: 'Doublon', departement: '99', region: '99' },
    { code: '99002', nom: 'Doublon', departement: '99', region: '99' },
    { code: '2A004', nom: 'Ajaccio', departement: '2A', region: '94' },
    { code: '99003', nom: "L'Hôpital", departement: '99', region: '99' },
  ],
  epci: [
    {
      code: '200000001',
      nom: 'CC Exemple',
      membres: [{ code: '99001', nom: 'Doublon', populationMunicipale: 10 }],
    },
  ],
  departements: [
    { code: '93', nom: 'Seine-Saint-Denis', region: '11' },
    { code: '974', nom: 'La Réunion', region: '04' },
    { code: '99', nom: 'Test', region: '99' },
    { code: '2A', nom: 'Corse-du-Sud', region: '94' },
  ],
  regions: [
    { code: '11', nom: 'Île-de-France' },
    { code: '04', nom: 'La Réunion' },
    { code: '99', nom: 'Test' },
    { code: '94', nom: 'Corse' },
  ],
};

function fails(fn, line, pattern) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof ResolveError, err.message);
    assert.ok(err.message.includes(JSON.stringify(line)), `message names the line: ${err.message}`);
    if (pattern) assert.match(err.message, pattern);
    return true;
  });
}

test('parseEntry splits name and department, keeping notes in the name', () => {
  assert.deepEqual(parseEntry('Saint-Denis (Réunion) (974)'), {
    name: 'Saint-Denis (Réunion)',
    department: '974',
  });
  assert.deepEqual(parseEntry('Ajaccio (2A)'), { name: 'Ajaccio', department: '2A' });
  assert.deepEqual(parseEntry('Grand Auch Cœur de Gascogne\u00a0 (32)'), {
    name: 'Grand Auch Cœur de Gascogne',
    department: '32',
  });
  fails(() => parseEntry('Sans département'), 'Sans département', /Cannot read/);
});

test('exact name + department resolves; homonyms are told apart by department', () => {
  const { resolved } = resolveMembers(['Saint-Denis (974)', 'Saint-Denis (93)'], [], geo);
  assert.deepEqual(
    resolved.map((r) => r.code),
    ['97411', '93066'],
  );
});

test("the apostrophe rule: ’ and ' are the same character", () => {
  const code = geo.communes.find((c) => c.nom === "L'Hôpital" && c.departement === '57').code;
  const typographic = resolveMembers(['L’Hôpital (57)'], [], geo).resolved[0];
  const straight = resolveMembers(["L'Hôpital (57)"], [], geo).resolved[0];
  assert.equal(typographic.code, code);
  assert.equal(straight.code, code);
  assert.equal(typographic.label, 'L’Hôpital', 'the seed wording is kept');
});

test('a Corsican code (2A) resolves (no member is Corsican, so this is synthetic)', () => {
  const real = resolveMembers(['Ajaccio (2A)'], [], geo).resolved;
  assert.deepEqual([real[0].kind, real[0].code, real[0].department], ['commune', '2A004', '2A']);
  const corrected = resolveMembers(
    ['Ajaccio-Ville (2A)'],
    [
      {
        entry: 'Ajaccio-Ville (2A)',
        targets: [{ kind: 'commune', code: '2A004' }],
        reason: 'Synthetic long form of Ajaccio.',
      },
    ],
    geo,
  ).resolved;
  assert.equal(corrected[0].code, '2A004');
  const bastia = resolveMembers(['Bastia (2B)'], [], geo).resolved;
  assert.equal(bastia[0].code, '2B033');
});

test('fails naming the line when a line is unresolved', () => {
  fails(
    () => resolveMembers(['Agde (34)', 'Villenulle-sur-Rien (34)'], [], geo),
    'Villenulle-sur-Rien (34)',
    /Unresolved/,
  );
  // Right name, wrong department: never resolved by name alone.
  fails(
    () => resolveMembers(['Neuville-en-Ferrain (95)'], [], geo),
    'Neuville-en-Ferrain (95)',
    /Unresolved/,
  );
  // Accents, case, hyphens count.
  fails(() => resolveMembers(['Ecully (69)'], [], geo), 'Ecully (69)', /Unresolved/);
  fails(
    () => resolveMembers(['Saint-Denis (Réunion) (974)'], [], geo),
    'Saint-Denis (Réunion) (974)',
    /Unresolved/,
  );
});

test('fails naming the line when a line is ambiguous', () => {
  fails(() => resolveMembers(['Doublon (99)'], [], tiny), 'Doublon (99)', /Ambiguous: 2 entities/);
  // Saint-Denis alone is not ambiguous once the department is given.
  assert.equal(resolveMembers(['Saint-Denis (93)'], [], tiny).resolved[0].code, '93066');
});

test('fails on an unknown department, a duplicate line or two lines giving the same entity', () => {
  fails(() => resolveMembers(['Agde (00)'], [], geo), 'Agde (00)', /Department 00/);
  fails(() => resolveMembers(['Agde (34)', 'Agde (34)'], [], geo), 'Agde (34)', /twice/);
  fails(
    () =>
      resolveMembers(
        ['Agde (34)', 'Agde-Ville (34)'],
        [
          {
            entry: 'Agde-Ville (34)',
            targets: [{ kind: 'commune', code: '34003' }],
            reason: 'Synthetic long form of Agde.',
          },
        ],
        geo,
      ),
    'Agde-Ville (34)',
    /Duplicate member/,
  );
});

test('fails when a correction target does not exist or has the wrong kind', () => {
  const line = 'Elbeuf-sur-Seine (76)';
  const corr = (targets) => [
    { entry: line, targets, reason: 'Synthetic correction for the test.' },
  ];
  fails(
    () => resolveMembers([line], corr([{ kind: 'commune', code: '76999' }]), geo),
    line,
    /does not exist/,
  );
  fails(
    () => resolveMembers([line], corr([{ kind: 'epci', code: '999999999' }]), geo),
    line,
    /does not exist/,
  );
  fails(
    () => resolveMembers([line], corr([{ kind: 'epci', code: '76231' }]), geo),
    line,
    /not a SIREN/,
  );
  fails(() => resolveMembers([line], corr([{ kind: 'ville', code: '76231' }]), geo), line, /kind/);
  assert.equal(
    resolveMembers([line], corr([{ kind: 'commune', code: '76231' }]), geo).resolved[0].code,
    '76231',
  );
});

test('a correction moving a line to another department must declare it', () => {
  const line = 'Neuville-en-Ferrain (95)';
  const corr = (t) => [{ entry: line, targets: [t], reason: 'Synthetic correction for the test.' }];
  fails(
    () => resolveMembers([line], corr({ kind: 'commune', code: '59426' }), geo),
    line,
    /declare "department": "59"/,
  );
  fails(
    () => resolveMembers([line], corr({ kind: 'commune', code: '59426', department: '62' }), geo),
    line,
    /declares department 62/,
  );
  const ok = resolveMembers([line], corr({ kind: 'commune', code: '59426', department: '59' }), geo)
    .resolved[0];
  assert.deepEqual([ok.code, ok.department, ok.seedDepartment], ['59426', '59', '95']);
});

test('fails on a stale correction and on a correction without a reason', () => {
  const stale = [
    {
      entry: 'Nulle part (01)',
      targets: [{ kind: 'commune', code: '01053' }],
      reason: 'Matches no seed line.',
    },
  ];
  fails(() => resolveMembers(['Agde (34)'], stale, geo), 'Nulle part (01)', /Stale/);
  const noReason = [
    { entry: 'Ecully (69)', targets: [{ kind: 'commune', code: '69081' }], reason: '' },
  ];
  fails(() => resolveMembers(['Ecully (69)'], noReason, geo), 'Ecully (69)', /reason/);
});

test('an EPCI with its exact official name resolves in its department', () => {
  const { resolved } = resolveMembers(['CC Piège Lauragais Malepère (11)'], [], geo);
  assert.deepEqual([resolved[0].kind, resolved[0].code], ['epci', '200035707']);
  fails(
    () => resolveMembers(['CC Piège Lauragais Malepère (34)'], [], geo),
    'CC Piège Lauragais Malepère (34)',
    /Unresolved/,
  );
});
