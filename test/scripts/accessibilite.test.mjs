// docs/accessibilite.md (the RGAA 4.1 statement) stays true to the code: it
// covers the 106 criteria for every element the library defines, each status
// is one of the three RGAA words, every "conforme"/"non conforme" cites a
// proof, and every cited test exists under that name in that file.
// ACCESSIBILITE_DOC=<path> checks another copy (to see it fail on a planted fault).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readRepoText } from './helpers.mjs';
import { readFileSync } from 'node:fs';

const DOC = process.env.ACCESSIBILITE_DOC ?? join(ROOT, 'docs/accessibilite.md');

/** RGAA 4.1: the number of criteria in each of the 13 themes (106 in all). */
const THEME_SIZES = [9, 2, 3, 13, 8, 2, 5, 10, 4, 14, 13, 11, 12];
const CRITERIA = THEME_SIZES.flatMap((size, theme) =>
  Array.from({ length: size }, (_, index) => `${theme + 1}.${index + 1}`),
);
const STATUSES = ['conforme', 'non conforme', 'non applicable'];

/** The tags, as the element folders define them (the manifest test reads them the same way). */
const TAGS = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
  .filter((entry) => existsSync(join(ROOT, 'src', entry.name, `${entry.name}.define.ts`)))
  .map((entry) => `vae-${entry.name}`);

const unescapeHtml = (text) =>
  text.replace(
    /&(lt|gt|amp|quot);/g,
    (_, name) => ({ lt: '<', gt: '>', amp: '&', quot: '"' })[name],
  );

/** The literal titles of a test file's it() and describe() calls. */
const titlesCache = new Map();
function testTitles(file) {
  if (!titlesCache.has(file)) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const titles = new Set();
    for (const [, quote, body] of source.matchAll(
      /\b(?:it|describe)\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g,
    )) {
      if (quote === '`' && body.includes('${')) continue; // generated titles cannot be cited
      titles.add(body.replace(/\\(.)/g, '$1'));
    }
    titlesCache.set(file, titles);
  }
  return titlesCache.get(file);
}

const cells = (line) =>
  line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());

