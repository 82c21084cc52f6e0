// Writes bench/search/recall-queries.json: 120 queries as people type them (no accents,
// "st" for Saint, one typo), each with the expected INSEE code, from the official geography.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const communes = require('@etalab/decoupage-administratif/data/communes.json')
  .filter((c) => c.type === 'commune-actuelle')
  .sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
const bare = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const byName = new Map();
for (const c of communes) byName.set(bare(c.nom), [...(byName.get(bare(c.nom)) ?? []), c]);
const queries = [];
for (const [i, c] of communes.slice(0, 400).entries()) {
  if (queries.length >= 120) break;
  // The expected answer must be the most populous of its homonyms.
  if (byName.get(bare(c.nom))[0] !== c) continue;
  let q = bare(c.nom).replace(/-/g, ' ');
  const kind = i % 3;
  if (kind === 0) q = q.replace(/^saint /, 'st ').replace(/^sainte /, 'ste ');
  if (kind === 1 && q.length > 5) q = q.slice(0, 3) + q.slice(4); // one letter dropped
  if (kind === 2 && q.length > 5) q = q.slice(0, 2) + q[3] + q[2] + q.slice(4); // two letters swapped
  queries.push({ query: q, expected: c.code, name: c.nom });
}
writeFileSync('bench/search/recall-queries.json', JSON.stringify(queries, null, 1) + '\n');
console.log(queries.length, 'queries');
