// Renders docs/api.md from custom-elements.json, so the API docs cannot drift
// from the code. The rows are scripts/site/element-reference.mjs's, which the
// site's reference pages render too. `--check` exits 1 when the committed file is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { manifestElements, referenceSections } from './site/element-reference.mjs';

const OUT = 'docs/api.md';

const cell = (value) =>
  String(value ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

/** One cell of scripts/site/element-reference.mjs as Markdown. */
const markdownCell = (value) => cell(value.code !== undefined ? `\`${value.code}\`` : value.text);

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return (
    [
      line(headers.map(cell)),
      line(headers.map(() => '---')),
      ...rows.map((row) => line(row.map(markdownCell))),
    ].join('\n') + '\n'
  );
}

/** The markdown for every custom element declared in the manifest, sorted by tag. */
export function renderApi(manifest) {
  let out =
    "# API reference\n\nGenerated from `custom-elements.json` (the elements' JSDoc) by " +
    '`scripts/build-api-docs.mjs` during `npm run build`. Do not edit by hand.\n';
  for (const element of manifestElements(manifest)) {
    out += `\n## \`<${element.tagName}>\`\n\n${cell(element.summary ?? element.description)}\n`;
    for (const section of referenceSections(element))
      out += `\n#### ${section.title}\n\n${table(section.headers, section.rows)}`;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const markdown = renderApi(manifest);
  if (process.argv.includes('--check')) {
    const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
    if (current !== markdown) {
      console.error(`${OUT} is stale: run npm run build and commit it.`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUT, markdown);
  }
}
