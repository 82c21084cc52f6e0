/**
 * Searching every French commune (`all-communes`): this module loads, with the
 * communes index, only the pieces a query needs (see piece-keys.ts) and builds
 * a search index per piece, once. Loaded on the first keystroke of a search
 * that asks for it, never by other pages.
 */
import {
  COMMUNES_INDEX_FILE,
  communesPieceFile,
  type CommunesIndex,
  type CommunesPiece,
} from '../data/files/communes-files.js';
import { load } from '../data/load.js';
import { locate, type Located } from '../data/locate.js';
import type { SearchFile } from '../data/model.js';
import { codeDepartments } from './piece-files.js';
import { communeEntry, departmentOf, memberships, partEntry, type SearchAnswer } from './places.js';
import { SearchIndex, type IndexEntry } from './search-index.js';
import { placeKey, searchPlaces, type Pieces } from './search-places.js';

/** The files are larger than an element's own: more time before giving up. */
const TIMEOUT_MS = 20_000;

/** The communes index: `communes-src` (against the page), else `communes/index.json` in the data folder. */
export function communesIndex(
  src: string | undefined,
  communesSrc: string | undefined,
  doc: Document,
): Located<CommunesIndex> {
  const own = communesSrc?.trim();
  return own
    ? { url: new URL(own, doc.baseURI).href, spec: COMMUNES_INDEX_FILE, namedByHost: true }
    : locate(COMMUNES_INDEX_FILE, src, doc)!;
}

/** The pieces `need` (from `pieceNeed`) names, as search indexes for `dataset`. */
export async function loadPieces(
  dataset: SearchFile,
  indexFile: Located<CommunesIndex>,
  need: string,
): Promise<Pieces> {
  const index = await load(indexFile, TIMEOUT_MS);
  const files = pieceFiles(index, need);
  const pieces = await Promise.all(
    files.map((name) =>
      load(locate(communesPieceFile(name), null, document, indexFile)!, TIMEOUT_MS),
    ),
  );
  const built = await Promise.all(pieces.map((piece) => pieceIndex(dataset, piece, index)));
  const covered = new Set<string>();
  for (const { keys } of built) for (const key of keys) covered.add(key);
  const pieceSet: Pieces = {
    indexes: built.flatMap(({ searches }) => searches),
    covered,
    search: (members, query, options) => searchPlaces(members, pieceSet, query, options),
  };
  return pieceSet;
}

/** The pieces a need names (`n-ly`, `d-74`): `n:<key>[,<key>]` name pieces, `c:<digits>` department pieces. */
export function pieceFiles(index: CommunesIndex, need: string): string[] {
  const [kind, value] = [need.slice(0, 2), need.slice(2)];
  if (kind === 'n:') {
    return value
      .split(',')
      .filter((key) => index.names.has(key))
      .map((key) => `n-${key}`);
  }
  if (kind !== 'c:') return [];
  const departments = codeDepartments(value, index.postcodes, [...index.departments.keys()]);
  return departments.map((code) => `d-${code.toLowerCase()}`);
}

interface BuiltPiece {
  searches: SearchIndex<SearchAnswer>[];
  keys: string[];
}
const built = new WeakMap<CommunesPiece, WeakMap<SearchFile, Promise<BuiltPiece>>>();

/**
 * One piece's communes (members with their titles) and parts, indexed once per
 * dataset, in a task of its own (after a yield to the page: the piece was
 * checked and decoded in the task before).
 */
export function pieceIndex(
  dataset: SearchFile,
  piece: CommunesPiece,
  index: CommunesIndex,
): Promise<BuiltPiece> {
  let byDataset = built.get(piece);
  if (!byDataset) built.set(piece, (byDataset = new WeakMap()));
  let result = byDataset.get(dataset);
  if (!result) {
    result = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const { keys, build } = pieceIndexWork(dataset, piece, index);
      return { searches: [build()], keys };
    })();
    byDataset.set(dataset, result);
  }
  return result;
}

/** The piece's entries (their keys) and the work that indexes them (one search index). */
export function pieceIndexWork(
  dataset: SearchFile,
  piece: CommunesPiece,
  index: CommunesIndex,
): { keys: string[]; build: () => SearchIndex<SearchAnswer> } {
  const members = memberships(dataset);
  const department = (code: string) => {
    const at = departmentOf(code);
    return { code: at, name: index.departments.get(at) ?? at };
  };
  const entries: IndexEntry<SearchAnswer>[] = piece.communes.map((row) =>
    communeEntry(
      row.code,
      row.name,
      department(row.code),
      row.postcodes,
      row.populationClass,
      members,
    ),
  );
  for (const part of piece.parts) {
    const of = {
      code: part.of,
      name: part.ofName,
      department: department(part.of),
      typeLiaison: part.ofLiaison,
    };
    const row = { ...part, population: part.populationClass };
    entries.push(partEntry(row, of, members));
  }
  const keys = entries.map((entry) => placeKey(entry.item));
  return { keys, build: () => new SearchIndex(entries) };
}
