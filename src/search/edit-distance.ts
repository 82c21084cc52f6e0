/**
 * How many typos separate a folded query from a folded name, as a reader types
 * it: the Damerau-Levenshtein distance (optimal string alignment: a swap of two
 * neighbours is one typo) between the query and the closest start of the name
 * or of one of its words ("etiene" is one typo from "saint etienne"). Breaks
 * ties between typo matches fuse.js scores alike ("mulouse": Mulhouse is one
 * typo away, Toulouse two). Runs on the few candidates the scorer keeps.
 */
export function typoDistance(query: string, name: string): number {
  let best = prefixDistance(query, name, 0);
  for (let at = name.indexOf(' '); at >= 0 && best > 0; at = name.indexOf(' ', at + 1)) {
    best = Math.min(best, prefixDistance(query, name, at + 1));
  }
  return best;
}

/** Distance between `query` and the closest prefix of `name` read from `start`. */
function prefixDistance(query: string, name: string, start: number): number {
  const m = query.length;
  // A prefix longer than the query by more than its length cannot be closer.
  const n = Math.min(name.length - start, 2 * m);
  // Three rows of the table: two back (swaps), one back, the current.
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    const q = query.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const c = name.charCodeAt(start + j - 1);
      let cost = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (q === c ? 0 : 1));
      if (i > 1 && j > 1 && q === name.charCodeAt(start + j - 2) && query.charCodeAt(i - 2) === c) {
        cost = Math.min(cost, before[j - 2] + 1);
      }
      current[j] = cost;
    }
    [before, previous, current] = [previous, current, before];
  }
  // `previous` holds the last row: the query against each prefix of the name.
  return Math.min(...previous);
}
