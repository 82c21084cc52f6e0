// The sources, one folder per mandate: the real 2020-2026 folder builds the
// released members unchanged; the fixture mandate 2026-2032
// (test/fixtures/mandates/) adds members and statuses that data:diff lists
// exactly; the release gate refuses a large drop; geography changes and
// commune déléguée lines fail with the successor named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readRepoJson, readRepoText, runBuild } from './helpers.mjs';
import { copyMandates as copyMandatesTo } from './repo-copy.mjs';
import { loadGeography } from '../../scripts/lib/geography.mjs';
import { buildDataset } from '../../scripts/lib/build-dataset.mjs';
import { readMandates } from '../../scripts/lib/mandate-sources.mjs';
import { problemText } from '../../scripts/lib/data-problems.mjs';
import { mergedMembers } from '../../scripts/lib/geography-check.mjs';
import { diffDatasets, isEmptyDiff } from '../../scripts/lib/dataset-diff.mjs';
import { FIXTURE_FILE, buildWithFixture, makeDataset } from '../fixtures/mandates/make-dataset.mjs';

const geo = loadGeography();
const node = (args, opts = {}) =>
  spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', ...opts });

const copyMandates = () => copyMandatesTo('mandates-test');

test('the 2020-2026 folder builds the same 300 members, with the same codes, as the released dataset', () => {
  const built = runBuild();
  try {
    const released = readRepoJson('data/released/vae.json');
    assert.equal(built.dataset.members.length, 300);
    assert.deepEqual(
      built.dataset.members.map((m) => `${m.id} ${m.code} ${m.name} ${m.department.code}`),
      released.members.map((m) => `${m.id} ${m.code} ${m.name} ${m.department.code}`),
    );
    assert.ok(isEmptyDiff(diffDatasets(released, built.dataset)));
  } finally {
    built.cleanup();
  }
});

test("npm run data:diff lists exactly the fixture mandate's additions and status changes", () => {
  const { dir, cleanup } = buildWithFixture();
  try {
    const res = node(['scripts/data/data-diff.mjs', '--json', '--mandates', join(dir, 'mandates')]);
    assert.equal(res.status, 0, res.stderr);
    const diff = JSON.parse(res.stdout);
    assert.deepEqual(
      diff.members.added.map((m) => m.id),
      ['commune-35238', 'commune-56260'],
    );
    assert.deepEqual(
      [diff.members.removed, diff.members.renamed, diff.members.moved],
      [[], [], []],
    );
    const [old, next] = diff.mandates;
    assert.equal(old.id, '2020-2026');
    assert.deepEqual(old.changes, []);
    assert.equal(next.id, '2026-2032');
    assert.deepEqual(
      next.changes.map((c) => `${c.id} ${c.from}→${c.to}`),
      [
        'epci-200066918 null→titled',
        'commune-69123 null→titled',
        'commune-44109 null→candidate',
        'commune-35238 null→titled',
        'commune-56260 null→candidate',
      ],
    );
    // The plain-words version, for a maintainer.
    const text = node(['scripts/data/data-diff.mjs', '--mandates', join(dir, 'mandates')]).stdout;
    assert.match(
      text,
      /Members added: 2\n {2}- Rennes \(35\) \[commune-35238\]\n {2}- Vannes \(56\)/,
    );
    assert.match(text, /Nantes \(44\) \[commune-44109\]: not listed → candidate/);
  } finally {
    cleanup();
  }
});

test('dropping 20 lines of a mandate fails build:data with the reason, and passes with --allow-drop', () => {
  const { dir, mandates, cleanup } = copyMandates();
  try {
    const file = join(mandates, '2020-2026/titled.txt');
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    // Keep the corrections valid: drop 20 lines that need none.
    const corrected = new Set(
      readRepoJson('data/mandates/2020-2026/corrections.json').map((c) => c.entry),
    );
    const dropped = lines.filter((l) => !corrected.has(l)).slice(0, 20);
    writeFileSync(file, `${lines.filter((l) => !dropped.includes(l)).join('\n')}\n`);
    const args = ['scripts/data/build-data.mjs', '--out', join(dir, 'out'), '--mandates', mandates];
    const refused = node(args);
    assert.notEqual(refused.status, 0);
    assert.match(
      refused.stderr,
      /release gate: mandate 2020-2026 drops 20 of its 300 released members \(6\.7 %, over the 5 % limit\)/,
    );
    assert.match(refused.stderr, /--allow-drop/);
    const allowed = node([...args, '--allow-drop']);
    assert.equal(allowed.status, 0, allowed.stderr);
    assert.match(allowed.stdout, /allowed by --allow-drop/);
    // 15 lines (5 %) is within the limit.
    writeFileSync(file, `${lines.filter((l) => !dropped.slice(0, 15).includes(l)).join('\n')}\n`);
    assert.equal(node(args).status, 0);
  } finally {
    cleanup();
  }
});

