// Resolves the seed's member lines ("Name (dept)") to official entities.
//
// Matching rule (see docs/data.md): a line matches when exactly one current
// commune, or one EPCI, has exactly the official name (after turning the
// typographic apostrophe U+2019 into U+0027) in the line's department.
// Case, accents, hyphens and spaces are significant. Any other line needs an
// entry in data/corrections.json (line → kind + official code + reason).
// Every failure throws a ResolveError naming the seed line.

export class ResolveError extends Error {
  constructor(message, line) {
    super(line === undefined ? message : `${message}\n  seed line: ${JSON.stringify(line)}`);
    this.name = 'ResolveError';
    this.line = line;
  }
}

const INSEE = /^(\d{5}|2[AB]\d{3})$/;
const SIREN = /^\d{9}$/;

/** Apostrophe rule: ’ (U+2019) and ' (U+0027) are the same character. */
export function normalizeName(name) {
  return name.replace(/\u2019/g, "'").trim();
}

/**
 * Splits a seed entry ("Saint-Denis (Réunion) (974)") into its name part
 * ("Saint-Denis (Réunion)", kept verbatim as the label) and department ("974").
 */
export function parseEntry(line) {
  const m = /^(.*\S)\s*\((\d{2}|2[AB]|9[78]\d)\)\s*$/u.exec(line.trim());
  if (!m) throw new ResolveError('Cannot read "Name (department)" in the seed line', line);
  return { name: m[1], department: m[2] };
}

/** Index of the geography, built once per call of resolveMembers. */
export function indexGeography(geo) {
  const communeByCode = new Map(geo.communes.map((c) => [c.code, c]));
  const epciByCode = new Map(geo.epci.map((e) => [e.code, e]));
  const departementByCode = new Map(geo.departements.map((d) => [d.code, d]));
  const regionByCode = new Map(geo.regions.map((r) => [r.code, r]));
  const communesByNameDep = new Map();
  for (const c of geo.communes) {
    const key = `${normalizeName(c.nom)}|${c.departement}`;
    if (!communesByNameDep.has(key)) communesByNameDep.set(key, []);
    communesByNameDep.get(key).push(c);
  }
  const epciByName = new Map();
  for (const e of geo.epci) {
    const key = normalizeName(e.nom);
    if (!epciByName.has(key)) epciByName.set(key, []);
    epciByName.get(key).push(e);
  }
  return {
    communeByCode,
    epciByCode,
    departementByCode,
    regionByCode,
    communesByNameDep,
    epciByName,
  };
}

/**
 * The department of an EPCI: the one holding the largest share of its member
 * communes' population (the package gives no seat). Null if no member is known.
 */
export function epciDepartment(epci, idx) {
  const pop = new Map();
  for (const m of epci.membres) {
    const c = idx.communeByCode.get(m.code);
    if (!c) continue;
    pop.set(c.departement, (pop.get(c.departement) ?? 0) + (m.populationMunicipale ?? 0) + 1);
  }
  let best = null;
  for (const [dep, p] of pop) if (best === null || p > pop.get(best)) best = dep;
  return best;
}

function exactMatches(name, department, idx) {
  const key = normalizeName(name);
  const communes = (idx.communesByNameDep.get(`${key}|${department}`) ?? []).map((c) => ({
    kind: 'commune',
    code: c.code,
  }));
  const epcis = (idx.epciByName.get(key) ?? [])
    .filter((e) => epciDepartment(e, idx) === department)
    .map((e) => ({ kind: 'epci', code: e.code }));
  return [...communes, ...epcis];
}

