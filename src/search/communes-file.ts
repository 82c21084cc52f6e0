/**
 * The all-communes files (scripts/build-communes.mjs writes them under
 * `communes/` beside the dataset): a small index, then only the pieces a query
 * needs. Each is fetched once per URL per page (shared by every copy of the
 * library through a global symbol), checked with the no-eval validator, and
 * decoded into plain rows. A failure is forgotten, so a later query asks again.
 */
import { fetchPrivately, oncePerPage, pageCache } from '../data/fetch-once.js';
import { authenticatedText } from '../data/authenticate.js';
import { validate, type SchemaNode } from '../data/validate.js';
import { communesIndexSchema, communesPieceSchema, DEPARTMENT_PATTERN } from './communes-schema.js';

import type { PartKind } from '../data/model.js';

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

const INDEX_CACHE = 'communes-index.v3';
const PIECE_CACHE = 'communes-piece.v3';

/** The communes index at `url`, fetched and checked once per page. */
export function loadCommunesIndex(url: string, timeoutMs = 20_000): Promise<CommunesIndex> {
  return oncePerPage(INDEX_CACHE, url, () =>
    fetchChecked(url, timeoutMs, communesIndexSchema).then(decodeIndex),
  );
}

/** One piece at `url`, fetched and checked once per page. */
export function loadCommunesPiece(url: string, timeoutMs = 20_000): Promise<CommunesPiece> {
  return oncePerPage(PIECE_CACHE, url, () =>
    fetchChecked(url, timeoutMs, communesPieceSchema).then(decodePiece),
  );
}

function fetchChecked(url: string, timeoutMs: number, schema: SchemaNode): Promise<unknown> {
  return fetchPrivately(
    url,
    timeoutMs,
    async (response) => {
      if (!response.ok) throw new Error(`communes file: HTTP ${response.status}`);
      const raw: unknown = JSON.parse(await authenticatedText(url, await response.text()));
      const violation = validate(schema, raw);
      if (violation) throw new Error(`communes file: ${violation.reason} at ${violation.path}`);
      return raw;
    },
    (error) => error,
  );
}

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
    const ok = /^\d{2,3}$/.test(prefix) && Array.isArray(list);
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

/** Forgets every cached communes file (tests). */
export function clearCommunesCache(): void {
  pageCache(INDEX_CACHE).clear();
  pageCache(PIECE_CACHE).clear();
}
