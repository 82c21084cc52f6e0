// Resolves a mandate's member lines ("Name (dept)") to official entities.
//
// Matching rule (see docs/data.md): a line matches when exactly one current
// commune, or one EPCI, has exactly the official name (after turning the
// typographic apostrophe U+2019 into U+0027) in the line's department.
// Case, accents, hyphens and spaces are significant. Any other line needs an
// entry in the mandate's corrections.json (line → kind + official code + reason).
// Every failure throws a ResolveError naming the line, and its file and line
// number when the caller gives them.

export class ResolveError extends Error {
  constructor(message, line, where) {
    const at = where ? `\n  at ${where}` : '';
    super(line === undefined ? message : `${message}\n  line: ${JSON.stringify(line)}${at}`);
    this.name = 'ResolveError';
    this.line = line;
  }
}

/** A line as read from a list file: its text, and where it is (`file:line`). */
const textOf = (line) => (typeof line === 'string' ? line : line.text);
const whereOf = (line) => (typeof line === 'string' ? undefined : line.where);

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
  // Communes déléguées and associées (absorbed into a commune nouvelle): by code and by name.
  const formerByCode = new Map();
  const formerByNameDep = new Map();
  for (const f of geo.formerCommunes ?? []) {
    if (!formerByCode.has(f.code)) formerByCode.set(f.code, []);
    formerByCode.get(f.code).push(f);
    formerByNameDep.set(`${normalizeName(f.nom)}|${f.departement}`, f);
  }
  return {
    formerByCode,
    formerByNameDep,
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

/** "X is a commune déléguée of Y (code)" for a former commune, with its successor. */
export function successorText(former, idx) {
  const successor = idx.communeByCode.get(former.chefLieu);
  const kind = former.type === 'commune-associee' ? 'commune associée' : 'commune déléguée';
  const name = successor ? successor.nom : 'a commune missing from the geography';
  return `${former.nom} (${former.code}) is now a ${kind} of the commune nouvelle ${name} (${former.chefLieu})`;
}

function checkTarget(target, seedDepartment, line, idx, where, fix) {
  const { kind, code } = target;
  let actual;
  if (kind === 'commune') {
    if (!INSEE.test(code))
      throw new ResolveError(`Correction target ${code} is not an INSEE commune code`, line, where);
    const c = idx.communeByCode.get(code);
    if (!c) {
      const former = (idx.formerByCode.get(code) ?? [])[0];
      throw new ResolveError(
        former
          ? `Correction target commune ${code} is no longer a commune: ${successorText(former, idx)}; point the correction in ${fix} at ${former.chefLieu} (add "merged": "${code}") if the member is now the commune nouvelle, or remove the line`
          : `Correction target commune ${code} does not exist in the official geography (its code may have changed); fix the code in ${fix}`,
        line,
        where,
      );
    }
    actual = c.departement;
  } else if (kind === 'epci') {
    if (!SIREN.test(code))
      throw new ResolveError(`Correction target ${code} is not a SIREN`, line, where);
    const e = idx.epciByCode.get(code);
    if (!e)
      throw new ResolveError(
        `Correction target EPCI ${code} does not exist in the official geography`,
        line,
        where,
      );
    actual = epciDepartment(e, idx);
  } else {
    throw new ResolveError(
      `Correction target kind ${JSON.stringify(kind)} is neither "commune" nor "epci"`,
      line,
      where,
    );
  }
  // A department different from the seed's must be declared in the correction,
  // so that a mistyped code cannot silently land in another department.
  const declared = target.department ?? seedDepartment;
  if (declared !== actual) {
    throw new ResolveError(
      target.department
        ? `Correction declares department ${target.department} but ${kind} ${code} is in ${actual}`
        : `Correction target ${kind} ${code} is in department ${actual}, not the line's ${seedDepartment}; declare "department": "${actual}" in the correction if that is intended`,
      line,
      where,
    );
  }
  return { kind, code, department: actual };
}

/**
 * @param {(string | {text: string, where: string})[]} lines entries ("Name (dept)"), verbatim; `where` = `file:line`
 * @param {{entry: string, targets: {kind: string, code: string, department?: string}[], reason: string, merged?: string}[]} corrections
 * @param {{communes: object[], epci: object[], departements: object[], regions: object[], formerCommunes?: object[]}} geography
 * @param {{correctionsFile?: string}} [options] the corrections' file, named in the "how to fix" of a failure
 * @returns {{resolved: {line: string, label: string, seedDepartment: string, kind: string, code: string, department: string, correction: object|null}[], usedCorrections: Set<string>}}
 * Throws ResolveError on an unresolved, ambiguous or duplicated line, a bad
 * or stale correction, or two lines resolving to the same entity.
 */
export function resolveMembers(lines, corrections, geography, options = {}) {
  const fix = options.correctionsFile ?? "the mandate's corrections.json";
  const idx = indexGeography(geography);
  const byEntry = new Map();
  for (const c of corrections) {
    if (typeof c.entry !== 'string' || !Array.isArray(c.targets) || c.targets.length === 0) {
      throw new ResolveError(
        `Correction needs "entry" and a non-empty "targets" list (${fix})`,
        c.entry,
      );
    }
    if (typeof c.reason !== 'string' || c.reason.trim().length < 10) {
      throw new ResolveError(`Correction needs a "reason" in plain words (${fix})`, c.entry);
    }
    if (byEntry.has(c.entry))
      throw new ResolveError(`Two corrections for the same line in ${fix}`, c.entry);
    byEntry.set(c.entry, c);
  }
  const seenLines = new Set();
  const seenEntities = new Map();
  const used = new Set();
  const resolved = [];
  for (const item of lines) {
    const line = textOf(item);
    const where = whereOf(item);
    if (seenLines.has(line))
      throw new ResolveError(
        'Line appears twice (in one list, or in two lists of the same mandate); keep one',
        line,
        where,
      );
    seenLines.add(line);
    let parsed;
    try {
      parsed = parseEntry(line);
    } catch (error) {
      throw new ResolveError(
        `${error.message.split('\n')[0]}; write it as "Name (dept)"`,
        line,
        where,
      );
    }
    const { name, department } = parsed;
    if (!idx.departementByCode.has(department)) {
      throw new ResolveError(
        `Department ${department} does not exist in the official geography`,
        line,
        where,
      );
    }
    const correction = byEntry.get(line) ?? null;
    let targets;
    if (correction) {
      used.add(line);
      targets = correction.targets.map((t) => checkTarget(t, department, line, idx, where, fix));
    } else {
      const found = exactMatches(name, department, idx);
      if (found.length === 0) {
        // A commune absorbed into a commune nouvelle: say which one, never pick it silently.
        const former = idx.formerByNameDep.get(`${normalizeName(name)}|${department}`);
        throw new ResolveError(
          former
            ? `Unresolved: ${successorText(former, idx)}; if the member is now the commune nouvelle, add to ${fix} an entry with "targets": [{"kind": "commune", "code": "${former.chefLieu}"}], "merged": "${former.code}" and a reason, else remove the line`
            : `Unresolved: no commune or EPCI is officially named ${JSON.stringify(name)} in department ${department}; add an entry to ${fix}`,
          line,
          where,
        );
      }
      if (found.length > 1) {
        throw new ResolveError(
          `Ambiguous: ${found.length} entities are named ${JSON.stringify(name)} in department ${department} (${found.map((f) => `${f.kind} ${f.code}`).join(', ')}); add an entry to ${fix}`,
          line,
          where,
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
          where,
        );
      }
      seenEntities.set(key, line);
      resolved.push({ line, where, label: name, seedDepartment: department, ...t, correction });
    }
  }
  const stale = [...byEntry.keys()].filter((e) => !used.has(e));
  if (stale.length > 0) {
    throw new ResolveError(
      `Stale correction(s) in ${fix}, matching no line of the mandate's lists: ${stale.map((s) => JSON.stringify(s)).join(', ')}; remove them`,
      stale[0],
    );
  }
  return { resolved, usedCorrections: used };
}
