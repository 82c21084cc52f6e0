// The reference of each element, read once from custom-elements.json (the
// elements' JSDoc): attributes with their defaults, events and their detail,
// slots, parts, CSS properties. docs/api.md (scripts/code/build-api-docs.mjs) and
// the site's reference pages (pages/reference.mjs) both render these rows, so
// the two cannot disagree.

/** Every custom element of the manifest, sorted by tag. */
export function manifestElements(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** `export const NAME = <number or string>` in src/: a default the manifest names by its constant. */
function sourceConstants(root = 'src') {
  const constants = new Map();
  for (const file of readdirSync(root, { recursive: true })) {
    if (!String(file).endsWith('.ts')) continue;
    const source = readFileSync(join(root, String(file)), 'utf8');
    for (const [, name, value] of source.matchAll(
      /export const ([A-Z][A-Z0-9_]*) = ([\d_]+|'[^']*');/g,
    ))
      constants.set(name, value.replaceAll('_', ''));
  }
  return constants;
}

let constants;

/** A manifest default as written in HTML: `'full'` → `full`, `DEFAULT_LIMIT` → `8`, `''` → `""`. */
function defaultText(value) {
  constants ??= sourceConstants();
  const resolved = constants.get(value) ?? value;
  return resolved === "''" ? '""' : resolved.replace(/^'(.*)'$/, '$1');
}

/**
 * The element's reference: sections of {id, title, headers, rows}; each cell is
 * {code} (shown as code) or {text} (prose, may hold `code` spans in Markdown).
 */
export function referenceSections(element) {
  const code = (value) => ({ code: value });
  const text = (value) => ({ text: value ?? '' });
  return [
    {
      id: 'attributes',
      title: 'Attributes',
      headers: ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      rows: (element.attributes ?? []).map((a) => [
        code(a.name),
        text(a.fieldName),
        text(a.type?.text),
        a.default === undefined ? text('') : code(defaultText(a.default)),
        text(a.description),
      ]),
    },
    {
      id: 'events',
      title: 'Events',
      headers: ['Event', 'Type', 'Description'],
      rows: (element.events ?? [])
        .filter((e) => e.name)
        .map((e) => [code(e.name), text(e.type?.text), text(e.description)]),
    },
    {
      id: 'slots',
      title: 'Slots',
      headers: ['Slot', 'Description'],
      rows: (element.slots ?? []).map((s) => [
        s.name ? code(s.name) : text('(default)'),
        text(s.description),
      ]),
    },
    {
      id: 'parts',
      title: 'CSS parts',
      headers: ['Part', 'Description'],
      rows: (element.cssParts ?? []).map((p) => [code(p.name), text(p.description)]),
    },
    {
      id: 'css-properties',
      title: 'CSS custom properties',
      headers: ['Property', 'Default', 'Description'],
      rows: (element.cssProperties ?? []).map((p) => [
        code(p.name),
        text(p.default),
        text(p.description),
      ]),
    },
  ].filter((section) => section.rows.length > 0);
}
