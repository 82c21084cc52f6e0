// Runs in Chromium (bench/search/run.mjs): per-keystroke latency of our search
// (members; all communes read piece by piece) and of plain fuse.js, the work to
// index each all-communes piece, recall and precision.
import Fuse from 'fuse.js/basic';
import { validate } from '../../src/data/validate.js';
import { splitSignature } from '../../src/data/signature.js';
import {
  COMMUNES_INDEX_FILE,
  decodeIndex,
  decodePiece,
} from '../../src/data/files/communes-files.js';
import {
  communesIndexSchema,
  communesPieceSchema,
} from '../../src/data/schemas/communes-schema.js';
import { loadPieces, pieceIndexWork } from '../../src/search/all-communes.js';
import { fold } from '../../src/search/fold.js';
import { memberIndex } from '../../src/search/places.js';
import { pieceNeed } from '../../src/search/piece-keys.js';
import { FEW_MATCHES, Tier } from '../../src/search/search-index.js';
import type { Pieces } from '../../src/search/search-places.js';
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
const INDEX_URL = new URL('/dist/data/communes/index.json', location.href).href;
const INDEX_FILE = { url: INDEX_URL, spec: COMMUNES_INDEX_FILE, namedByHost: false };

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1], n: values.length };
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

// Release files end with their signature; the schema check below is the path of data a host
// names (`communes-src`), which is checked without it: the worst case, timed as such.
const unsigned = (text: string) => splitSignature(text)?.signed ?? text;
const getJson = async (url: string) => JSON.parse(unsigned(await (await fetch(url)).text()));
let dataset: Dataset;

/** Every piece the queries need, loaded before any timing (the search itself is timed). */
async function preload(queries: string[]): Promise<Map<string, Pieces>> {
  const pieces = new Map<string, Pieces>();
  for (const query of queries) {
    const need = pieceNeed(query);
    if (need && !pieces.has(need)) pieces.set(need, await loadPieces(dataset, INDEX_FILE, need));
  }
  return pieces;
}

type Bench = Record<string, (runs: number) => Promise<unknown>>;
const bench = window as unknown as Bench;

/**
 * Validate + decode + index every piece, one at a time (run under 4× CPU
 * throttling), each `repeats` times, keeping its fastest run (the machine may be
 * shared: a run slowed by another process is not the piece's cost).
 */