/** Every problem found in the statement's text; none means it is in step. */
export function problems(markdown, tags = TAGS) {
  const found = [];
  const lines = markdown.split('\n');

  // The "Éléments couverts" table: every element, each with a doc that exists.
  const listed = lines
    .filter((line) => /^\| `vae-[a-z-]+` +\| \[/.test(line))
    .map((line) => {
      const [tag, doc] = cells(line);
      const target = /\]\(([^)]+)\)/.exec(doc)?.[1];
      if (!target || !existsSync(join(ROOT, 'docs', target)))
        found.push(`${tag}: documentation link ${target} does not exist`);
      return tag.replaceAll('`', '');
    });
  if (listed.sort().join() !== [...tags].sort().join())
    found.push(`elements listed: ${listed.join(', ')}; the library defines: ${tags.join(', ')}`);

  // The criteria rows, theme by theme.
  const statuses = new Map(CRITERIA.map((id) => [id, new Map()]));
  const manualCited = new Set();
  let theme = 0;
  for (const line of lines) {
    const heading = /^## Thématique (\d+) /.exec(line);
    if (heading) theme = Number(heading[1]);
    const row = /^\| (\d+)\.(\d+) /.exec(line);
    if (!row) continue;
    const id = `${row[1]}.${row[2]}`;
    const [, elementsCell, status, proof] = cells(line);
    if (!statuses.has(id)) {
      found.push(`${id} is not an RGAA 4.1 criterion`);
      continue;
    }
    if (Number(row[1]) !== theme) found.push(`${id} is listed under theme ${theme}`);
    if (!STATUSES.includes(status)) found.push(`${id}: unknown status "${status}"`);
    const byTag = statuses.get(id);
    let covered;
    if (elementsCell === 'tous' || elementsCell === 'autres') {
      if (status !== 'non applicable')
        found.push(`${id}: "${elementsCell}" is only for "non applicable" rows`);
      covered =
        elementsCell === 'tous'
          ? tags
          : tags.filter(
              (tag) =>
                !lines.some((other) => {
                  const o = /^\| (\d+\.\d+) /.exec(other);
                  return o && o[1] === id && cells(other)[1].includes(`\`${tag}\``);
                }),
            );
    } else {
      covered = [...elementsCell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
      const unknown = covered.filter((tag) => !tags.includes(tag));
      if (unknown.length) found.push(`${id}: unknown element ${unknown.join(', ')}`);
    }
    for (const tag of covered) {
      if (byTag.has(tag)) found.push(`${id}: ${tag} has two statuses`);
      byTag.set(tag, status);
    }

    // Proofs: cited tests must exist; a (non) compliance needs at least one proof.
    const citations = [...proof.matchAll(/`(test\/[^`]+)` «\s*([^»]+?)\s*»/g)];
    const manual = [...proof.matchAll(/\*\*(M\d+)\*\*/g)].map((match) => match[1]);
    manual.forEach((name) => manualCited.add(name));
    if (status !== 'non applicable' && citations.length + manual.length === 0)
      found.push(`${id} (${covered.join(', ')}): "${status}" without a test or manual check`);
    for (const [, file, rawTitle] of citations) {
      const title = unescapeHtml(rawTitle);
      if (!existsSync(join(ROOT, file))) found.push(`${id}: cited file ${file} does not exist`);
      else if (!testTitles(file).has(title))
        found.push(`${id}: ${file} has no test or group named "${title}"`);
    }
  }
  for (const [id, byTag] of statuses) {
    const missing = tags.filter((tag) => !byTag.has(tag));
    if (missing.length) found.push(`${id}: no status for ${missing.join(', ')}`);
  }

  // Manual checks: each cited one is described, each described one is cited.
  const described = new Set(lines.map((line) => /^### (M\d+) — /.exec(line)?.[1]).filter(Boolean));
  for (const name of manualCited)
    if (!described.has(name)) found.push(`manual check ${name} is cited but not described`);
  for (const name of described)
    if (!manualCited.has(name)) found.push(`manual check ${name} is described but never cited`);

  // The summary table: the counts the criteria rows give.
  for (const tag of tags) {
    const counts = STATUSES.map(
      (status) => [...statuses.values()].filter((byTag) => byTag.get(tag) === status).length,
    );
    const line = lines.find((l) => l.startsWith(`| \`${tag}\``) && /\| +\d+ \|/.test(l));
    const shown = line ? cells(line).slice(1).map(Number) : [];
    if (shown.join() !== counts.join())
      found.push(`summary for ${tag}: shows ${shown.join('/')}, the rows give ${counts.join('/')}`);
  }
  return found;
}

const statement = () => readFileSync(DOC, 'utf8');

test('the library defines the elements its registry lists (src/core/registry.ts)', () => {
  const listed = [...readRepoText('src/core/registry.ts').matchAll(/tag: '(vae-[a-z-]+)'/g)].map(
    (match) => match[1],
  );
  assert.deepEqual([...TAGS].sort(), [...listed].sort());
});

test('docs/accessibilite.md covers the 106 criteria for every element, with existing proofs', () => {
  assert.equal(CRITERIA.length, 106);
  assert.deepEqual(problems(statement()), []);
});

test('control: a dangling test name, a missing element and a bare status are reported', () => {
  const planted = statement()
    .replace('« passes axe in map view and in table view »', '« passes axe on the moon »')
    .replace(/(\| 1\.4 [^|]+\| )tous( +\|)/, '$1`vae-city-map`$2')
    .replace(/(\| 5\.5 [^|]+\| `vae-city-map` +\| conforme +\| )\*\*M1\*\*/, '$1—');
  assert.notEqual(planted, statement());
  const found = problems(planted);
  assert.ok(
    found.includes(
      '1.1: test/city-map/city-map.test.ts has no test or group named "passes axe on the moon"',
    ),
    found.join('\n'),
  );
  assert.ok(
    found.some((p) => p.startsWith('1.4: no status for vae-city-badge')),
    found.join('\n'),
  );
  assert.ok(
    found.some((p) => p.startsWith('5.5 (vae-city-map): "conforme" without')),
    found.join('\n'),
  );
  assert.ok(
    problems(statement(), [...TAGS, 'vae-new-element']).some((p) => p.includes('vae-new-element')),
  );
});
