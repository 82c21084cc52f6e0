// Issue 23: the WordPress blocks are generated from custom-elements.json (scripts/code/
// wordpress-blocks.mjs), so every attribute an element has is a block attribute with an
// editor label, and every label has its French. Reads what `npm run build` wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  attributeKey,
  blocksFromManifest,
  cataloguePhp,
  manifestElements,
  stringUnions,
} from '../../scripts/code/wordpress-blocks.mjs';
import { NOT_BLOCK_ATTRIBUTES } from '../../scripts/code/wordpress-catalogue.mjs';
import { readPo, stringsOfSource } from '../../scripts/code/wordpress-translations.mjs';
import { ROOT, readRepoJson } from './helpers.mjs';

const PLUGIN = join(ROOT, 'wordpress', 'vae-widgets');
const CATALOGUE = 'includes/catalogue.php';
const manifest = readRepoJson('custom-elements.json');
const unions = stringUnions(join(ROOT, 'src'));
const readPlugin = (path) => readFileSync(join(PLUGIN, path), 'utf8');

/** The editor's labels as the generated PHP gives them: camelCase key → English msgid. */
function labelsOf(php) {
  const body = /function vae_widgets_attribute_labels\(\) \{([\s\S]*?)\n\}/.exec(php)[1];
  return Object.fromEntries(
    [...body.matchAll(/^\t\t'(\w+)'\s+=> __\( '((?:[^'\\]|\\.)*)', 'vae-widgets' \),$/gm)].map(
      ([, key, label]) => [key, label.replace(/\\(['\\])/g, '$1')],
    ),
  );
}

/**
 * What is missing, attribute by attribute: not a block attribute, no label, no French.
 * `blockJson(name)` is a block's block.json, `labels` the generated labels, `french` the
 * fr_FR catalogue's msgid → msgstr.
 */
function gaps(elements, blockJson, labels, french) {
  const out = [];
  for (const { name, tag, attributes } of elements) {
    const declared = blockJson(name).attributes;
    for (const { name: attribute } of attributes) {
      if (attribute in NOT_BLOCK_ATTRIBUTES) continue;
      const key = attributeKey(attribute);
      if (!(key in declared)) out.push(`${tag} ${attribute}: not a block attribute`);
      const label = labels[key];
      if (!label || label === attribute) out.push(`${tag} ${attribute}: no label`);
      else if (!french.get(label)) out.push(`${tag} ${attribute}: "${label}" has no French`);
    }
  }
  return out;
}

const frenchOf = (catalog) =>
  new Map(Object.entries(catalog.translations['']).map(([id, e]) => [id, e.msgstr[0]]));
const builtBlock = (name) => JSON.parse(readPlugin(`blocks/${name}/block.json`));

test('every attribute of custom-elements.json is a block attribute with a label and its French', () => {
  const elements = manifestElements(manifest);
  assert.equal(elements.length, 6);
  const french = frenchOf(readPo(PLUGIN, 'fr_FR').catalog);
  const labels = labelsOf(readPlugin(CATALOGUE));
  assert.deepEqual(gaps(elements, builtBlock, labels, french), []);
  assert.deepEqual(blocksFromManifest(manifest, unions).problems, []);
  // The attributes the hand-copied blocks had lost (issue 23) are there.
  for (const [name, keys] of [
    ['city-badge', ['candidate', 'date']],
    ['city-map', ['mandate', 'status', 'theme', 'department']],
    ['member-count', ['status']],
  ])
    for (const key of keys) assert.ok(key in builtBlock(name).attributes, `${name} ${key}`);
});

test('the check fails on a planted fault: an attribute without a label, a label without French', () => {
  const french = frenchOf(readPo(PLUGIN, 'fr_FR').catalog);
  const labels = labelsOf(readPlugin(CATALOGUE));
  // An element gains an attribute in its manifest: no block attribute, no label.
  const grown = structuredClone(manifest);
  const badge = grown.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'vae-city-badge');
  badge.attributes.push({ name: 'border-style', type: { text: 'string | undefined' } });
  const planted = gaps(manifestElements(grown), builtBlock, labels, french);
  assert.deepEqual(planted, [
    'vae-city-badge border-style: not a block attribute',
    'vae-city-badge border-style: no label',
  ]);
  // The generator says it too, naming where to add the label (the build prints it).
  const generated = blocksFromManifest(grown, unions);
  assert.deepEqual(generated.problems, [
    'vae-city-badge "border-style": no editor label; add one to LABELS in scripts/code/wordpress-catalogue.mjs',
  ]);
  // …but still offers the attribute, under its own name, rather than hiding it.
  const block = generated.blocks.find((b) => b.name === 'city-badge');
  assert.deepEqual(block.json.attributes.borderStyle, { type: 'string', default: '' });
  assert.equal(block.labels.borderStyle, 'border-style');
  // A translation goes missing from the .po.
  french.delete(labels.candidate);
  assert.deepEqual(gaps(manifestElements(manifest), builtBlock, labels, french), [
    'vae-city-badge candidate: "Show an official candidacy (a “candidate for the title” badge)" has no French',
  ]);
});

test('types, defaults and allowed values come from the manifest', () => {
  const badge = builtBlock('city-badge').attributes;
  // A named union (BadgeVariant) with a default: its values, no empty choice.
  assert.deepEqual(badge.variant, {
    type: 'string',
    enum: ['full', 'compact', 'seal'],
    default: 'full',
  });
  assert.deepEqual(badge.currentOnly, { type: 'boolean', default: false });
  // A `string` the element reads as a fixed set, without a default: empty is the element's.
  assert.deepEqual(badge.lang, { type: 'string', enum: ['', 'fr', 'en'], default: '' });
  assert.deepEqual(badge.date, { type: 'string', format: 'date', default: '' });
  const partners = builtBlock('partner-list').attributes;
  assert.deepEqual(partners.layout, { type: 'string', enum: ['grid', 'list'], default: 'grid' });
  assert.deepEqual(partners.headingLevel, { type: 'integer', minimum: 2, maximum: 6 });
  assert.deepEqual(builtBlock('city-map').attributes.theme.enum, ['light', 'dark', 'auto']);
});

test('the generated files are what the manifest gives today (not stale)', () => {
  const { blocks } = blocksFromManifest(manifest, unions);
  for (const { name, json } of blocks) assert.deepEqual(builtBlock(name), json, name);
  assert.equal(readPlugin(CATALOGUE), cataloguePhp(blocks), `${CATALOGUE}: run npm run build`);
  // Its labels are gettext calls the translation extractor finds.
  const { strings, problems } = stringsOfSource(CATALOGUE, readPlugin(CATALOGUE));
  assert.deepEqual(problems, []);
  assert.ok(strings.some((s) => s.msgid === 'Variant'));
});
