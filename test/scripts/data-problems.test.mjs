// One run, every problem: a new mandate folder with ten kinds of mistakes
// (test/fixtures/maintainer/ten-mistakes) fails the data build once, and the
// report names every one with its file, its line, the nearest official name
// first and the exact text to write. Lines as people paste them are read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';
import { readPastedLines } from '../../scripts/lib/pasted-lines.mjs';
import { resolveMembers } from '../../scripts/lib/resolve-members.mjs';
import { loadGeography } from '../../scripts/lib/geography.mjs';

const FOLDER = 'test/fixtures/maintainer/ten-mistakes';
const LIST = `${FOLDER}/2026-2032/titled.txt`;

function buildFixture() {
  const out = mkdtempSync(join(tmpdir(), 'vae-problems-'));
  try {
    return spawnSync(
      process.execPath,
      [
        'scripts/data/build-data.mjs',
        '--out',
        out,
        '--mandates',
        FOLDER,
        '--released',
        join(out, 'none.json'),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The numbered problem `n` of the report, with its indented lines. */
const problem = (report, n) =>
  new RegExp(`^${n}\\. [^\\n]*(\\n    [^\\n]*)*`, 'm').exec(report)?.[0] ?? '';

test('ten kinds of mistakes: one failing run reports all ten, the right suggestion first', () => {
  const res = buildFixture();
  assert.equal(res.status, 1);
  const report = res.stderr;
  assert.match(report, /^build:data failed: 9 problem\(s\) in the data sources:/);
  assert.equal(problem(report, 10), '', 'nine problems, numbered once');
  const expected = [
    // [place, what, the nearest name first, the text to write]
    [`${FOLDER}/2026-2032/mandate.json:4`, /"start" must be a date/, null, '"start": "2026-03-22"'],
    [`${LIST}:1 "Ecully (69)"`, /Unresolved/, 'Écully (69081, department 69)', 'Écully (69)'],
    [`${LIST}:3 "Saint Denis (93)"`, /Unresolved/, 'Saint-Denis (93066', 'Saint-Denis (93)'],
    [
      `${LIST}:4 "Neuville-en-Ferrain (95)"`,
      /another department/,
      'Neuville-en-Ferrain (59426',
      'Neuville-en-Ferrain (59)',
    ],
    [`${LIST}:5 "Montpelier (34)"`, /Unresolved/, 'Montpellier (34172', 'Montpellier (34)'],
    [
      `${LIST}:6 "Annecy-le-Vieux (74)"`,
      /commune déléguée of the commune nouvelle Annecy \(74010\)/,
      'Annecy (74010',
      'Annecy (74)',
    ],
    [
      `${LIST}:7 "Commune de Béon (01)"`,
      /01039 is no longer a commune/,
      'Culoz-Béon (01138',
      '"targets": [{"kind": "commune", "code": "01138"}], "merged": "01039"',
    ],
    [`${LIST}:8 "Lyon (69)"`, new RegExp(`Duplicate.*first ${LIST}:2`), null, '(remove this line)'],
    [
      `${LIST}:9 "Grand Lyon (69)"`,
      /Unknown SIREN: correction target EPCI 200046978/,
      'Métropole de Lyon (EPCI 200046977',
      '"targets": [{"kind": "epci", "code": "200046977"}]',
    ],
  ];
  expected.forEach(([place, what, nearest, write], i) => {
    const text = problem(report, i + 1);
    assert.ok(text.startsWith(`${i + 1}. ${place}`), `problem ${i + 1} at ${place}:\n${text}`);
    assert.match(text, what);
    if (nearest) assert.match(text, new RegExp(`\\n    nearest: ${escape(nearest)}`));
    assert.ok(
      text.includes(`\n    write:   ${write}`),
      `problem ${i + 1} writes ${write}:\n${text}`,
    );
  });
  // The tenth: the bullet is stripped (the line then reads), and said.
  assert.match(report, new RegExp(`${escape(LIST)}:2: the list bullet "•" → "Lyon \\(69\\)"`));
});

test('lines as people paste them: bullets, numbering, a note, spreadsheet cells', () => {
  const { lines, notes } = readPastedLines(
    [
      '• Lyon (69)',
      '- Agde (34)',
      '12. Rennes (35)',
      '3) Nantes (44)',
      'Vannes (56) (renouvellement 2026)',
      'Brest\t29',
      'Quimper (29)\tcandidate en 2024\tx',
      '',
      'Saint-Denis (Réunion) (974)',
    ].join('\n'),
    'list.txt',
  );
  assert.deepEqual(
    lines.map((l) => [l.where, l.text]),
    [
      ['list.txt:1', 'Lyon (69)'],
      ['list.txt:2', 'Agde (34)'],
      ['list.txt:3', 'Rennes (35)'],
      ['list.txt:4', 'Nantes (44)'],
      ['list.txt:5', 'Vannes (56)'],
      ['list.txt:6', 'Brest (29)'],
      ['list.txt:7', 'Quimper (29)'],
      // A note before the department is part of the published wording (a correction decides).
      ['list.txt:9', 'Saint-Denis (Réunion) (974)'],
    ],
  );
  assert.deepEqual(
    notes.map((n) => [n.where, n.stripped]),
    [
      ['list.txt:1', 'the list bullet "•"'],
      ['list.txt:2', 'the list bullet "-"'],
      ['list.txt:3', 'the numbering "12."'],
      ['list.txt:4', 'the numbering "3)"'],
      ['list.txt:5', 'the note "(renouvellement 2026)"'],
      ['list.txt:6', 'a tab between name and department'],
      ['list.txt:7', 'spreadsheet cells ["candidate en 2024","x"]'],
    ],
  );
});

test('a CSV export with a header: name, department, optional code (the code decides)', () => {
  const { lines, notes } = readPastedLines(
    'Commune;Département;Code INSEE\nÉcully;69;69081\n"Lyon";69;\n',
    'export.csv',
  );
  assert.deepEqual(lines, [
    { text: 'Écully (69)', where: 'export.csv:2', code: '69081' },
    { text: 'Lyon (69)', where: 'export.csv:3' },
  ]);
  assert.match(notes[0].stripped, /CSV export .*columns name, department, code/);
  const geo = loadGeography();
  const { resolved } = resolveMembers(lines, [], geo);
  assert.deepEqual(
    resolved.map((r) => r.code),
    ['69081', '69123'],
  );
  // A code in the wrong department is a problem, like a correction's.
  assert.throws(
    () => resolveMembers([{ text: 'Écully (69)', where: 'x.csv:2', code: '59426' }], [], geo),
    /x\.csv:2 "Écully \(69\)": Correction target commune 59426 is in department 59/,
  );
});

test('"St" and "Ste" are read as Saint and Sainte in the nearest names', () => {
  const geo = loadGeography();
  const problems = [];
  resolveMembers(['St-Priest (69)', 'Ste Foy-lès-Lyon (69)'], [], geo, { problems });
  assert.deepEqual(
    problems.map((p) => p.write),
    ['Saint-Priest (69)', 'Sainte-Foy-lès-Lyon (69)'],
  );
});
