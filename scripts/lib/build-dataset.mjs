// Assembles the published dataset (shape: src/data/model.ts) from the sources
// under data/ and the official geography. Pure: no file is written here.
import { collector } from './data-problems.mjs';
import { resolveMembers, indexGeography } from './resolve-members.mjs';
import { epciArticle } from './epci-article.mjs';

export const PROGRAMME = {
  name: 'Ville amie des enfants',
  url: 'https://www.villeamiedesenfants.fr/',
};

/** Documents that are not a mandate's: the partners page (the news items are files of data/news/). */
export const OTHER_SOURCES = [
  {
    id: 'partners-page',
    title: 'A national vision',
    file: 'data/sources/004_b0b858b4add44fa6.txt',
  },
];

export const GEOGRAPHY_NAME = 'Code officiel géographique (INSEE)';
export const GEOGRAPHY_YEAR = 2026;

/** The title a programme gives, per kind of member. Another programme needs its line here. */
const TITLE_BY_PROGRAMME = {
  'ville-amie-des-enfants': {
    commune: 'Ville amie des enfants',
    epci: 'Intercommunalité amie des enfants',
  },
  // UNICEF France's lighter track: never shown as Ville amie des enfants.
  'territoires-d-enfance': { commune: "Territoire d'enfance", epci: "Territoire d'enfance" },
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

function titleOf(r, mandate, status) {
  return {
    title: TITLE_BY_PROGRAMME[mandate.programme][r.kind],
    programme: mandate.programme,
    mandate: mandate.id,
    status,
    start: mandate.start,
    end: mandate.end,
  };
}

/** The member's entity (official geography); `titles` are filled by the caller. */
function member(r, idx, geography) {
  if (r.kind === 'commune') {
    const c = idx.communeByCode.get(r.code);
    const dep = idx.departementByCode.get(c.departement);
    const reg = idx.regionByCode.get(c.region);
    return {
      id: `commune-${c.code}`,
      kind: 'commune',
      code: c.code,
      name: c.nom,
      // How the name takes "de" and "à" (INSEE TNCC); the COG gives none for a few overseas collectivities.
      ...(Number.isInteger(c.typeLiaison) ? { typeLiaison: c.typeLiaison } : {}),
      label: r.label,
      department: place(dep.code, dep.nom),
      region: place(reg.code, reg.nom),
      // Beside the population, not the code: vae.json gzips 0.3 KB smaller (its budget is 24 KB).
      siren: c.siren,
      population: c.population,
      postcodes: [...(c.codesPostaux ?? [])].sort(),
      ...partsOf(c, geography),
      titles: [],
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
    name: e.nom,
    article: epciArticle(e.nom),
    label: r.label,
    department: place(dep.code, dep.nom),
    region: place(reg.code, reg.nom),
    siren: e.code,
    population: e.populationMunicipale,
    postcodes: [...postcodes].sort(),
    communes: e.membres
      .map((m) => place(m.code, m.nom))
      .sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code)),
    titles: [],
  };
}

/**
 * Resolves every list of every mandate and gathers one member per entity, with
 * one title per mandate it is listed in (a line in two lists of one mandate fails).
 * @param {{mandates: object[], news: object[], partners: object[], geography: object, buildDate: string, dataVersion: string, problems?: object[], site?: string}} input
 *   `mandates` as read by readMandates (mandate-sources.mjs), oldest first; `problems`
 *   collects every problem of every list (else they are thrown together at the end);
 *   `site` the network site's address (`meta.site`), if any
 */
export function buildDataset({
  mandates,
  news,
  partners,
  geography,
  buildDate,
  dataVersion,
  problems,
  site,
}) {
  const sink = collector(problems);
  const idx = indexGeography(geography);
  const byId = new Map();
  const resolvedByMandate = new Map();
  for (const mandate of mandates) {
    if (!TITLE_BY_PROGRAMME[mandate.programme]) {
      sink.add({
        where: `data/mandates/${mandate.id}/mandate.json`,
        message: `unknown programme "${mandate.programme}" (known: ${Object.keys(TITLE_BY_PROGRAMME).join(', ')})`,
      });
      continue;
    }
    const statusOf = new Map();
    const lines = [];
    for (const list of mandate.lists) {
      for (const line of list.lines) {
        if (!statusOf.has(line.text)) statusOf.set(line.text, list.status);
        lines.push(line);
      }
    }
    const { resolved } = resolveMembers(lines, mandate.corrections, geography, {
      correctionsFile: mandate.correctionsFile,
      problems: sink.problems,
    });
    resolvedByMandate.set(mandate.id, resolved);
    for (const r of resolved) {
      const id = `${r.kind}-${r.code}`;
      if (!byId.has(id)) byId.set(id, member(r, idx, geography));
      const m = byId.get(id);
      m.label = r.label; // the newest mandate's wording
      m.titles.push(titleOf(r, mandate, statusOf.get(r.line)));
    }
  }
  sink.done();
  const members = [...byId.values()].sort(
    (a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id),
  );
  const counts = {
    date: buildDate.slice(0, 10),
    members: members.length,
    communes: members.filter((m) => m.kind === 'commune').length,
    epci: members.filter((m) => m.kind === 'epci').length,
    partners: partners.length,
    news: news.length,
  };
  const perStatus = (id, status) =>
    members.filter((m) => m.titles.some((t) => t.mandate === id && t.status === status)).length;
  const sources = [];
  for (const s of [...mandates.flatMap((m) => m.sources), ...OTHER_SOURCES])
    if (!sources.some((known) => known.id === s.id)) sources.push(s);
  return {
    dataset: {
      schemaVersion: 1,
      meta: {
        programme: PROGRAMME,
        mandates: mandates.map((m) => ({
          id: m.id,
          programme: m.programme,
          start: m.start,
          end: m.end,
          counts: {
            titled: perStatus(m.id, 'titled'),
            candidate: perStatus(m.id, 'candidate'),
            withdrawn: perStatus(m.id, 'withdrawn'),
          },
          ...(m.announced ? { announced: m.announced } : {}),
        })),
        sources,
        geography: {
          name: GEOGRAPHY_NAME,
          package: geography.package,
          version: geography.version,
          year: GEOGRAPHY_YEAR,
        },
        dataVersion,
        ...(site ? { site } : {}),
        buildDate,
        counts,
      },
      members,
      partners,
      news,
    },
    resolvedByMandate,
  };
}
