// Loads the official geography (INSEE COG) from @etalab/decoupage-administratif.
// Every name, code, population, postcode and member list in the dataset comes
// from here; the mandates' corrections.json only hold codes and reasons.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PKG = '@etalab/decoupage-administratif';

function readJson(specifier) {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
}

const PART_TYPES = ['commune-deleguee', 'commune-associee', 'arrondissement-municipal'];

/**
 * @returns {{communes: object[], formerCommunes: object[], parts: object[], epci: object[], departements: object[], regions: object[], version: string, package: string}}
 * `communes` keeps only current communes (type `commune-actuelle`): no
 * communes déléguées/associées, no municipal arrondissements.
 */
export function loadGeography() {
  const pkg = readJson(`${PKG}/package.json`);
  const all = readJson(`${PKG}/data/communes.json`);
  return {
    package: PKG,
    version: pkg.version,
    communes: all.filter((c) => c.type === 'commune-actuelle'),
    // Absorbed into a commune nouvelle (`chefLieu`): to name the successor of a stale line.
    formerCommunes: all.filter(
      (c) => c.type === 'commune-deleguee' || c.type === 'commune-associee',
    ),
    // Former communes and municipal arrondissements, answered by the search for their commune.
    parts: all.filter((c) => PART_TYPES.includes(c.type)),
    epci: readJson(`${PKG}/data/epci.json`),
    departements: readJson(`${PKG}/data/departements.json`),
    regions: readJson(`${PKG}/data/regions.json`),
  };
}