function checkTarget(target, seedDepartment, line, idx) {
  const { kind, code } = target;
  let actual;
  if (kind === 'commune') {
    if (!INSEE.test(code))
      throw new ResolveError(`Correction target ${code} is not an INSEE commune code`, line);
    const c = idx.communeByCode.get(code);
    if (!c)
      throw new ResolveError(
        `Correction target commune ${code} does not exist in the official geography`,
        line,
      );
    actual = c.departement;
  } else if (kind === 'epci') {
    if (!SIREN.test(code)) throw new ResolveError(`Correction target ${code} is not a SIREN`, line);
    const e = idx.epciByCode.get(code);
    if (!e)
      throw new ResolveError(
        `Correction target EPCI ${code} does not exist in the official geography`,
        line,
      );
    actual = epciDepartment(e, idx);
  } else {
    throw new ResolveError(
      `Correction target kind ${JSON.stringify(kind)} is neither "commune" nor "epci"`,
      line,
    );
  }
  // A department different from the seed's must be declared in the correction,
  // so that a mistyped code cannot silently land in another department.
  const declared = target.department ?? seedDepartment;
  if (declared !== actual) {
    throw new ResolveError(
      target.department
        ? `Correction declares department ${target.department} but ${kind} ${code} is in ${actual}`
        : `Correction target ${kind} ${code} is in department ${actual}, not the seed's ${seedDepartment}; declare "department": "${actual}" in the correction if that is intended`,
      line,
    );
  }
  return { kind, code, department: actual };
}

/**
 * @param {string[]} lines seed entries ("Name (dept)"), verbatim
 * @param {{entry: string, targets: {kind: string, code: string, department?: string}[], reason: string}[]} corrections
 * @param {{communes: object[], epci: object[], departements: object[], regions: object[]}} geography
 * @returns {{resolved: {line: string, label: string, seedDepartment: string, kind: string, code: string, department: string, correction: object|null}[], usedCorrections: Set<string>}}
 * Throws ResolveError on an unresolved, ambiguous or duplicated line, a bad
 * or stale correction, or two lines resolving to the same entity.
 */
export function resolveMembers(lines, corrections, geography) {
  const idx = indexGeography(geography);
  const byEntry = new Map();
  for (const c of corrections) {
    if (typeof c.entry !== 'string' || !Array.isArray(c.targets) || c.targets.length === 0) {
      throw new ResolveError('Correction needs "entry" and a non-empty "targets" list', c.entry);
    }
    if (typeof c.reason !== 'string' || c.reason.trim().length < 10) {
      throw new ResolveError('Correction needs a "reason" in plain words', c.entry);
    }
    if (byEntry.has(c.entry))
      throw new ResolveError('Two corrections for the same seed line', c.entry);
    byEntry.set(c.entry, c);
  }
  const seenLines = new Set();
  const seenEntities = new Map();
  const used = new Set();
  const resolved = [];
  for (const line of lines) {
    if (seenLines.has(line)) throw new ResolveError('Seed line appears twice', line);
    seenLines.add(line);
    const { name, department } = parseEntry(line);
    if (!idx.departementByCode.has(department)) {
      throw new ResolveError(
        `Department ${department} does not exist in the official geography`,
        line,
      );
    }
    const correction = byEntry.get(line) ?? null;
    let targets;
    if (correction) {
      used.add(line);
      targets = correction.targets.map((t) => checkTarget(t, department, line, idx));
    } else {
      const found = exactMatches(name, department, idx);
      if (found.length === 0) {
        throw new ResolveError(
          `Unresolved: no commune or EPCI is officially named ${JSON.stringify(name)} in department ${department}; add an entry to data/corrections.json`,
          line,
        );
      }
      if (found.length > 1) {
        throw new ResolveError(
          `Ambiguous: ${found.length} entities are named ${JSON.stringify(name)} in department ${department} (${found.map((f) => `${f.kind} ${f.code}`).join(', ')}); add an entry to data/corrections.json`,
          line,
        );
      }
      targets = found.map((t) => ({ ...t, department }));
    }
    for (const t of targets) {
      const key = `${t.kind}-${t.code}`;
      if (seenEntities.has(key)) {
        throw new ResolveError(
          `Duplicate member: ${key} already comes from ${JSON.stringify(seenEntities.get(key))}`,
          line,
        );
      }
      seenEntities.set(key, line);
      resolved.push({ line, label: name, seedDepartment: department, ...t, correction });
    }
  }
  const stale = [...byEntry.keys()].filter((e) => !used.has(e));
  if (stale.length > 0) {
    throw new ResolveError(
      `Stale correction(s), matching no seed line: ${stale.map((s) => JSON.stringify(s)).join(', ')}`,
      stale[0],
    );
  }
  return { resolved, usedCorrections: used };
}
