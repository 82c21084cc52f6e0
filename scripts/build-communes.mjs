// Builds dist/data/communes.json: every current French commune (INSEE COG, from
// @etalab/decoupage-administratif), compact, for `<vae-city-search all-communes>`.
// It is data, fetched by the search only when asked: badge-only pages never load it.
//
// Shape (version 1), grouped by department so that codes and postcodes compress:
//   { "v": 1, "geography": "…", "departments": [[dept, deptName, [[step, name, postcodes, popClass], …]], …] }
//  - the INSEE code is dept + a number: `step` is that number minus the previous row's
//    (the first row's previous is 0); it is padded back to 3 digits (2 for 97x/98x);
//  - postcodes: space-separated; a 3-char entry is the suffix after the code's first
//    2 characters ("01400" in dept 01 is "400"), a 5-char entry is a full postcode;
//  - popClass: round(10 × log10(population)), enough to rank homonyms.
// src/search/communes-file.ts decodes it; the test suite checks the round trip.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const communes = require('@etalab/decoupage-administratif/data/communes.json');
const departmentList = require('@etalab/decoupage-administratif/data/departements.json');
const geographyVersion = require('@etalab/decoupage-administratif/package.json').version;

/** The department a commune code implies (the format the search relies on). */
export function departmentOf(code) {
  return /^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2);
}

export function populationClass(value) {
  return value > 0 ? Math.round(10 * Math.log10(value)) : 0;
}

export function buildCommunes() {
  const byDepartment = new Map();
  for (const commune of communes) {
    if (commune.type !== 'commune-actuelle') continue;
    const department = departmentOf(commune.code);
    if (department !== commune.departement) {
      throw new Error(`department of ${commune.code} is ${commune.departement}, not derivable`);
    }
    if (!byDepartment.has(department)) byDepartment.set(department, []);
    byDepartment.get(department).push(commune);
  }
  const departments = [...byDepartment.keys()].sort().map((department) => {
    const rows = byDepartment.get(department).sort((a, b) => (a.code < b.code ? -1 : 1));
    let previous = 0;
    const name = departmentList.find((entry) => entry.code === department)?.nom ?? department;
    return [
      department,
      name,
      rows.map((commune) => {
        const number = Number(commune.code.slice(department.length));
        if (!Number.isInteger(number)) throw new Error(`unexpected code ${commune.code}`);
        const step = number - previous;
        previous = number;
        const prefix = commune.code.slice(0, 2);
        const postcodes = (commune.codesPostaux ?? [])
          .map((postcode) => (postcode.startsWith(prefix) ? postcode.slice(2) : postcode))
          .join(' ');
        return [step, commune.nom, postcodes, populationClass(commune.population)];
      }),
    ];
  });
  const count = departments.reduce((sum, [, , rows]) => sum + rows.length, 0);
  return {
    v: 1,
    geography: `@etalab/decoupage-administratif ${geographyVersion}`,
    count,
    departments,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const data = buildCommunes();
  const text = JSON.stringify(data);
  mkdirSync('dist/data', { recursive: true });
  writeFileSync('dist/data/communes.json', text);
  const gzip = gzipSync(readFileSync('dist/data/communes.json'), { level: 9 }).length;
  console.log(
    `dist/data/communes.json: ${data.count} communes, ` +
      `${(text.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`,
  );
}