test('a line naming a commune déléguée fails, naming the file, the line and the successor', () => {
  const { dir, mandates, cleanup } = copyMandates();
  try {
    const file = join(mandates, '2020-2026/titled.txt');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}Cordieux (01)\n`);
    const res = node([
      'scripts/data/build-data.mjs',
      '--out',
      join(dir, 'out'),
      '--mandates',
      mandates,
    ]);
    assert.notEqual(res.status, 0);
    assert.match(
      res.stderr,
      /Cordieux \(01120\) is now a commune associée of the commune nouvelle Montluel \(01262\)/,
    );
    assert.match(res.stderr, /"code": "01262"/);
    assert.ok(res.stderr.includes('2020-2026/titled.txt:300'), res.stderr);
  } finally {
    cleanup();
  }
});

/** The geography of a later year, made up: `code` absorbed into `into`. */
function mergedGeography(code, into, { keepCode = false } = {}) {
  const absorbed = geo.communes.find((c) => c.code === code);
  const former = { ...absorbed, type: 'commune-deleguee', chefLieu: keepCode ? code : into };
  if (!keepCode) {
    return {
      ...geo,
      communes: geo.communes.filter((c) => c.code !== code),
      formerCommunes: [...geo.formerCommunes, former],
    };
  }
  // The commune nouvelle keeps the code under a new name.
  return {
    ...geo,
    communes: geo.communes.map((c) =>
      c.code === code ? { ...c, nom: `${c.nom}-et-Environs` } : c,
    ),
    formerCommunes: [...geo.formerCommunes, former],
  };
}

const build = (geography, mandates = readMandates(join(ROOT, 'data/mandates'), ROOT)) =>
  buildDataset({
    mandates,
    news: [],
    partners: readRepoJson('data/partners.json'),
    geography,
    buildDate: '2027-01-01T00:00:00.000Z',
  });

test('a member commune merged into a commune nouvelle fails the build with the successor code', () => {
  // Agde (34003), an exact-name line, absorbed into Béziers (34032).
  assert.throws(
    () => build(mergedGeography('34003', '34032')),
    (e) =>
      /Agde \(34003\) is now a commune déléguée of the commune nouvelle Béziers \(34032\)/.test(
        e.message,
      ) &&
      e.message.includes('titled.txt:') &&
      e.message.includes('"code": "34032"'),
  );
  // Boissy-Saint-Léger (94004), a corrected line, absorbed into Créteil (94028).
  assert.throws(
    () => build(mergedGeography('94004', '94028')),
    /Correction target commune 94004 is no longer a commune: .* Créteil \(94028\)/,
  );
});

test('a merger keeping the member\'s code is reported until its correction says "merged"', () => {
  const geography = mergedGeography('94004', '94004', { keepCode: true });
  const released = readRepoJson('data/released/vae.json');
  const { resolvedByMandate } = build(geography);
  const problems = mergedMembers(released, resolvedByMandate, geography);
  assert.equal(problems.length, 1);
  assert.match(
    problemText(problems[0]),
    /titled\.txt:\d+ "Boissy Saint-Léger \(94\)": the member Boissy-Saint-Léger \(94004\) has merged into the commune nouvelle Boissy-Saint-Léger-et-Environs \(94004\)/,
  );
  // The maintainer decides: the correction says "merged".
  const mandates = readMandates(join(ROOT, 'data/mandates'), ROOT);
  const c = mandates[0].corrections.find((x) => x.entry === 'Boissy Saint-Léger (94)');
  c.merged = '94004';
  const decided = build(geography, mandates);
  assert.deepEqual(mergedMembers(released, decided.resolvedByMandate, geography), []);
});

test('a broken mandate.json names the file and the field', () => {
  const { dir, mandates, cleanup } = copyMandates();
  try {
    const file = join(mandates, '2020-2026/mandate.json');
    const m = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...m, end: '22/03/2026' }));
    const res = node([
      'scripts/data/build-data.mjs',
      '--out',
      join(dir, 'out'),
      '--mandates',
      mandates,
    ]);
    assert.notEqual(res.status, 0);
    assert.match(
      res.stderr,
      /2020-2026\/mandate\.json:1: field "end" must be a date YYYY-MM-DD, or null while the mandate runs \(got "22\/03\/2026"\)\n {4}write: {3}"end": "2026-03-22"/,
    );
  } finally {
    cleanup();
  }
});

test('the browser fixture dataset is what make-dataset.mjs makes', () => {
  assert.equal(readFileSync(FIXTURE_FILE, 'utf8'), makeDataset());
});

test("no module but src/domain/title*.ts reads members' titles or compares a title's dates", () => {
  const files = spawnSync('git', ['ls-files', 'src', 'demo', 'scripts/data/build-badges.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .stdout.split('\n')
    .filter(
      (f) =>
        /\.(ts|js|mjs)$/.test(f) &&
        !/^src\/(domain\/title[\w-]*|data\/(model|schema|schema-docs))\.ts$/.test(f),
    );
  const offending = [];
  for (const f of files) {
    const code = readRepoText(f)
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1');
    if (
      /\.titles\b|\btitle\.(end|start|status)\b|\.status\s*===\s*'(titled|candidate|withdrawn)'/.test(
        code,
      )
    )
      offending.push(f);
  }
  assert.deepEqual(offending, []);
  // And the check can fail: the search's former rule is caught.
  const former = 'const title = [...holder.titles].sort((a, b) => (a.end < b.end ? 1 : -1))[0];';
  assert.match(former, /\.titles\b/);
});
