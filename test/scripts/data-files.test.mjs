// The per-element data files of a real build (scripts/data/build-data.mjs into a
// temp folder): each is derived here again from the full vae.json, by the
// rules docs/data.md states (field lists read from the published schemas, not
// from the build's code), and compared; each validates against its published
// schema; every file states the same data release.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileSchema, formatErrors } from '../../scripts/lib/validate.mjs';
import { ROOT, readRepoJson, runBuild } from './helpers.mjs';

let built;
let vae;
const read = (file) => JSON.parse(readFileSync(join(built.out, file), 'utf8'));

before(() => {
  built = runBuild();
  vae = built.dataset;
});
after(() => built?.cleanup());

const FILES = { members: 'members', search: 'members', partners: 'partners', news: 'news' };

test('every per-element file validates against the schema published beside it', () => {
  for (const name of Object.keys(FILES)) {
    const check = compileSchema(read(`${name}.schema.json`));
    assert.ok(check(read(`${name}.json`)), `${name}.json: ${formatErrors(check.errors)}`);
  }
});

test('every file states the release of data/release.json and the build date', () => {
  const { version } = readRepoJson('data/release.json');
  assert.match(version, /^1\.\d+\.\d+$/, 'the data major is the schema version');
  assert.equal(vae.meta.dataVersion, version);
  for (const name of Object.keys(FILES)) {
    const { meta } = read(`${name}.json`);
    assert.deepEqual(
      [meta.dataVersion, meta.buildDate],
      [version, vae.meta.buildDate],
      `${name}.json meta`,
    );
  }
});

test('members.json is vae.json members with only the summary fields, in order', () => {
  const schema = read('members.schema.json');
  const fields = Object.keys(schema.$defs.MemberSummary.properties);
  assert.ok(!fields.includes('postcodes') && !fields.includes('communes'), fields.join());
  const pick = (m) => Object.fromEntries(fields.filter((f) => f in m).map((f) => [f, m[f]]));
  const members = read('members.json');
  assert.deepEqual(members.members, vae.members.map(pick));
  assert.deepEqual(members.meta.programme, vae.meta.programme);
  assert.deepEqual(members.meta.mandates, vae.meta.mandates);
  assert.equal(members.schemaVersion, vae.schemaVersion);
});

test('search.json, partners.json and news.json hold exactly their part of vae.json', () => {
  assert.deepEqual(read('search.json').members, vae.members);
  assert.deepEqual(read('partners.json').partners, vae.partners);
  assert.deepEqual(read('news.json').news, vae.news);
});

test('members/<key>.json: one file per member code and SIREN, holding that member only', () => {
  const members = read('members.json').members;
  const expected = new Set(members.flatMap((m) => [`${m.code}.json`, `${m.siren}.json`]));
  assert.deepEqual(new Set(readdirSync(join(built.out, 'members'))), expected);
  for (const member of members) {
    for (const key of [member.code, member.siren]) {
      const file = read(`members/${key}.json`);
      assert.deepEqual(file.members, [member], key);
      assert.deepEqual(file.meta, read('members.json').meta, key);
    }
  }
});

test('a member who leaves loses their own file at the next build', () => {
  const stale = join(built.out, 'members', '00000.json');
  writeFileSync(stale, '{}');
  const again = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/data/build-data.mjs'), '--out', built.out],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(again.status, 0, again.stderr);
  assert.equal(existsSync(stale), false, 'a file of an earlier build survived');
  assert.ok(existsSync(join(built.out, 'members', '69123.json')));
});
