/**
 * The all-communes files (scripts/build-communes.mjs writes them under
 * `communes/` beside the dataset): a small index, then only the pieces a query
 * needs. Each is fetched once per URL per page (shared by every copy of the
 * library through a global symbol), checked with the no-eval validator, and
 * decoded into plain rows. A failure is forgotten, so a later query asks again.
 */
import { fetchPrivately, oncePerPage, pageCache } from '../data/fetch-once.js';
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
  postcodes: string[];
  populationClass: number;
}

export interface CommunesPiece {
  communes: CommuneRow[];
  parts: PartRow[];
}

export interface CommunesIndex {
  /** Department code → name. */
  departments: Map<string, string>;
  /** The name keys that have a piece. */
  names: Set<string>;
  keyLength: number;
  /** A postcode's first 2 (3 overseas) digits → the departments with such postcodes. */
  postcodes: Record<string, string[]>;
}

const INDEX_CACHE = 'communes-index.v2';
const PIECE_CACHE = 'communes-piece.v2';

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
      const raw: unknown = await response.json();
      const violation = validate(schema, raw);
      if (violation) throw new Error(`communes file: ${violation.reason} at ${violation.path}`);
      return raw;
    },
    (error) => error,
  );
}

export function decodeIndex(raw: unknown): CommunesIndex {
  const file = raw as {
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
    departments: new Map(file.departments),
    names: new Set(file.names),
    keyLength: file.keyLength,
    postcodes,
  };
}

export function decodePiece(raw: unknown): CommunesPiece {
  const file = raw as {
    code: string[];
    name: string[];
    postcodes: string[];
    pop: number[];
    parts: {
      name: string[];
      kind: number[];
      of: string[];
      ofName: string[];
      postcodes: string[];
      pop: number[];
    };
  };
  const sameLength = (columns: unknown[][]) => columns.every((c) => c.length === columns[0].length);
  const parts = file.parts;
  if (
    !sameLength([file.code, file.name, file.postcodes, file.pop]) ||
    !sameLength([parts.name, parts.kind, parts.of, parts.ofName, parts.postcodes, parts.pop])
  ) {
    throw new Error('communes file: columns of different lengths');
  }
  const split = (postcodes: string) => (postcodes ? postcodes.split(' ') : []);
  return {
    communes: file.code.map((code, i) => ({
      code,
      name: file.name[i],
      postcodes: split(file.postcodes[i]),
      populationClass: file.pop[i],
    })),
    parts: parts.name.map((name, i) => ({
      name,
      kind: PART_KINDS[parts.kind[i]],
      of: parts.of[i],
      ofName: parts.ofName[i],
      postcodes: split(parts.postcodes[i]),
      populationClass: parts.pop[i],
    })),
  };
}

/** Forgets every cached communes file (tests). */
export function clearCommunesCache(): void {
  pageCache(INDEX_CACHE).clear();
  pageCache(PIECE_CACHE).clear();
}
