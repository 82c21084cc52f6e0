// The JSON Schema (src/data/schema.ts, written to dist/data/vae.schema.json)
// validates the built dataset and rejects broken copies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { runBuild, ROOT, readRepoText } from './helpers.mjs';
import { compileSchema } from '../../scripts/lib/validate.mjs';
import { importTs } from '../../scripts/lib/import-ts.mjs';

let built;
let validate;
let tsSchema;
let docs;

before(async () => {
  built = runBuild();
  validate = compileSchema(built.schema);
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    ({ datasetSchema: tsSchema } = await importTs('src/data/schema.ts'));
    docs = await importTs('src/data/schema-docs.ts');
  } finally {
    process.chdir(cwd);
  }
});
after(() => built?.cleanup());

const clone = (o) => structuredClone(o);

test('the written schema is src/data/schema.ts with the words of schema-docs.ts', () => {
  assert.deepEqual(built.schema, JSON.parse(JSON.stringify(docs.documentedSchema())));
  assert.equal(built.schema.properties.schemaVersion.const, 1);
  assert.equal(built.schema.$defs.Member.properties.name.description, 'Official name (INSEE COG).');
  // The browser's copy carries constraints only.
  assert.equal(JSON.stringify(tsSchema).includes('"description":"'), false);
  const withoutDocs = (node) =>
    JSON.parse(
      JSON.stringify(node, function (key, value) {
        const docKey = (key === 'title' || key === 'description') && typeof value === 'string';
        return docKey && !Array.isArray(this) ? undefined : value;
      }),
    );
  assert.deepEqual(withoutDocs(built.schema), JSON.parse(JSON.stringify(tsSchema)));
});

test('every schema doc names a node of the schema', () => {
  for (const pointer of Object.keys(docs.schemaDocs)) {
    let node = tsSchema;
    for (const part of pointer.split('/').slice(1)) node = node?.[part];
    assert.equal(typeof node, 'object', `no schema node at ${pointer}`);
  }
});

test('the schema uses only the keywords the in-browser validator reads', () => {
  const allowed = new Set([
    'type',
    'properties',
    'required',
    'additionalProperties',
    'items',
    'enum',
    'const',
    'pattern',
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'minItems',
    'maxItems',
    '$ref',
    '$defs',
    '$id',
    '$schema',
    'title',
    'description',
  ]);
  const walk = (node, path) => {
    if (Array.isArray(node) || node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      assert.ok(allowed.has(k), `keyword ${k} at ${path}`);
      if (k === 'additionalProperties') assert.equal(v, false, `${path}/additionalProperties`);
      if (k === '$ref') assert.match(v, /^#\/\$defs\/[A-Za-z]+$/);
      if (k === 'properties' || k === '$defs')
        for (const [n, s] of Object.entries(v)) walk(s, `${path}/${k}/${n}`);
      else if (k === 'items') walk(v, `${path}/items`);
    }
    if (node.type === 'object')
      assert.equal(node.additionalProperties, false, `${path} closes its object`);
  };
  walk(built.schema, '#');
});

test('every interface field of model.ts appears in the schema', () => {
  const model = readRepoText('src/data/model.ts');
  const defs = built.schema.$defs;
  const check = (iface, def) => {
    const body = new RegExp(`export interface ${iface} \\{([\\s\\S]*?)\\n\\}`).exec(model)[1];
    const fields = [...body.matchAll(/^\s{2}(\w+)(\?)?:/gm)].map((m) => [m[1], !m[2]]);
    assert.deepEqual(Object.keys(def.properties).sort(), fields.map(([f]) => f).sort(), iface);
    assert.deepEqual(
      [...def.required].sort(),
      fields
        .filter(([, r]) => r)
        .map(([f]) => f)
        .sort(),
      `${iface} required`,
    );
  };
  check('Member', defs.Member);
  check('Title', defs.Title);
  check('Mandate', defs.Mandate);
  check('Partner', defs.Partner);
  check('NewsItem', defs.NewsItem);
  check('SourceDocument', defs.SourceDocument);
  check('DatasetMeta', defs.DatasetMeta);
  check('Dataset', built.schema);
});

test('validates the built dataset', () => {
  assert.ok(validate(built.dataset), JSON.stringify(validate.errors));
});

test('rejects mutated copies', () => {
  const cases = {
    'missing member name': (d) => delete d.members[0].name,
    'missing meta.counts': (d) => delete d.meta.counts,
    'missing partner category': (d) => delete d.partners[0].category,
    'population as a string': (d) => (d.members[0].population = '12000'),
    'members not an array': (d) => (d.members = {}),
    'non-https website': (d) => (d.partners.find((p) => p.website).website = 'http://amf.asso.fr'),
    'javascript: website': (d) =>
      (d.partners.find((p) => p.website).website = 'javascript:alert(1)'),
    'schemaVersion 2': (d) => (d.schemaVersion = 2),
    'schemaVersion "1"': (d) => (d.schemaVersion = '1'),
    'extra member field': (d) => (d.members[0].flag = true),
    'bad INSEE code': (d) => (d.members.find((m) => m.kind === 'epci').communes[0].code = '2C001'),
    'bad SIREN': (d) => (d.members[0].siren = '12345678'),
    'unknown kind': (d) => (d.members[0].kind = 'ville'),
    'unknown title': (d) => (d.members[0].titles[0].title = 'Ville amie'),
    'no titles': (d) => (d.members[0].titles = []),
    'bad news date': (d) => (d.news[0].date = '20 janvier 2025'),
    'bad build date': (d) => (d.meta.buildDate = '2026-01-01'),
    'unknown partner category': (d) => (d.partners[0].category = 'company'),
  };
  for (const [name, mutate] of Object.entries(cases)) {
    const d = clone(built.dataset);
    mutate(d);
    assert.equal(validate(d), false, `rejects: ${name}`);
  }
});
