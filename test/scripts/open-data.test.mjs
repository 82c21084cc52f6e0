// The open-data files of the built data package (dist/data): vae-members.csv
// validates against its Table Schema and equals vae.json row for row (every
// member, every title); datapackage.json lists every data file with its schema
// and passes the Data Package validator. Validators: frictionless's JS
// libraries (tableschema, datapackage); parser: csv-parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import tableschema from 'tableschema';
import datapackage from 'datapackage';
import { ROOT, readRepoJson } from './helpers.mjs';

const DATA = join(ROOT, 'dist', 'data');
const dataset = readRepoJson('dist/data/vae.json');
const csvText = readFileSync(join(DATA, 'vae-members.csv'), 'utf8');
const tableSchema = readRepoJson('dist/data/vae-members.schema.json');

/** Every row's cast errors under the schema (an empty list when the table is valid). */
async function tableErrors(csv) {
  const dir = mkdtempSync(join(tmpdir(), 'vae-csv-'));
  try {
    writeFileSync(join(dir, 'table.csv'), csv);
    const schema = await tableschema.Schema.load(tableSchema);
    assert.ok(schema.valid, `the Table Schema itself: ${schema.errors.join('; ')}`);
    const table = await tableschema.Table.load(join(dir, 'table.csv'), { schema });
    try {
      const rows = await table.read({ forceCast: true });
      return rows.filter((row) => row instanceof Error).map((error) => error.message);
    } catch (error) {
      return [error.message]; // header, uniqueness and primary-key errors stop the read
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('vae-members.csv validates against its Table Schema', async () => {
  assert.deepEqual(await tableErrors(csvText), []);
});

const lines = csvText.split('\r\n');
const withLine = (index, edit) =>
  lines.map((line, i) => (i === index ? edit(line) : line)).join('\r\n');

test('the validator refuses a bad row: a code, a status, a date, a duplicate key, a header', async () => {
  const second = lines[1];
  const planted = {
    'a code that is neither INSEE nor SIREN': withLine(1, (l) => l.replace(/^\w+/, '1234')),
    'a status outside the enumeration': withLine(1, (l) => l.replace(',titled,', ',member,')),
    'a date that is not a date': withLine(1, (l) => l.replace(/,2020-06-28,/, ',28/06/2020,')),
    'the same member × mandate twice': withLine(2, () => second),
    'a renamed column': withLine(0, (l) => l.replace('code_region', 'region')),
  };
  for (const [fault, csv] of Object.entries(planted)) {
    assert.notDeepEqual(await tableErrors(csv), [], fault);
  }
});

test('the CSV equals vae.json row for row: every member, every title, in order', () => {
  const rows = parse(csvText, { columns: true, bom: false });
  const expected = dataset.members.flatMap((m) =>
    m.titles.map((t) => ({
      code: m.code,
      type_collectivite: m.kind,
      code_insee_commune: m.kind === 'commune' ? m.code : '',
      siren: m.siren,
      nom: m.name,
      nom_publie: m.label,
      code_departement: m.department.code,
      nom_departement: m.department.name,
      code_region: m.region.code,
      nom_region: m.region.name,
      programme: t.programme,
      titre: t.title,
      mandat: t.mandate,
      statut: t.status,
      date_debut: t.start,
      date_fin: t.end ?? '',
    })),
  );
  assert.equal(
    rows.length,
    dataset.members.reduce((n, m) => n + m.titles.length, 0),
  );
  assert.deepEqual(rows, expected);
  assert.ok(csvText.includes('Provence-Alpes-Côte d'), 'UTF-8, accents kept');
});

const descriptorFile = join(DATA, 'datapackage.json');
const descriptor = JSON.parse(readFileSync(descriptorFile, 'utf8'));

test('datapackage.json passes the Data Package validator, and its CSV reads through it', async () => {
  const pkg = await datapackage.Package.load(descriptorFile, { basePath: DATA });
  assert.deepEqual(pkg.errors.map(String), []);
  assert.equal(pkg.valid, true);
  const members = pkg.getResource('vae-members');
  assert.equal(members.tabular, true);
  const rows = await members.read({ keyed: true });
  assert.equal(rows.length, dataset.members.length);
});

test('the validator refuses a broken descriptor (no resources, a resource without path)', async () => {
  for (const broken of [
    { ...descriptor, resources: [] },
    { ...descriptor, resources: [{ ...descriptor.resources[0], path: undefined }] },
  ]) {
    const pkg = await datapackage.Package.load(broken, { basePath: DATA });
    assert.equal(pkg.valid, false);
  }
});

test('the descriptor lists every data file with its schema, size and hash, the licence and the sources', () => {
  const topLevel = readdirSync(DATA, { withFileTypes: true })
    .filter(
      (e) =>
        e.isFile() &&
        !/(\.schema\.json|^package\.json|^README\.md|^datapackage\.json)$/.test(e.name),
    )
    .map((e) => e.name)
    .sort();
  assert.deepEqual(descriptor.resources.map((r) => r.path).sort(), topLevel);
  for (const file of ['vae-members.csv', 'vae.json', 'members.json', 'search.json', 'changes.atom'])
    assert.ok(topLevel.includes(file), file);
  for (const resource of descriptor.resources) {
    const content = readFileSync(join(DATA, resource.path));
    assert.equal(resource.bytes, content.length, resource.path);
    assert.equal(resource.hash, `sha256:${createHash('sha256').update(content).digest('hex')}`);
    const schema = resource.path.replace(/\.(json|csv)$/, '.schema.json');
    if (schema !== resource.path && readdirSync(DATA).includes(schema))
      assert.equal(resource.schema, schema, resource.path);
  }
  assert.equal(descriptor.resources[0].schema, 'vae-members.schema.json');
  assert.equal(descriptor.version, readRepoJson('data/release.json').version);
  assert.equal(descriptor.created, dataset.meta.buildDate);
  assert.equal(descriptor.licenses[0].name, 'etalab-2.0');
  assert.ok(descriptor.sources.length >= 2);
  assert.equal(readRepoJson('dist/data/package.json').license, 'etalab-2.0');
});
