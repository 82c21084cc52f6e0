/**
 * The all-communes file (`communes.json`, written by scripts/build-communes.mjs
 * beside the dataset): fetched only when a search with `all-communes` is first
 * used, once per URL per page (shared by every copy of the library through a
 * global symbol), decoded into plain rows.
 */
import { fetchPrivately, oncePerPage, pageCache } from '../data/fetch-once.js';

export interface CommuneRow {
  code: string;
  name: string;
  department: string;
  postcodes: string[];
  /** round(10 × log10(population)): ranks homonyms, not for display. */
  populationClass: number;
}

export interface CommunesFile {
  communes: CommuneRow[];
  /** Department code → name. */
  departments: Map<string, string>;
}

type RawFile = {
  v: number;
  departments: [string, string, [number, string, string, number][]][];
};

const CACHE = 'communes.v1';

/** The communes file at `url`, fetched once per page; a failure is forgotten so a retry asks again. */
export function loadCommunes(url: string, timeoutMs = 20_000): Promise<CommunesFile> {
  return oncePerPage(CACHE, url, () =>
    fetchPrivately(
      url,
      timeoutMs,
      async (response) => {
        if (!response.ok) throw new Error(`communes file: HTTP ${response.status}`);
        return decodeCommunes(await response.json());
      },
      (error) => error,
    ),
  );
}

/** Decodes the compact file (see scripts/build-communes.mjs for the format). */
export function decodeCommunes(raw: unknown): CommunesFile {
  const file = raw as RawFile;
  if (!file || file.v !== 1 || !Array.isArray(file.departments)) {
    throw new Error('communes file: unexpected format');
  }
  const communes: CommuneRow[] = [];
  const departments = new Map<string, string>();
  for (const [department, departmentName, rows] of file.departments) {
    departments.set(department, departmentName);
    const width = department.length === 3 ? 2 : 3;
    let number = 0;
    for (const [step, name, postcodes, populationClass] of rows) {
      number += step;
      const prefix = department.slice(0, 2);
      communes.push({
        code: department + String(number).padStart(width, '0'),
        name,
        department,
        postcodes: postcodes
          ? postcodes.split(' ').map((code) => (code.length === 3 ? prefix + code : code))
          : [],
        populationClass,
      });
    }
  }
  return { communes, departments };
}

/** Forgets every cached communes file (tests). */
export function clearCommunesCache(): void {
  pageCache(CACHE).clear();
}
