// Builds dist/data/communes/: every current French commune (INSEE COG, from
// @etalab/decoupage-administratif), their former communes (communes déléguées
// and associées, with their chef-lieu) and the 45 municipal arrondissements of
// Paris, Lyon and Marseille, in small pieces for `<vae-city-search all-communes>`,
// which fetches only the piece a query needs. Badge-only pages never load any.
//
//   communes/index.json      { v: 3, meta, geography, count, parts, keyLength,
//                              departments: [[code, name], …], names: [key, …],
//                              postcodes: { "<2 or 3 first digits>": [department, …] } }
//   communes/n-<key>.json    the communes and parts filed under a name key
//                            (src/search/piece-files.ts: the first letters of each
//                            significant word of the name)
//   communes/d-<dept>.json   the communes and parts of one department (postcode
//                            and department queries)
// A piece is columnar, each column one string (validated in the browser by
// src/data/schemas/communes-schema.ts with one pattern per column, not one check per
// value; entries in name order, so the index sorts them in linear time):
//   { v: 3, meta: { dataVersion, buildDate },
//     code: "69381 69382", name: "Lyon 1er Arrondissement|…", postcodes: "69001|69002 69003", pop: "46 45",
//     parts: { name, kind: "0 1 2" (déléguée | associée | arrondissement), of: chef-lieu codes,
//              ofName, ofLiaison (the chef-lieu's INSEE TNCC: "commune déléguée du Mené"),
//              postcodes, pop } }
// names and per-entry postcode lists are joined with "|", codes, kinds and pop with " ".
// pop is round(10 × log10(population)), enough to rank homonyms. meta is vae.json's.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { importTs } from '../lib/import-ts.mjs';
import { releaseMeta } from '../lib/release-meta.mjs';

const require = createRequire(import.meta.url);
const geography = require('@etalab/decoupage-administratif/data/communes.json');
const departmentList = require('@etalab/decoupage-administratif/data/departements.json');
const geographyVersion = require('@etalab/decoupage-administratif/package.json').version;

export const PART_KINDS = ['commune-deleguee', 'commune-associee', 'arrondissement-municipal'];

/** The department a commune code implies (the format the search relies on). */
export function departmentOf(code) {
  return /^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2);
}

export function populationClass(value) {
  return value > 0 ? Math.round(10 * Math.log10(value)) : 0;
}

/** Current communes and their parts (former communes, arrondissements), answered for their commune. */
export function communesAndParts(fold) {
  const current = new Map();
  for (const commune of geography) {
    if (commune.type !== 'commune-actuelle') continue;
    if (departmentOf(commune.code) !== commune.departement) {
      throw new Error(`department of ${commune.code} is ${commune.departement}, not derivable`);
    }
    current.set(commune.code, commune);
  }
  const parts = [];
  for (const part of geography) {
    const kind = PART_KINDS.indexOf(part.type);
    if (kind < 0) continue;
    const parent = current.get(part.chefLieu ?? part.commune);
    if (!parent) throw new Error(`${part.type} ${part.code} ${part.nom}: no current commune`);
    // The chef-lieu's own commune déléguée usually bears its name: nothing to add.
    if (fold(part.nom) === fold(parent.nom)) continue;
    parts.push({ part, kind, parent });
  }
  return { current: [...current.values()], parts };
}

/** The data release a piece belongs to: vae.json's, built just before (scripts/lib/release-meta.mjs). */
export const pieceMeta = (datasetPath = 'dist/data/vae.json') => releaseMeta(dirname(datasetPath));

/** A commune's INSEE TNCC (0–8), which every commune with parts has. */
function liaisonOf(commune) {
  if (!Number.isInteger(commune.typeLiaison)) {
    throw new Error(`${commune.code} ${commune.nom}: no typeLiaison in the geography`);
  }
  return commune.typeLiaison;
}