bench.runPieceBuild = async (repeats: number) => {
  dataset = (await getJson('/dist/data/vae.json')) as Dataset;
  const rawIndex = await getJson(INDEX_URL);
  const index = decodeIndex(rawIndex);
  const files = [
    ...[...index.names].map((key) => `n-${key}.json`),
    ...[...index.departments.keys()].map((code) => `d-${code.toLowerCase()}.json`),
  ];
  // Per piece: the whole work (validate + decode, then the index); per task: the longest
  // stretch without a yield (the element yields between the two).
  const times: { file: string; ms: number }[] = [];
  const tasks: { file: string; ms: number }[] = [];
  for (const file of files) {
    const text = unsigned(await (await fetch(new URL(file, INDEX_URL).href)).text());
    let best = { total: Infinity, longest: Infinity };
    for (let run = 0; run < repeats; run++) {
      const raw: unknown = JSON.parse(text);
      let t = performance.now();
      if (validate(communesPieceSchema, raw)) throw new Error(`invalid ${file}`);
      const piece = decodePiece(raw);
      const checked = performance.now() - t;
      t = performance.now();
      const { build } = pieceIndexWork(dataset, piece, index);
      const entries = performance.now() - t;
      t = performance.now();
      build();
      const indexing = performance.now() - t;
      // The element checks and decodes in one task, builds the entries and the index in the next.
      const longest = Math.max(checked, entries + indexing);
      const total = checked + entries + indexing;
      if (total < best.total) best = { total, longest };
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    times.push({ file, ms: best.total });
    tasks.push({ file, ms: best.longest });
  }
  times.sort((a, b) => b.ms - a.ms);
  tasks.sort((a, b) => b.ms - a.ms);
  if (validate(communesIndexSchema, rawIndex)) throw new Error('invalid index');
  return { ...stats(times.map((x) => x.ms)), worst: times.slice(0, 3), longestTask: tasks[0] };
};

/** `runs` 0: recall and precision only (no timing), with each miss's top 5. */
bench.runBench = async (runs: number) => {
  dataset = (await getJson('/dist/data/vae.json')) as Dataset;
  const recallList = (await getJson('/bench/search/recall-queries.json')) as {
    query: string;
    expected: string;
    name: string;
  }[];
  const precisionList = (await getJson('/bench/search/precision-queries.json')) as string[];
  let t = performance.now();
  const members = memberIndex(dataset);
  const membersBuild = performance.now() - t;
  const prefixes = (list: string[]) => list.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));
  const loaded = await preload([
    ...prefixes(TYPED),
    ...recallList.map((r) => r.query),
    ...precisionList,
  ]);
  const all = (q: string, limit = 8) => {
    const need = pieceNeed(q);
    const pieces = need ? loaded.get(need) : undefined;
    const options = { limit, fuzzy: fuseScorer };
    return pieces ? pieces.search(members, q, options) : members.search(q, options);
  };
  // Plain fuse.js over every commune, the reference (from the department pieces).
  const index = decodeIndex(await getJson(INDEX_URL));
  const allNames: { name: string; code: string }[] = [];
  for (const code of index.departments.keys()) {
    const piece = decodePiece(await getJson(new URL(`d-${code.toLowerCase()}.json`, INDEX_URL)));
    for (const c of piece.communes) allNames.push({ name: c.name, code: c.code });
  }
  const foldedCount = new Map<string, number>();
  for (const { name } of allNames)
    foldedCount.set(fold(name), (foldedCount.get(fold(name)) ?? 0) + 1);
  const memberNames = dataset.members.flatMap((m) => [
    { name: m.name, code: m.code },
    ...(m.communes ?? []).map((c) => ({ name: c.name, code: c.code })),
  ]);
  t = performance.now();
  const fuseMembers = new Fuse(memberNames, { keys: ['name'], ignoreDiacritics: true });
  const fuseAll = new Fuse(allNames, { keys: ['name'], ignoreDiacritics: true });
  const fuseBuild = performance.now() - t;
  const fuseRuns = runs ? Math.max(2, Math.ceil(runs / 10)) : 0;
  const empty = () => ({ n: 0, top1: 0, top5: 0 });
  const result = {
    runs,
    fuseRuns,
    build: { members: membersBuild, fuseBoth: fuseBuild },
    latency: {
      members: stats(keystrokes((q) => members.search(q, { fuzzy: fuseScorer }), runs)),
      all: stats(keystrokes((q) => all(q), runs)),
      fuseMembers: stats(keystrokes((q) => fuseMembers.search(q, { limit: 8 }), runs)),
      fuseAll: stats(keystrokes((q) => fuseAll.search(q, { limit: 8 }), fuseRuns)),
    },
    recall: {
      n: recallList.length,
      ours: { top1: 0, top5: 0 },
      fuse: { top1: 0, top5: 0 },
      unique: empty(),
      homonyms: empty(),
      missed: [] as string[],
      /** Queries not first, with what came first (top 5 names). */
      notFirst: [] as string[],
    },
    precision: {
      queries: precisionList.length,
      shown: 0,
      typoAmongMatches: 0,
      typoBesideMatches: 0,
    },
  };
  for (const { query, expected, name } of recallList) {
    const top = all(query, 5).hits;
    const ours = top.map((h) => h.item.entity.code);
    if (ours[0] !== expected) {
      result.recall.notFirst.push(`${query}: ${top.map((h) => h.item.entity.name).join(', ')}`);
    }
    const plain = fuseAll.search(query, { limit: 5 }).map((r) => r.item.code);
    const group =
      (foldedCount.get(fold(name)) ?? 1) > 1 ? result.recall.homonyms : result.recall.unique;
    group.n++;
    if (ours[0] === expected) {
      result.recall.ours.top1++;
      group.top1++;
    }
    if (ours.includes(expected)) {
      result.recall.ours.top5++;
      group.top5++;
    } else result.recall.missed.push(query);
    if (plain[0] === expected) result.recall.fuse.top1++;
    if (plain.includes(expected)) result.recall.fuse.top5++;
  }
  for (const query of precisionList) {
    const { hits, total } = all(query);
    result.precision.shown += hits.length;
    const lastMatch = hits.map((h) => h.tier !== Tier.Fuzzy).lastIndexOf(true);
    hits.forEach((hit, at) => {
      if (hit.tier !== Tier.Fuzzy) return;
      if (at < lastMatch) result.precision.typoAmongMatches++;
      if (total >= FEW_MATCHES) result.precision.typoBesideMatches++;
    });
  }
  return result;
};
