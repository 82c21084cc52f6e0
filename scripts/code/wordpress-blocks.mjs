// The WordPress blocks, generated from custom-elements.json at build (into the plugin
// folder, like its assets and .mo: git ignores them):
//   blocks/<name>/block.json   one block per element; every attribute the element has
//                              (but NOT_BLOCK_ATTRIBUTES) is a block attribute, with its
//                              type, default and allowed values
//   includes/catalogue.php     the element list and shortcodes, and the editor's labels
//                              as __() calls, so the plugin's translations apply to them
// The hand-written part (titles, shortcodes, labels, rules) is scripts/code/wordpress-catalogue.mjs.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLOCKS, CHOICES, LABELS, NOT_BLOCK_ATTRIBUTES, RULES } from './wordpress-catalogue.mjs';

const TEXT_DOMAIN = 'vae-widgets';
const CATALOGUE = 'scripts/code/wordpress-catalogue.mjs';

/** `current-only` → `currentOnly` (includes/shortcodes.php does the same). */
export const attributeKey = (name) =>
  name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** The elements of the manifest: {tag, name, attributes}, in BLOCKS' order (the registry's). */
export function manifestElements(manifest) {
  const rank = (tag) => Object.keys(BLOCKS).indexOf(tag) >>> 0; // An unknown tag goes last.
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({
        tag: declaration.tagName,
        name: declaration.tagName.replace(/^vae-/, ''),
        attributes: declaration.attributes ?? [],
      })),
  );
  return elements.sort((a, b) => rank(a.tag) - rank(b.tag));
}

/**
 * The string-literal unions of src/ by type name (`BadgeVariant` → ["'full'", …]): the
 * manifest names an attribute's type, this says which values the name stands for.
 */
export function stringUnions(srcDir) {
  const unions = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts'))
        for (const [, type, values] of readFileSync(path, 'utf8').matchAll(
          /^export type (\w+) = ((?:'[^']*'(?: \| )?)+);$/gm,
        ))
          unions.set(type, values.split(' | '));
    }
  };
  walk(srcDir);
  return unions;
}

const literal = (text) => /^'[^']*'$/.test(text);

/** The block.json type of a TypeScript type, and its values when it is a string union. */
function schemaOfType(text, unions) {
  const parts = (text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined')
    .flatMap((part) => unions.get(part) ?? [part]);
  if (parts.length === 0) return {};
  if (parts.every(literal)) return { type: 'string', enum: parts.map((p) => p.slice(1, -1)) };
  if (parts.length > 1) return {};
  // Every number an element takes counts something (items, a level, milliseconds).
  return (
    { boolean: { type: 'boolean' }, number: { type: 'integer' }, string: { type: 'string' } }[
      parts[0]
    ] ??
    { Date: { type: 'string' } }[parts[0]] ??
    {}
  );
}

/** The manifest's default when it is a literal (`'full'`, `false`, `8`), else undefined. */
function literalDefault(text) {
  if (text === undefined) return undefined;
  if (literal(text)) return text.slice(1, -1);
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^\d+$/.test(text)) return Number(text);
  return undefined; // A constant's name: the element applies it.
}

/** One block attribute from one manifest attribute; `problem` when its type is unknown. */
export function blockAttribute(attribute, unions) {
  const schema = { ...schemaOfType(attribute.type?.text, unions), ...RULES[attribute.name] };
  if (!schema.type)
    return {
      problem: `"${attribute.name}": type ${attribute.type?.text ?? '(none)'} has no block type; say it in RULES in ${CATALOGUE}`,
    };
  const fallback = literalDefault(attribute.default);
  const definition = { type: schema.type };
  for (const key of ['format', 'minimum', 'maximum'])
    if (key in schema) definition[key] = schema[key];
  if (schema.enum) {
    // Without a default of its own, empty means "the element's default".
    definition.enum = fallback === undefined ? ['', ...schema.enum] : schema.enum;
    definition.default = fallback ?? '';
  } else if (schema.type === 'boolean') definition.default = fallback ?? false;
  else if (schema.type === 'string') definition.default = fallback ?? '';
  else if (fallback !== undefined) definition.default = fallback;
  return { definition };
}

/**
 * Every block, from the manifest: {blocks: [{name, tag, json, labels}], problems}. A problem
 * (no label, no block text, an unknown type) does not stop the build, which falls back on
 * the attribute's name; test/scripts/wordpress-blocks.test.mjs fails on it.
 */
