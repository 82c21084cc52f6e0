// data/mandates/2020-2026/corrections.json: one entry per line of titled.txt
// that does not match exactly, each used, each with a reason; every other line
// matches exactly. titled.txt is the seed's member list, verbatim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readRepoJson, readRepoText } from './helpers.mjs';
import { copyMandates } from './repo-copy.mjs';
import { resolveMembers } from '../../scripts/lib/resolve-members.mjs';
import { parseMemberLines } from '../../scripts/lib/parse-sources.mjs';
import { loadGeography } from '../../scripts/lib/geography.mjs';

const geo = loadGeography();
const corrections = readRepoJson('data/mandates/2020-2026/corrections.json');
const lines = parseMemberLines(readRepoText('data/sources/000_a1bb91902d6e3713.txt'));

test("titled.txt of 2020-2026 holds the seed's 299 member lines, verbatim and in order", () => {
  const titled = readRepoText('data/mandates/2020-2026/titled.txt');
  assert.equal(lines.length, 299);
  assert.equal(titled, `${lines.join('\n')}\n`);
});

test('the seed files in data/sources are the seeds, verbatim', () => {
  for (const f of ['000_a1bb91902d6e3713.txt', '004_b0b858b4add44fa6.txt']) {
    let seed;
    try {
      seed = readRepoText(`../shared/seeds/${f}`);
    } catch {
      continue; // the shared seeds are not part of the repository
    }
    assert.equal(readRepoText(`data/sources/${f}`), seed, f);
  }
});

test('every correction is used by a seed line (no stale entry) and has a reason', () => {
  const { usedCorrections } = resolveMembers(lines, corrections, geo);
  assert.equal(usedCorrections.size, corrections.length);
  for (const c of corrections) {
    assert.ok(lines.includes(c.entry), `correction ${c.entry} matches a seed line`);
    assert.ok(c.reason.length > 20, c.entry);
  }
  assert.equal(
    new Set(corrections.map((c) => c.entry)).size,
    corrections.length,
    'one entry per line',
  );
});

test('every line without a correction matches an official name exactly, and no correction is redundant', () => {
  const corrected = new Set(corrections.map((c) => c.entry));
  const plain = lines.filter((l) => !corrected.has(l));
  assert.equal(plain.length + corrected.size, 299);
  const { resolved } = resolveMembers(plain, [], geo); // throws on any unresolved line
  assert.equal(resolved.length, plain.length);
  // A corrected line does NOT match exactly (otherwise the entry would be useless).
  for (const entry of corrected) {
    assert.throws(() => resolveMembers([entry], [], geo), /Unresolved/, entry);
  }
});

test('the expected kinds of seed problems are all covered', () => {
  const entries = corrections.map((c) => c.entry);
  for (const e of [
    'Montélimar Agglo (25)',
    'Neuville-en-Ferrain (95)',
    'Bram et CC Piège Lauragais Malepère (11)',
    'Ecully (69)',
    'Perigueux (24)',
    'Selestat (67)',
    'Sanary-sur-mer (83)',
    'Marcq-en-Baroeul (59)',
    'Dammartin-en-Göele (77)',
    'Boissy Saint-Léger (94)',
    'Valbonne Sophia Antipolis (06)',
    'Saint-Denis (Réunion) (974)',
    'Elbeuf-sur-Seine (76)',
  ]) {
    assert.ok(entries.includes(e), e);
  }
  assert.equal(corrections.find((c) => c.entry.startsWith('Bram')).targets.length, 2);
});

test('the build exits non-zero and names the line when a line is unresolved or a target is missing', () => {
  const { dir, mandates, cleanup } = copyMandates('corr-test');
  try {
    const run = (corr) => {
      writeFileSync(join(mandates, '2020-2026/corrections.json'), JSON.stringify(corr));
      return spawnSync(
        process.execPath,
        ['scripts/data/build-data.mjs', '--out', dir, '--mandates', mandates],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
    };
    const withoutMontelimar = corrections.filter((c) => c.entry !== 'Montélimar Agglo (25)');
    let res = run(withoutMontelimar);
    assert.notEqual(res.status, 0);
    assert.match(res.stderr, /Unresolved/);
    assert.ok(res.stderr.includes('"Montélimar Agglo (25)"'), res.stderr);
    // The file and line to fix, and the file where the fix goes.
    const lineNo = lines.indexOf('Montélimar Agglo (25)') + 1;
    assert.ok(res.stderr.includes(`mandates/2020-2026/titled.txt:${lineNo}`), res.stderr);
    assert.match(res.stderr, /add an entry to .*2020-2026\/corrections\.json/);

    const badTarget = corrections.map((c) =>
      c.entry === 'Elbeuf-sur-Seine (76)'
        ? { ...c, targets: [{ kind: 'commune', code: '76999' }] }
        : c,
    );
    res = run(badTarget);
    assert.notEqual(res.status, 0);
    assert.match(res.stderr, /does not exist/);
    assert.ok(res.stderr.includes('"Elbeuf-sur-Seine (76)"'), res.stderr);
  } finally {
    cleanup();
  }
});

test('docs/data.md lists every correction with its code', () => {
  const doc = readRepoText('docs/data.md');
  for (const c of corrections) {
    const shown = c.entry.replace('\u00a0', '␣');
    const row = doc.split('\n').find((l) => l.startsWith(`| ${shown} `));
    assert.ok(row, `docs/data.md has a row for ${shown}`);
  }
  for (const c of corrections) {
    for (const t of c.targets)
      assert.ok(doc.includes(`| ${t.code} `), `docs/data.md shows ${t.code}`);
  }
});
