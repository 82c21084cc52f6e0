// Renders docs/api.md from custom-elements.json, so the API docs cannot drift
// from the code. `--check` exits 1 when the committed file is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

const OUT = 'docs/api.md';

const cell = (value) =>
  String(value ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

function table(headers, rows) {
  if (!rows.length) return '';
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

function section(title, headers, rows) {
  const body = table(headers, rows);
  return body ? `\n#### ${title}\n\n${body}` : '';
}

/** The markdown for every custom element declared in the manifest, sorted by tag. */
export function renderApi(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  let out =
    "# API reference\n\nGenerated from `custom-elements.json` (the elements' JSDoc) by " +
    '`scripts/code/build-api-docs.mjs` during `npm run build`. Do not edit by hand.\n';
  for (const element of elements) {
    out += `\n## \`<${element.tagName}>\`\n\n${cell(element.summary ?? element.description)}\n`;
    out += section(
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      (element.attributes ?? []).map((a) => [
        `\`${a.name}\``,
        a.fieldName ?? '',
        a.type?.text ?? '',
        a.default ?? '',
        a.description ?? '',
      ]),
    );
    out += section(
      'Events',
      ['Event', 'Type', 'Description'],
      (element.events ?? [])
        .filter((e) => e.name)
        .map((e) => [`\`${e.name}\``, e.type?.text ?? '', e.description ?? '']),
    );
    out += section(
      'Slots',
      ['Slot', 'Description'],
      (element.slots ?? []).map((s) => [
        s.name ? `\`${s.name}\`` : '(default)',
        s.description ?? '',
      ]),
    );
    out += section(
      'CSS parts',
      ['Part', 'Description'],
      (element.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']),
    );
    out += section(
      'CSS custom properties',
      ['Property', 'Default', 'Description'],
      (element.cssProperties ?? []).map((p) => [
        `\`${p.name}\``,
        p.default ?? '',
        p.description ?? '',
      ]),
    );
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const markdown = renderApi(manifest);
  const { check } = parseArgs({ options: { check: { type: 'boolean', default: false } } }).values;
  if (check) {
    const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
    if (current !== markdown) {
      console.error(`${OUT} is stale: run npm run build and commit it.`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUT, markdown);
  }
}