export function blocksFromManifest(manifest, unions) {
  const problems = [];
  const blocks = manifestElements(manifest).map(({ tag, name, attributes }) => {
    const text = BLOCKS[tag];
    if (!text)
      problems.push(`${tag}: no block title, icon and shortcode in BLOCKS in ${CATALOGUE}`);
    const own = {};
    const labels = {};
    for (const attribute of attributes) {
      if (attribute.name in NOT_BLOCK_ATTRIBUTES) continue;
      const { definition, problem } = blockAttribute(attribute, unions);
      if (problem) {
        problems.push(`${tag} ${problem}`);
        continue;
      }
      const key = attributeKey(attribute.name);
      own[key] = definition;
      labels[key] = LABELS[attribute.name] ?? attribute.name;
      if (!(attribute.name in LABELS))
        problems.push(
          `${tag} "${attribute.name}": no editor label; add one to LABELS in ${CATALOGUE}`,
        );
      for (const value of definition.enum ?? [])
        if (!(value in CHOICES))
          problems.push(
            `${tag} "${attribute.name}": value "${value}" has no label in CHOICES in ${CATALOGUE}`,
          );
    }
    const json = {
      $schema: 'https://schemas.wp.org/trunk/block.json',
      apiVersion: 2,
      name: `vae-widgets/${name}`,
      title: text?.title ?? tag,
      category: 'widgets',
      icon: text?.icon ?? 'admin-generic',
      description: text?.description ?? '',
      keywords: text?.keywords ?? [],
      textdomain: TEXT_DOMAIN,
      attributes: own,
      supports: { html: false },
      editorScript: 'vae-widgets-editor',
    };
    return {
      name,
      tag,
      shortcode: text?.shortcode ?? `vae_${name.replace(/-/g, '_')}`,
      json,
      labels,
    };
  });
  return { blocks, problems };
}

/** A PHP single-quoted string. */
const php = (text) => `'${text.replace(/[\\']/g, '\\$&')}'`;
const translated = (text) => `__( ${php(text)}, '${TEXT_DOMAIN}' )`;

/** `'key' => value,` lines, aligned as WordPress's coding standards want. */
function phpArray(entries) {
  const width = Math.max(...entries.map(([key]) => php(key).length));
  return entries.map(([key, value]) => `\t\t${php(key).padEnd(width)} => ${value},`).join('\n');
}

/** includes/catalogue.php: the elements, their shortcodes, the editor's labels. */
export function cataloguePhp(blocks) {
  const labels = new Map();
  for (const block of blocks)
    for (const [key, label] of Object.entries(block.labels)) labels.set(key, label);
  const values = new Set(
    blocks.flatMap((b) => Object.values(b.json.attributes).flatMap((a) => a.enum ?? [])),
  );
  const choices = Object.entries(CHOICES).filter(([value]) => values.has(value));
  return `<?php
/**
 * The element catalogue, GENERATED at build by scripts/code/wordpress-blocks.mjs from
 * custom-elements.json and scripts/code/wordpress-catalogue.mjs: edit those, not this.
 *
 * @package VaeWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Element names (the tag without its \`vae-\` prefix) and their shortcodes.
 *
 * @return array<string, string> Element name => shortcode tag.
 */
function vae_widgets_elements() {
	return array(
${phpArray(blocks.map((b) => [b.name, php(b.shortcode)]))}
	);
}

/**
 * The block editor's label of every block attribute, in the user's language.
 *
 * @return array<string, string> Attribute key (camelCase) => label.
 */
function vae_widgets_attribute_labels() {
	return array(
${phpArray([...labels].map(([key, label]) => [key, translated(label)]))}
	);
}

/**
 * The block editor's label of every allowed value, in the user's language.
 *
 * @return array<string, string> Value => label.
 */
function vae_widgets_choice_labels() {
	return array(
${phpArray(choices.map(([value, label]) => [value, translated(label)]))}
	);
}
`;
}

/** Writes every block.json and includes/catalogue.php; returns the problems to report. */
export function writeBlocks(pluginDir, manifest, unions) {
  const { blocks, problems } = blocksFromManifest(manifest, unions);
  const folder = join(pluginDir, 'blocks');
  // A block whose element is gone goes too (blocks/editor.js stays).
  for (const entry of readdirSync(folder, { withFileTypes: true }))
    if (entry.isDirectory()) rmSync(join(folder, entry.name), { recursive: true });
  for (const { name, json } of blocks) {
    mkdirSync(join(folder, name));
    writeFileSync(join(folder, name, 'block.json'), `${JSON.stringify(json, null, 2)}\n`);
  }
  writeFileSync(join(pluginDir, 'includes', 'catalogue.php'), cataloguePhp(blocks));
  return { blocks, problems };
}
