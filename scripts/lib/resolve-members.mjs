// Resolves a mandate's member lines ("Name (dept)") to official entities.
//
// Matching rule (see docs/data.md): a line matches when exactly one current
// commune, or one EPCI, has exactly the official name (after turning the
// typographic apostrophe U+2019 into U+0027) in the line's department.
// Case, accents, hyphens and spaces are significant. Any other line needs an
// entry in the mandate's corrections.json (line → kind + official code + reason),
// or the official name written in the list. Every line is tried: each failure
// is a problem (data-problems.mjs) naming the line, its place, the nearest
// official names and the text to write; all are reported together.
import { DataProblems, collector } from './data-problems.mjs';
import { fold, nearestNames } from './nearest-names.mjs';

/** Thrown with every problem of a call when the caller collects none itself. */
export class ResolveError extends DataProblems {
  constructor(problems) {
    super(problems);
    this.name = 'ResolveError';
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
  if (!m)
    throw new ResolveError([
      { line, message: 'Cannot read "Name (department)" in the line; write it as "Name (dept)"' },
    ]);
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

// Built on a geography's first problem only (a clean list never pays for it), then kept.
const nearestByGeography = new WeakMap();
function nearestFor(geography, idx) {
  if (!nearestByGeography.has(geography))
    nearestByGeography.set(geography, nearestNames(entitiesOf(geography, idx)));
  return nearestByGeography.get(geography);
}

/** Every current commune and EPCI, for the nearest names (an EPCI in its main department). */
function entitiesOf(geo, idx) {
  return [
    ...geo.communes.map((c) => ({
      kind: 'commune',
      code: c.code,
      name: c.nom,
      department: c.departement,
    })),
    ...geo.epci.map((e) => ({
      kind: 'epci',
      code: e.code,
      name: e.nom,
      department: epciDepartment(e, idx),
    })),
  ];
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

const lineFor = (entity) => `${entity.name} (${entity.department})`;
const targetJson = (kind, code) => `{"kind": "${kind}", "code": "${code}"}`;

/**
 * Checks one correction target (or a code given in a CSV column); returns the
 * target with its department, or a problem (without place) explaining the fix.
 */
function checkTarget(target, seedDepartment, idx, fix, nearest) {
  const { kind, code } = target;
  let actual;
  if (kind === 'commune') {
    if (!INSEE.test(code))
      return { message: `Correction target ${code} is not an INSEE commune code` };
    const c = idx.communeByCode.get(code);
    if (!c) {
      const former = (idx.formerByCode.get(code) ?? [])[0];
      if (former) {
        const successor = idx.communeByCode.get(former.chefLieu);
        return {
          message: `Correction target commune ${code} is no longer a commune: ${successorText(former, idx)}; if the member is now the commune nouvelle, point the correction in ${fix} at ${former.chefLieu}, else remove the line`,
          nearest: successor
            ? [
                {
                  kind: 'commune',
                  code: successor.code,
                  name: successor.nom,
                  department: successor.departement,
                },
              ]
            : [],
          write: `"targets": [${targetJson('commune', former.chefLieu)}], "merged": "${code}"`,
        };
      }
      const near = nearest.byCode(code, seedDepartment, 'commune');
      return {
        message: `Correction target commune ${code} does not exist in the official geography (its code may have changed); fix the code in ${fix}`,
        nearest: near,
        ...(near[0] ? { write: `"targets": [${targetJson('commune', near[0].code)}]` } : {}),
      };
    }
    actual = c.departement;
  } else if (kind === 'epci') {
    if (!SIREN.test(code)) return { message: `Correction target ${code} is not a SIREN` };
    const e = idx.epciByCode.get(code);
    if (!e) {
      const near = nearest.byCode(code, seedDepartment, 'epci');
      return {
        message: `Unknown SIREN: correction target EPCI ${code} does not exist in the official geography`,
        nearest: near,
        ...(near[0] ? { write: `"targets": [${targetJson('epci', near[0].code)}]` } : {}),
      };
    }
    actual = epciDepartment(e, idx);
  } else {
    return {
      message: `Correction target kind ${JSON.stringify(kind)} is neither "commune" nor "epci"`,
    };
  }
  // A department different from the seed's must be declared in the correction,
  // so that a mistyped code cannot silently land in another department.
  const declared = target.department ?? seedDepartment;
  if (declared !== actual) {
    return target.department
      ? {
          message: `Correction declares department ${target.department} but ${kind} ${code} is in ${actual}`,
        }
      : {
          message: `Correction target ${kind} ${code} is in department ${actual}, not the line's ${seedDepartment}; declare "department": "${actual}" in the correction if that is intended`,
          write: `{"kind": "${kind}", "code": "${code}", "department": "${actual}"}`,
        };
  }
  return { target: { kind, code, department: actual } };
}

/** Why a line matched no official name, with the nearest names and the line to write. */
function unresolved(name, department, idx, fix, nearest) {
  // A commune absorbed into a commune nouvelle: say which one, never pick it silently.
  const former = idx.formerByNameDep.get(`${normalizeName(name)}|${department}`);
  if (former) {
    const successor = idx.communeByCode.get(former.chefLieu);
    const near = successor
      ? [
          {
            kind: 'commune',
            code: successor.code,
            name: successor.nom,
            department: successor.departement,
          },
        ]
      : [];
    return {
      message: `Unresolved: ${successorText(former, idx)}; if the member is now the commune nouvelle, write its name (or add to ${fix} an entry with "targets": [${targetJson('commune', former.chefLieu)}], "merged": "${former.code}" and a reason), else remove the line`,
      nearest: near,
      ...(near[0] ? { write: lineFor(near[0]) } : {}),
    };
  }
  const near = nearest.byName(name, department);
  // The line to write: the nearest name in the line's department, or the same
  // name (folded) elsewhere, i.e. a wrong department number; else no guess.
  const sure = near.find((n) => n.department === department || fold(n.name) === fold(name));
  const elsewhere =
    sure && sure.department !== department
      ? ' (it is in another department: check the number)'
      : '';
  return {
    message: `Unresolved: no commune or EPCI is officially named ${JSON.stringify(name)} in department ${department}; write the official name${elsewhere}, or add an entry to ${fix}`,
    nearest: sure ? [sure, ...near.filter((n) => n !== sure)] : near,
    ...(sure ? { write: lineFor(sure) } : {}),
  };
}

/** Checks the corrections themselves; returns them by line. */
function correctionsByEntry(corrections, fix, add) {
  const byEntry = new Map();
  for (const c of corrections) {
    if (typeof c?.entry !== 'string' || !Array.isArray(c.targets) || c.targets.length === 0) {
      add({
        where: fix,
        line: c?.entry,
        message: 'Correction needs "entry" and a non-empty "targets" list',
      });
      continue;
    }
    if (typeof c.reason !== 'string' || c.reason.trim().length < 10) {
      add({ where: fix, line: c.entry, message: 'Correction needs a "reason" in plain words' });
      continue;
    }
    if (byEntry.has(c.entry)) {
      add({ where: fix, line: c.entry, message: 'Two corrections for the same line; keep one' });
      continue;
    }
    byEntry.set(c.entry, c);
  }
  return byEntry;
}

/**
 * @param {(string | {text: string, where?: string, code?: string})[]} lines entries ("Name (dept)"); `where` = `file:line`, `code` from a CSV column
 * @param {{entry: string, targets: {kind: string, code: string, department?: string}[], reason: string, merged?: string}[]} corrections
 * @param {{communes: object[], epci: object[], departements: object[], regions: object[], formerCommunes?: object[]}} geography
 * @param {{correctionsFile?: string, problems?: object[]}} [options] the corrections' file, named in
 *   the "how to fix"; `problems` collects every problem (else they are thrown together, as a ResolveError)
 * @returns {{resolved: {line: string, where?: string, label: string, seedDepartment: string, kind: string, code: string, department: string, correction: object|null}[], usedCorrections: Set<string>}}
 *   the lines that resolved
 */
export function resolveMembers(lines, corrections, geography, options = {}) {
  const fix = options.correctionsFile ?? "the mandate's corrections.json";
  const sink = collector(options.problems, ResolveError);
  const idx = indexGeography(geography);
  const nearest = {
    byName: (...args) => nearestFor(geography, idx).byName(...args),
    byCode: (...args) => nearestFor(geography, idx).byCode(...args),
  };
  const byEntry = correctionsByEntry(corrections, fix, sink.add);
  const seenLines = new Map();
  const seenEntities = new Map();
  const used = new Set();
  const resolved = [];
  for (const item of lines) {
    const line = textOf(item);
    const where = whereOf(item);
    const add = (problem) => sink.add({ where, line, ...problem });
    if (seenLines.has(line)) {
      const first = seenLines.get(line);
      add({
        message: `Duplicate: the line appears twice (first ${first ?? 'above'}, in one list or in two lists of the same mandate); keep one`,
        write: '(remove this line)',
      });
      continue;
    }
    seenLines.set(line, where);
    const m = /^(.*\S)\s*\((\d{2}|2[AB]|9[78]\d)\)\s*$/u.exec(line.trim());
    if (!m) {
      add({ message: 'Cannot read "Name (department)" in the line; write it as "Name (dept)"' });
      continue;
    }
    const [, name, department] = m;
    if (!idx.departementByCode.has(department)) {
      const near = nearest.byName(name, department);
      add({
        message: `Department ${department} does not exist in the official geography`,
        nearest: near,
        ...(near[0] ? { write: lineFor(near[0]) } : {}),
      });
      continue;
    }
    const correction = byEntry.get(line) ?? null;
    const given =
      typeof item === 'object' && item.code
        ? [{ kind: SIREN.test(item.code) ? 'epci' : 'commune', code: item.code }]
        : null;
    let targets;
    if (correction || given) {
      if (correction) used.add(line);
      const checked = (correction?.targets ?? given).map((t) =>
        checkTarget(t, department, idx, fix, nearest),
      );
      const failed = checked.filter((c) => !c.target);
      for (const f of failed) add(f);
      if (failed.length) continue;
      targets = checked.map((c) => c.target);
    } else {
      const found = exactMatches(name, department, idx);
      if (found.length === 0) {
        add(unresolved(name, department, idx, fix, nearest));
        continue;
      }
      if (found.length > 1) {
        add({
          message: `Ambiguous: ${found.length} entities are named ${JSON.stringify(name)} in department ${department} (${found.map((f) => `${f.kind} ${f.code}`).join(', ')}); add an entry to ${fix}`,
          write: `{"entry": ${JSON.stringify(line)}, "targets": [${targetJson(found[0].kind, found[0].code)}], "reason": "…"}`,
        });
        continue;
      }
      targets = found.map((t) => ({ ...t, department }));
    }
    for (const t of targets) {
      const key = `${t.kind}-${t.code}`;
      if (seenEntities.has(key)) {
        add({
          message: `Duplicate member: ${key} already comes from ${JSON.stringify(seenEntities.get(key).line)} (${seenEntities.get(key).where ?? 'above'}); keep one`,
          write: '(remove this line)',
        });
        continue;
      }
      seenEntities.set(key, { line, where });
      resolved.push({ line, where, label: name, seedDepartment: department, ...t, correction });
    }
  }
  for (const entry of byEntry.keys())
    if (!used.has(entry))
      sink.add({
        where: fix,
        line: entry,
        message: "Stale correction, matching no line of the mandate's lists; remove it",
      });
  sink.done();
  return { resolved, usedCorrections: used };
}
