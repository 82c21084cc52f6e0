// Assembles the published dataset (shape: src/data/model.ts) from the sources
// under data/ and the official geography. Pure: no file is written here.
import { resolveMembers, indexGeography } from './resolve-members.mjs';
import { parseMemberLines, parseNews } from './parse-sources.mjs';

export const PROGRAMME = {
  name: 'Ville amie des enfants',
  url: 'https://www.villeamiedesenfants.fr/',
};

/**
 * Municipal mandates. 2020-2026: the councils elected in 2020 took office after
 * the second round of 28 June 2020; the mandate ended with the municipal
 * elections of 15 and 22 March 2026 (second round = end date).
 */
export const MANDATES = [{ id: '2020-2026', start: '2020-06-28', end: '2026-03-22' }];
export const CURRENT_MANDATE = '2020-2026';

export const SOURCES = [
  {
    id: 'programme-page',
    title: 'Félicitations aux nouvelles villes du réseau Ville amie des enfants 2020 / 2026 !',
    file: 'data/sources/000_a1bb91902d6e3713.txt',
  },
  {
    id: 'partners-page',
    title: 'A national vision',
    file: 'data/sources/004_b0b858b4add44fa6.txt',
  },
];

export const GEOGRAPHY_NAME = 'Code officiel géographique (INSEE)';
export const GEOGRAPHY_YEAR = 2026;

const TITLE_BY_KIND = {
  commune: 'Ville amie des enfants',
  epci: 'Intercommunalité amie des enfants',
};
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function place(code, name) {
  return { code, name };
}

/** A commune's former communes and arrondissements (not the one bearing its own name). */
function partsOf(commune, geography) {
  const parts = (geography.parts ?? [])
    .filter((p) => (p.chefLieu ?? p.commune) === commune.code)
    .filter((p) => collator.compare(p.nom, commune.nom) !== 0)
    .map((p) => ({
      name: p.nom,
      kind: p.type,
      ...(p.codesPostaux?.length ? { postcodes: [...p.codesPostaux].sort() } : {}),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return parts.length ? { parts } : {};
}

function member(r, idx, mandate, geography) {
  const title = {
    title: TITLE_BY_KIND[r.kind],
    mandate: mandate.id,
    start: mandate.start,
    end: mandate.end,
  };
  if (r.kind === 'commune') {
    const c = idx.communeByCode.get(r.code);
    const dep = idx.departementByCode.get(c.departement);
    const reg = idx.regionByCode.get(c.region);
    return {
      id: `commune-${c.code}`,
      kind: 'commune',
      code: c.code,
      siren: c.siren,
      name: c.nom,
      label: r.label,
      department: place(dep.code, dep.nom),
      region: place(reg.code, reg.nom),
      population: c.population,
      postcodes: [...(c.codesPostaux ?? [])].sort(),
      ...partsOf(c, geography),
      titles: [title],
    };
  }
  const e = idx.epciByCode.get(r.code);
  const dep = idx.departementByCode.get(r.department);
  const reg = idx.regionByCode.get(dep.region);
  const postcodes = new Set();
  for (const m of e.membres)
    for (const p of idx.communeByCode.get(m.code)?.codesPostaux ?? []) postcodes.add(p);
  return {
    id: `epci-${e.code}`,
    kind: 'epci',
    code: e.code,
    siren: e.code,
    name: e.nom,
    label: r.label,
    department: place(dep.code, dep.nom),
    region: place(reg.code, reg.nom),
    population: e.populationMunicipale,
    postcodes: [...postcodes].sort(),
    communes: e.membres
      .map((m) => place(m.code, m.nom))
      .sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code)),
    titles: [title],
  };
}

/**
 * @param {{programmeText: string, partners: object[], corrections: object[], geography: object, buildDate: string}} input
 */
export function buildDataset({ programmeText, partners, corrections, geography, buildDate }) {
  const lines = parseMemberLines(programmeText);
  const { resolved } = resolveMembers(lines, corrections, geography);
  const idx = indexGeography(geography);
  const mandate = MANDATES.find((m) => m.id === CURRENT_MANDATE);
  const members = resolved
    .map((r) => member(r, idx, mandate, geography))
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  // Newest first; items of the same day keep the page's order (stable sort).
  const news = parseNews(programmeText).sort((a, b) => b.date.localeCompare(a.date));
  const counts = {
    members: members.length,
    communes: members.filter((m) => m.kind === 'commune').length,
    epci: members.filter((m) => m.kind === 'epci').length,
    partners: partners.length,
    news: news.length,
  };
  return {
    dataset: {
      schemaVersion: 1,
      meta: {
        programme: PROGRAMME,
        mandates: MANDATES,
        sources: SOURCES,
        geography: {
          name: GEOGRAPHY_NAME,
          package: geography.package,
          version: geography.version,
          year: GEOGRAPHY_YEAR,
        },
        buildDate,
        counts,
      },
      members,
      partners,
      news,
    },
    lines,
    resolved,
  };
}
