// Reads the maintainers' sources, one folder per mandate (docs/data.md,
// "Sources"): data/mandates/<id>/mandate.json, titled.txt, candidates.txt,
// withdrawn.txt (each optional, one "Name (dept)" line per collectivité) and
// corrections.json. Adding a mandate is adding a folder: nothing here names one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The list files of a mandate, and the status each gives its lines. */
export const LISTS = [
  { file: 'titled.txt', status: 'titled' },
  { file: 'candidates.txt', status: 'candidate' },
  { file: 'withdrawn.txt', status: 'withdrawn' },
];

const ID = /^\d{4}-\d{4}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class SourceError extends Error {
  constructor(file, message) {
    super(`${file}: ${message}`);
    this.name = 'SourceError';
  }
}

function readJsonFile(path, shown) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SourceError(shown, `not valid JSON (${error.message})`);
  }
}

/** Checks mandate.json; every problem names the file and the field to fix. */
function checkMandate(m, folder, shown) {
  const fail = (message) => {
    throw new SourceError(shown, message);
  };
  if (typeof m !== 'object' || m === null || Array.isArray(m)) fail('must be a JSON object');
  if (m.id !== folder)
    fail(`"id" must be the folder's name, "${folder}" (got ${JSON.stringify(m.id)})`);
  if (!ID.test(m.id)) fail(`"id" must read YYYY-YYYY, e.g. "2026-2032"`);
  if (typeof m.programme !== 'string' || !SLUG.test(m.programme))
    fail('"programme" must be a slug, e.g. "ville-amie-des-enfants"');
  if (!ISO.test(m.start ?? '')) fail('"start" must be a date YYYY-MM-DD');
  if (m.end !== null && !ISO.test(m.end ?? ''))
    fail('"end" must be a date YYYY-MM-DD, or null while the mandate runs');
  if (m.end !== null && m.end < m.start) fail('"end" is before "start"');
  if (!Array.isArray(m.sources) || m.sources.length === 0)
    fail(
      '"sources" must list the documents the lists come from ({"id", "title", "file" or "url"})',
    );
  for (const s of m.sources) {
    if (!SLUG.test(s?.id ?? '') || typeof s.title !== 'string' || !s.title)
      fail('each source needs an "id" (slug) and a "title"');
    if (!s.file && !s.url) fail(`source "${s.id}" needs a "file" or an "url"`);
  }
  for (const a of m.announced ?? []) {
    if (
      !Number.isInteger(a?.count) ||
      !ISO.test(a.date ?? '') ||
      !m.sources.some((s) => s.id === a.source)
    )
      fail(
        'each "announced" figure needs "count" (integer), "date" (YYYY-MM-DD) and "source" (an id of "sources")',
      );
  }
  return m;
}

/** The non-empty lines of a list file, each with its place (`file:line`). */
function readList(path, shown) {
  const out = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((text, index) => {
      if (text.trim() !== '') out.push({ text, where: `${shown}:${index + 1}` });
    });
  return out;
}

/**
 * @param {string} dir the mandates folder (data/mandates)
 * @param {string} root the repository root, to show paths relative to it
 * @returns {{id: string, programme: string, start: string, end: string|null, sources: object[], announced?: object[], lists: {status: string, file: string, lines: {text: string, where: string}[]}[], corrections: object[], correctionsFile: string}[]}
 * Oldest mandate first.
 */
export function readMandates(dir, root) {
  const show = (p) => relative(root, p) || p;
  if (!existsSync(dir)) throw new SourceError(show(dir), 'no mandates folder');
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  if (folders.length === 0) throw new SourceError(show(dir), 'holds no mandate folder');
  return folders.map((folder) => {
    const base = join(dir, folder);
    const mandateFile = join(base, 'mandate.json');
    if (!existsSync(mandateFile))
      throw new SourceError(
        show(mandateFile),
        'missing: every mandate folder needs a mandate.json',
      );
    const m = checkMandate(readJsonFile(mandateFile, show(mandateFile)), folder, show(mandateFile));
    const lists = LISTS.filter((l) => existsSync(join(base, l.file))).map((l) => ({
      ...l,
      file: show(join(base, l.file)),
      lines: readList(join(base, l.file), show(join(base, l.file))),
    }));
    const correctionsPath = join(base, 'corrections.json');
    const corrections = existsSync(correctionsPath)
      ? readJsonFile(correctionsPath, show(correctionsPath))
      : [];
    if (!Array.isArray(corrections))
      throw new SourceError(show(correctionsPath), 'must be a JSON list of corrections');
    return {
      id: m.id,
      programme: m.programme,
      start: m.start,
      end: m.end,
      sources: m.sources,
      ...(m.announced ? { announced: m.announced } : {}),
      lists,
      corrections,
      correctionsFile: show(correctionsPath),
    };
  });
}
