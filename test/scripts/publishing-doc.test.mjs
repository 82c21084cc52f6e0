// docs/data.md "Publishing the next mandate" is followed to the letter on a
// copy of the repository, with the fixture mandate's lists
// (test/fixtures/mandates/2026-2032) as the "published" lists: its commands
// and its mandate.json example must work as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, readRepoText } from './helpers.mjs';

const doc = readRepoText('docs/data.md');
const section = doc.slice(doc.indexOf('## Publishing the next mandate'));
const blocks = (lang) =>
  [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) =>
    m[1].replace(/^ {3}/gm, '').trim(),
  );

test('the section exists and shows its commands', () => {
  assert.ok(section.length > 1000, 'docs/data.md has "## Publishing the next mandate"');
  assert.deepEqual(blocks('sh'), [
    'mkdir -p data/mandates/2026-2032',
    'npm run build:data',
    'npm run data:diff',
  ]);
  assert.match(section, /npm run build:data -- --allow-drop/);
  assert.match(section, /npm run data:diff -- --json/);
});

test('following it on the fixture lists publishes the mandate', () => {
  const repo = mkdtempSync(join(tmpdir(), 'vae-publish-doc-'));
  try {
    for (const part of ['data', 'scripts', 'src', 'package.json'])
      cpSync(join(ROOT, part), join(repo, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'));
    const run = (command) =>
      spawnSync('sh', ['-c', command], { cwd: repo, encoding: 'utf8', env: process.env });
    const [mkdir, build, diff] = blocks('sh');
    const fixture = join(ROOT, 'test/fixtures/mandates/2026-2032');

    // 1. The folder and the doc's own mandate.json.
    assert.equal(run(mkdir).status, 0);
    const [mandateJson] = blocks('json');
    writeFileSync(join(repo, 'data/mandates/2026-2032/mandate.json'), mandateJson);
    // 2. The lists, as published.
    for (const f of ['titled.txt', 'candidates.txt'])
      cpSync(join(fixture, f), join(repo, 'data/mandates/2026-2032', f));
    // 3. The build names the line to correct and where the correction goes.
    let res = run(build);
    assert.notEqual(res.status, 0);
    assert.match(res.stderr, /data\/mandates\/2026-2032\/titled\.txt:3/);
    assert.match(res.stderr, /add an entry to data\/mandates\/2026-2032\/corrections\.json/);
    cpSync(
      join(fixture, 'corrections.json'),
      join(repo, 'data/mandates/2026-2032/corrections.json'),
    );
    res = run(build);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /302 members/);
    // 4. The diff, in plain words.
    res = run(diff);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /Members added: 2/);
    assert.match(res.stdout, /Mandate 2026-2032: 0 members in the released data, 5 now/);
    assert.match(res.stdout, /Vannes \(56\) \[commune-56260\]: not listed → candidate/);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});
