// Geography years: when the official geography moves to a new year, a member
// commune of the released dataset may have merged into a commune nouvelle that
// kept its code (the code now names a bigger commune). Its line still resolves
// (through a correction by code), so the build must not let it pass silently:
// it fails until the correction says `"merged": "<code>"`. A commune whose code
// disappeared, or a line naming a commune déléguée, already fails resolution
// with its successor (resolve-members.mjs).
import { indexGeography, normalizeName } from './resolve-members.mjs';

/**
 * @param {object|null} released the last released dataset (or null: nothing to compare)
 * @param {Map<string, object[]>} resolvedByMandate from buildDataset
 * @param {object} geography the new geography
 * @returns {object[]} one problem (data-problems.mjs) per member to decide on
 */
export function mergedMembers(released, resolvedByMandate, geography) {
  if (!released) return [];
  const idx = indexGeography(geography);
  const problems = [];
  for (const r of released.members) {
    if (r.kind !== 'commune') continue;
    const actual = idx.communeByCode.get(r.code);
    if (!actual || normalizeName(actual.nom) === normalizeName(r.name)) continue;
    const absorbed = (idx.formerByCode.get(r.code) ?? []).find(
      (f) => normalizeName(f.nom) === normalizeName(r.name),
    );
    if (!absorbed) continue;
    for (const resolved of resolvedByMandate.values()) {
      const line = resolved.find((x) => x.kind === 'commune' && x.code === r.code);
      if (!line || line.correction?.merged === r.code) continue;
      problems.push({
        where: line.where,
        line: line.line,
        message:
          `the member ${r.name} (${r.code}) has merged into the commune nouvelle ${actual.nom} (${actual.code}) in ${geography.package}@${geography.version}; ` +
          `if the title now goes to ${actual.nom}, add "merged": "${r.code}" to the line's correction (with a reason), else remove the line`,
        nearest: [
          { kind: 'commune', code: actual.code, name: actual.nom, department: actual.departement },
        ],
        write: `"merged": "${r.code}"`,
      });
    }
  }
  return problems;
}
