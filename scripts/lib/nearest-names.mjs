// The nearest official names to a line that matched none: what the maintainer
// most likely meant ("Ecully (69)" → Écully, 69081). Names are compared folded
// as the search element folds them (src/search/fold.ts: accents, case,
// hyphens, apostrophes, "St"/"Ste"), by whole-name edit distance; a name in the
// line's department comes before an equally near one elsewhere.
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const { fold } = await importTs(
  fileURLToPath(new URL('../../src/search/fold.ts', import.meta.url)),
);

export { fold };

/** Damerau-Levenshtein distance (optimal string alignment), giving up above `limit`. */
export function editDistance(a, b, limit = Infinity) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        cost = Math.min(cost, before[j - 2] + 1);
      current.push(cost);
      rowBest = Math.min(rowBest, cost);
    }
    if (rowBest > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return previous[b.length];
}

/** Another department costs this much more than the line's own (a wrong number is a common slip). */
const OTHER_DEPARTMENT = 1.5;

/** The three best-scored entities, nearest first, in the shape problems report. */
function best(scored) {
  return scored
    .sort((a, b) => a.score - b.score || a.e.code.localeCompare(b.e.code))
    .slice(0, 3)
    .map(({ e }) => ({ kind: e.kind, code: e.code, name: e.name, department: e.department }));
}

/**
 * @param {{kind: string, code: string, name: string, department: string}[]} entities
 *   every current commune and EPCI (an EPCI with the department of most of its population)
 * @returns {{byName: (name: string, department: string, options?: {kinds?: string[]}) => object[], byCode: (code: string, department: string, kind: string) => object[]}}
 *   up to three nearest entities by name, or by code (a mistyped SIREN or INSEE code), nearest first
 */
export function nearestNames(entities) {
  const folded = entities.map((e) => ({ ...e, key: fold(e.name) }));
  const near = (distanceOf, department, keep) => {
    const scored = [];
    for (const e of folded) {
      if (!keep(e)) continue;
      const distance = distanceOf(e);
      if (distance === null) continue;
      scored.push({ e, score: distance + (e.department === department ? 0 : OTHER_DEPARTMENT) });
    }
    return best(scored);
  };
  return {
    byName(name, department, { kinds } = {}) {
      const key = fold(name);
      // Farther than about a third of the name is another name, not a slip.
      const limit = Math.max(2, Math.round(key.length / 3));
      return near(
        (e) => {
          const d = editDistance(key, e.key, limit);
          return d > limit ? null : d;
        },
        department,
        (e) => !kinds || kinds.includes(e.kind),
      );
    },
    byCode(code, department, kind) {
      return near(
        (e) => {
          const d = editDistance(code, e.code, 2);
          return d > 2 ? null : d;
        },
        department,
        (e) => e.kind === kind,
      );
    },
  };
}