/** One piece, columnar, in name order. */
function piece(communes, parts, meta) {
  const byName = (a, b) => (a.nom < b.nom ? -1 : a.nom > b.nom ? 1 : a.code < b.code ? -1 : 1);
  communes.sort(byName);
  parts.sort((a, b) => byName(a.part, b.part) || (a.parent.code < b.parent.code ? -1 : 1));
  const postcodes = (entity) => (entity.codesPostaux ?? []).join(' ');
  return {
    v: 3,
    meta,
    code: communes.map((c) => c.code).join(' '),
    name: communes.map((c) => c.nom).join('|'),
    postcodes: communes.map(postcodes).join('|'),
    pop: communes.map((c) => populationClass(c.population)).join(' '),
    parts: {
      name: parts.map((p) => p.part.nom).join('|'),
      kind: parts.map((p) => p.kind).join(' '),
      of: parts.map((p) => p.parent.code).join(' '),
      ofName: parts.map((p) => p.parent.nom).join('|'),
      ofLiaison: parts.map((p) => liaisonOf(p.parent)).join(' '),
      postcodes: parts.map((p) => postcodes(p.part)).join('|'),
      pop: parts.map((p) => populationClass(p.part.population)).join(' '),
    },
  };
}

export async function buildCommunePieces(meta = pieceMeta()) {
  const { fold } = await importTs('src/search/fold.ts');
  const { nameKeys } = await importTs('src/search/piece-files.ts');
  const { KEY_LENGTH } = await importTs('src/search/piece-keys.ts');
  const { current, parts } = communesAndParts(fold);
  const byKey = new Map();
  const byDepartment = new Map();
  const file = (map, key) => {
    if (!map.has(key)) map.set(key, { communes: [], parts: [] });
    return map.get(key);
  };
  for (const commune of current) {
    for (const key of nameKeys(fold(commune.nom))) file(byKey, key).communes.push(commune);
    file(byDepartment, commune.departement).communes.push(commune);
  }
  for (const entry of parts) {
    for (const key of nameKeys(fold(entry.part.nom))) file(byKey, key).parts.push(entry);
    file(byDepartment, entry.parent.departement).parts.push(entry);
  }
  const postcodes = {};
  for (const commune of current) {
    for (const postcode of commune.codesPostaux ?? []) {
      const prefix = postcode.slice(0, /^9[78]/.test(postcode) ? 3 : 2);
      postcodes[prefix] ??= [];
      if (!postcodes[prefix].includes(commune.departement)) {
        postcodes[prefix].push(commune.departement);
      }
    }
  }
  for (const list of Object.values(postcodes)) list.sort();
  const departments = [...byDepartment.keys()].sort();
  const pieces = new Map();
  for (const [key, content] of [...byKey].sort()) {
    pieces.set(`n-${key}.json`, piece(content.communes, content.parts, meta));
  }
  for (const department of departments) {
    const content = byDepartment.get(department);
    pieces.set(`d-${department.toLowerCase()}.json`, piece(content.communes, content.parts, meta));
  }
  const index = {
    v: 3,
    meta,
    geography: `@etalab/decoupage-administratif ${geographyVersion}`,
    count: current.length,
    parts: parts.length,
    keyLength: KEY_LENGTH,
    departments: departments.map((code) => [
      code,
      departmentList.find((entry) => entry.code === code)?.nom ?? code,
    ]),
    names: [...byKey.keys()].sort(),
    postcodes: Object.fromEntries(Object.entries(postcodes).sort()),
  };
  return { index, pieces };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { index, pieces } = await buildCommunePieces();
  rmSync('dist/data/communes', { recursive: true, force: true });
  rmSync('dist/data/communes.json', { force: true });
  mkdirSync('dist/data/communes', { recursive: true });
  const indexText = JSON.stringify(index);
  writeFileSync('dist/data/communes/index.json', indexText);
  const sizes = [];
  for (const [name, content] of pieces) {
    const text = JSON.stringify(content);
    writeFileSync(`dist/data/communes/${name}`, text);
    sizes.push({ name, gzip: gzipSync(text, { level: 9 }).length });
  }
  sizes.sort((a, b) => b.gzip - a.gzip);
  const names = sizes.filter((s) => s.name.startsWith('n-'));
  const depts = sizes.filter((s) => s.name.startsWith('d-'));
  const median = (list) => list[Math.floor(list.length / 2)].gzip;
  console.log(
    `dist/data/communes/: ${index.count} communes + ${index.parts} parts; ` +
      `index ${kb(gzipSync(indexText, { level: 9 }).length)} gzip; ` +
      `${names.length} name pieces (median ${kb(median(names))}, largest ${names[0].name} ${kb(names[0].gzip)}); ` +
      `${depts.length} department pieces (median ${kb(median(depts))}, largest ${depts[0].name} ${kb(depts[0].gzip)}) gzip`,
  );
}
