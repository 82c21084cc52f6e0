// Reads the maintainers' sources, one folder per mandate (docs/data.md,
// "Sources"): data/mandates/<id>/mandate.json, titled.txt, candidates.txt,
// withdrawn.txt (each optional, one "Name (dept)" line per collectivité) and
// corrections.json. Adding a mandate is adding a folder: nothing here names one.
// Lists are read as people paste them (pasted-lines.mjs); mandate.json is
// checked with ajv against the published Mandate schema (source-schemas.mjs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collector } from './data-problems.mjs';
import { lineOf, readJsonSource } from './json-lines.mjs';
import { readPastedLines } from './pasted-lines.mjs';
import { mandateSourceSchema } from './source-schemas.mjs';
import { compileSchema, schemaProblems } from './validate.mjs';

const validateMandate = compileSchema(mandateSourceSchema);

/** The list files of a mandate, and the status each gives its lines. */
export const LISTS = [
  { file: 'titled.txt', status: 'titled' },
  { file: 'candidates.txt', status: 'candidate' },
  { file: 'withdrawn.txt', status: 'withdrawn' },
];

/** A calendar day that exists ("2026-02-30" matches the pattern, not the calendar). */
function realDay(iso) {
  const day = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === iso;
}

/** Checks mandate.json against its schema and the rules a schema cannot say. */
const valueAt = (m, pointer) =>
  pointer.split('/').length === 2 ? m?.[pointer.slice(1)] : undefined;

function checkMandate(file, folder, shown, add) {
  const { data: m, lines } = file;
  const at = (pointer) => `${shown}:${lineOf(lines, pointer)}`;
  if (!validateMandate(m)) {
    for (const { pointer, ...p } of schemaProblems(
      validateMandate.errors,
      { shown, data: m },
      lines,
    )) {
      // A French date (22/03/2026): the exact value to write.
      const french = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(valueAt(m, pointer) ?? '');
      if (pointer === '/end')
        p.message = p.message.replace('YYYY-MM-DD', 'YYYY-MM-DD, or null while the mandate runs');
      if (french && (pointer === '/start' || pointer === '/end'))
        p.write = `"${pointer.slice(1)}": "${french[3]}-${french[2].padStart(2, '0')}-${french[1].padStart(2, '0')}"`;
      add(p);
    }
  }
  if (typeof m !== 'object' || m === null) return;
  if (m.id !== folder)
    add({
      where: at('/id'),
      message: `field "id" must be the folder's name`,
      write: `"id": "${folder}"`,
    });
  for (const field of ['start', 'end'])
    if (typeof m[field] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(m[field]) && !realDay(m[field]))
      add({
        where: at(`/${field}`),
        message: `field "${field}" is not a day of the calendar (got ${JSON.stringify(m[field])})`,
        write: `"${field}": "YYYY-MM-DD"`,
      });
  if (typeof m.end === 'string' && typeof m.start === 'string' && m.end < m.start)
    add({ where: at('/end'), message: 'field "end" is before "start"' });
  const sourceIds = (Array.isArray(m.sources) ? m.sources : []).map((s) => s?.id);
  (Array.isArray(m.announced) ? m.announced : []).forEach((a, i) => {
    if (a && !sourceIds.includes(a.source))
      add({
        where: at(`/announced/${i}/source`),
        message: `field "announced.${i}.source" must be the id of one of "sources" (${sourceIds.join(', ')})`,
      });
  });
}

/**
 * @param {string} dir the mandates folder (data/mandates)
 * @param {string} root the repository root, to show paths relative to it
 * @param {{problems?: object[], notes?: object[]}} [report] collects every problem and
 *   what was stripped from pasted lines; without it, problems are thrown together
 * @returns {{id: string, programme: string, start: string, end: string|null, sources: object[], announced?: object[], lists: {status: string, file: string, lines: {text: string, where: string, code?: string}[]}[], corrections: object[], correctionsFile: string}[]}
 * Oldest mandate first; a mandate whose mandate.json is missing or unreadable is left out.
 */
export function readMandates(dir, root, report = {}) {
  const show = (p) => relative(root, p) || p;
  const sink = collector(report.problems);
  const mandates = [];
  if (!existsSync(dir)) sink.add({ where: show(dir), message: 'no mandates folder' });
  const folders = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  if (existsSync(dir) && folders.length === 0)
    sink.add({ where: show(dir), message: 'holds no mandate folder' });
  for (const folder of folders) {
    const base = join(dir, folder);
    const mandateFile = join(base, 'mandate.json');
    if (!existsSync(mandateFile)) {
      sink.add({
        where: show(mandateFile),
        message: 'missing: every mandate folder needs a mandate.json',
      });
      continue;
    }
    const file = readJsonSource(mandateFile, show(mandateFile), sink.add);
    if (!file) continue;
    checkMandate(file, folder, show(mandateFile), sink.add);
    const m = file.data;
    const lists = LISTS.filter((l) => existsSync(join(base, l.file))).map((l) => {
      const shown = show(join(base, l.file));
      const { lines, notes } = readPastedLines(readFileSync(join(base, l.file), 'utf8'), shown);
      report.notes?.push(...notes);
      return { ...l, file: shown, lines };
    });
    const correctionsPath = join(base, 'corrections.json');
    let corrections = [];
    if (existsSync(correctionsPath)) {
      corrections = readJsonSource(correctionsPath, show(correctionsPath), sink.add)?.data ?? [];
      if (!Array.isArray(corrections)) {
        sink.add({ where: show(correctionsPath), message: 'must be a JSON list of corrections' });
        corrections = [];
      }
    }
    mandates.push({
      id: m.id,
      programme: m.programme,
      start: m.start,
      end: m.end,
      sources: m.sources,
      ...(m.announced ? { announced: m.announced } : {}),
      lists,
      corrections,
      correctionsFile: show(correctionsPath),
    });
  }
  sink.done();
  return mandates;
}
