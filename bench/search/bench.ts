// Runs in Chromium (bench/search/run.mjs): per-keystroke latency of our indexes and of
// plain fuse.js, index build times, and recall on bench/search/recall-queries.json.
import Fuse from 'fuse.js/basic';
import { decodeCommunes } from '../../src/search/communes-file.js';
import { memberIndex } from '../../src/search/places.js';
import { allCommunesIndex } from '../../src/search/all-communes.js';
import { fuseScorer } from '../../src/search/fuse-scorer.js';
import type { Dataset } from '../../src/data/model.js';

const TYPED = [
  'st etienne',
  'marseile',
  'bordeaux',
  'villeneuve lez avignon',
  'lyon',
  '69001',
  'saint denis',
  'montpelier',
  'aix en provence',
  'la rochelle',
];

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), n: values.length };
};

function keystrokes(search: (q: string) => unknown, runs: number): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const query of TYPED) {
      for (let i = 1; i <= query.length; i++) {
        const t = performance.now();
        search(query.slice(0, i));
        times.push(performance.now() - t);
      }
    }
  }
  return times;
}

(window as unknown as { runBench: (runs: number) => Promise<unknown> }).runBench = async (
  runs: number,
) => {
  const dataset = (await (await fetch('/dist/data/vae.json')).json()) as Dataset;
  const file = decodeCommunes(await (await fetch('/dist/data/communes.json')).json());
  const recallList = (await (await fetch('/bench/search/recall-queries.json')).json()) as {
    query: string;
    expected: string;
  }[];
  let t = performance.now();
  const members = memberIndex(dataset);
  const membersBuild = performance.now() - t;
  t = performance.now();
  const all = allCommunesIndex(dataset, file);
  const allBuild = performance.now() - t;
  const memberNames = dataset.members.flatMap((m) => [
    { name: m.name, code: m.code },
    ...(m.communes ?? []).map((c) => ({ name: c.name, code: c.code })),
  ]);
  const allNames = file.communes.map((c) => ({
    name: c.name,
    code: c.code,
    pop: c.populationClass,
  }));
  t = performance.now();
  const fuseMembers = new Fuse(memberNames, { keys: ['name'], ignoreDiacritics: true });
  const fuseAll = new Fuse(allNames, { keys: ['name'], ignoreDiacritics: true });
  const fuseBuild = performance.now() - t;
  const fuseRuns = Math.max(2, Math.ceil(runs / 10));
  const result = {
    runs,
    fuseRuns,
    build: { members: membersBuild, all: allBuild, fuseBoth: fuseBuild },
    latency: {
      members: stats(keystrokes((q) => members.search(q, { fuzzy: fuseScorer }), runs)),
      all: stats(keystrokes((q) => all.search(q, { fuzzy: fuseScorer }), runs)),
      fuseMembers: stats(keystrokes((q) => fuseMembers.search(q, { limit: 8 }), runs)),
      fuseAll: stats(keystrokes((q) => fuseAll.search(q, { limit: 8 }), fuseRuns)),
    },
    recall: { n: recallList.length, ours: { top1: 0, top5: 0 }, fuse: { top1: 0, top5: 0 } },
  };
  for (const { query, expected } of recallList) {
    const ours = all
      .search(query, { limit: 5, fuzzy: fuseScorer })
      .hits.map((h) => h.item.entity.code);
    const plain = fuseAll.search(query, { limit: 5 }).map((r) => r.item.code);
    if (ours[0] === expected) result.recall.ours.top1++;
    if (ours.includes(expected)) result.recall.ours.top5++;
    if (plain[0] === expected) result.recall.fuse.top1++;
    if (plain.includes(expected)) result.recall.fuse.top5++;
  }
  return result;
};
