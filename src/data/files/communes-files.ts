/**
 * The all-communes files (scripts/build-communes.mjs writes them under
 * `communes/` beside the dataset): a small index, then only the pieces a query
 * needs, each read through the data route (src/data/load.ts) and decoded into
 * plain rows. Only the search's all-communes chunk imports this module.
 */
import type { DataFileSpec } from '../file-spec.js';
import type { PartKind } from '../model.js';

const PART_KINDS: PartKind[] = ['commune-deleguee', 'commune-associee', 'arrondissement-municipal'];

export interface CommuneRow {
  code: string;
  name: string;
  postcodes: string[];
  /** round(10 × log10(population)): ranks homonyms, not for display. */
  populationClass: number;
}

/** A former commune or an arrondissement, answered for the commune it belongs to. */
export interface PartRow {
  name: string;
  kind: PartKind;
  /** The current commune (INSEE code) and its name. */
  of: string;
  ofName: string;
  /** The INSEE TNCC of `ofName` ("du Mené"); absent from pieces built before it. */
  ofLiaison?: number;
  postcodes: string[];
  populationClass: number;
}

/** The data release a file belongs to (every data file carries it). */
export interface DataMeta {
  dataVersion: string;
  buildDate: string;
}

export interface CommunesPiece {
  meta: DataMeta;
  communes: CommuneRow[];
  parts: PartRow[];
}

export interface CommunesIndex {
  meta: DataMeta;
  /** Department code → name. */
  departments: Map<string, string>;
  /** The name keys that have a piece. */
  names: Set<string>;
  keyLength: number;
  /** A postcode's first 2 (3 overseas) digits → the departments with such postcodes. */
  postcodes: Record<string, string[]>;
}

const DEPARTMENT_PATTERN = /^(\d{2,3}|2[AB])$/;
const schemas = () => import('../schemas/communes-schema.js');

/** The communes index: in the data folder, or beside a full dataset (`communes-src` may name another). */
export const COMMUNES_INDEX_FILE: DataFileSpec<CommunesIndex> = {
  name: 'communes/index',
  schema: () => schemas().then((m) => m.communesIndexSchema),
  besideCode: () => new URL('../../../data/communes/index.json', import.meta.url).href,
  decode: decodeIndex,
};

/** One piece (`n-ly`, `d-74`), found beside the index it is listed in. */
export const communesPieceFile = (piece: string): DataFileSpec<CommunesPiece> => ({
  name: `communes/${piece}`,
  schema: () => schemas().then((m) => m.communesPieceSchema),
  besideCode: () => undefined,
  decode: decodePiece,
});

export function decodeIndex(raw: unknown): CommunesIndex {
  const file = raw as {
    meta: DataMeta;
    keyLength: number;
    departments: [string, string][];
    names: string[];
    postcodes: Record<string, unknown>;
  };
  const postcodes: Record<string, string[]> = Object.create(null);
  for (const [prefix, list] of Object.entries(file.postcodes)) {
    // Another key is a later minor release's: ignored, as unknown fields are.
    if (!/^\d{2,3}$/.test(prefix)) continue;
    const ok = Array.isArray(list);
    if (!ok || !list.every((code) => typeof code === 'string' && DEPARTMENT_PATTERN.test(code))) {
      throw new Error(`communes file: bad postcode prefix ${prefix.slice(0, 10)}`);
    }
    postcodes[prefix] = list as string[];
  }
  return {
    meta: { dataVersion: file.meta.dataVersion, buildDate: file.meta.buildDate },
    departments: new Map(file.departments),
    names: new Set(file.names),
    keyLength: file.keyLength,
    postcodes,
  };
}

/** A joined column's values ("" holds none). */
const split = (column: string, separator: string) => (column ? column.split(separator) : []);

/** Postcode lists, one per entry: with entries, "" is one empty list, not none. */
const splitLists = (column: string, entries: number) =>
  entries ? column.split('|') : split(column, '|');

export function decodePiece(raw: unknown): CommunesPiece {
  type Columns = Record<'name' | 'postcodes' | 'pop', string>;
  type Parts = Columns & Record<'kind' | 'of' | 'ofName', string> & { ofLiaison?: string };
  const file = raw as Columns & { meta: DataMeta; code: string; parts: Parts };
  const code = split(file.code, ' ');
  const name = split(file.name, '|');
  const postcodes = splitLists(file.postcodes, code.length);
  const pop = split(file.pop, ' ');
  const parts = file.parts;
  const partName = split(parts.name, '|');
  const part = {
    kind: split(parts.kind, ' '),
    of: split(parts.of, ' '),
    ofName: split(parts.ofName, '|'),
    postcodes: splitLists(parts.postcodes, partName.length),
    pop: split(parts.pop, ' '),
    ...(parts.ofLiaison === undefined ? {} : { ofLiaison: split(parts.ofLiaison, ' ') }),
  };
  const sameLength = (columns: unknown[][]) => columns.every((c) => c.length === columns[0].length);
  if (
    !sameLength([code, name, postcodes, pop]) ||
    !sameLength([partName, ...Object.values(part)])
  ) {
    throw new Error('communes file: columns of different lengths');
  }
  return {
    meta: { dataVersion: file.meta.dataVersion, buildDate: file.meta.buildDate },
    communes: code.map((code, i) => ({
      code,
      name: name[i],
      postcodes: split(postcodes[i], ' '),
      populationClass: Number(pop[i]),
    })),
    parts: partName.map((name, i) => ({
      name,
      kind: PART_KINDS[Number(part.kind[i])],
      of: part.of[i],
      ofName: part.ofName[i],
      ...(part.ofLiaison ? { ofLiaison: Number(part.ofLiaison[i]) } : {}),
      postcodes: split(part.postcodes[i], ' '),
      populationClass: Number(part.pop[i]),
    })),
  };
}
