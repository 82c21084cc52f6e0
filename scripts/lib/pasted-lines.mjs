// A member list as people paste it: from a web page (list bullets, numbering,
// a note in parentheses after the department), from a spreadsheet column
// (tab-separated cells) or a CSV export with a header (name, department,
// optional code). Each line is brought back to "Name (dept)"; what was
// stripped is returned beside it, so the build can say so.
import { parse } from 'csv-parse/sync';
import { fold } from './nearest-names.mjs';

const DEPARTMENT = '(?:\\d{2}|2[AB]|9[78]\\d)';
const BULLET = /^([•·▪◦‣●○■□►▸✓*+]|[-–—](?=\s))\s*/u;
const NUMBERING = /^(\d{1,4}\s*[.)°]|\d{1,4}\s+[-–—](?=\s))\s*/u;
const TRAILING_NOTE = new RegExp(`^(.*\\(${DEPARTMENT}\\))\\s*(\\([^()]*\\))\\s*$`, 'u');
const IS_DEPARTMENT = new RegExp(`^${DEPARTMENT}$`);

/** Header words of a CSV export, folded (fold.ts turns punctuation into spaces). */
const COLUMNS = {
  name: ['nom', 'name', 'commune', 'collectivite', 'libelle', 'nom officiel'],
  department: ['departement', 'department', 'dept', 'dep', 'code departement'],
  code: ['code', 'insee', 'code insee', 'siren', 'code officiel'],
};

/** The CSV columns named by a header line, or null if the line is not a header. */
function csvHeader(line) {
  const delimiter = [';', '\t', ','].find((d) => line.includes(d));
  if (!delimiter) return null;
  const cells = line.split(delimiter).map((cell) => fold(cell.replace(/^"|"$/g, '')));
  const column = (names) => cells.findIndex((cell) => names.includes(cell));
  const name = column(COLUMNS.name);
  const department = column(COLUMNS.department);
  if (name < 0 || department < 0) return null;
  return { delimiter, name, department, code: column(COLUMNS.code) };
}

function readCsv(text, header, shown) {
  const records = parse(text, {
    delimiter: header.delimiter,
    from_line: 2,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  });
  return records.map(({ record, info }) => {
    const name = record[header.name] ?? '';
    const department = record[header.department] ?? '';
    const code = header.code >= 0 ? record[header.code] || undefined : undefined;
    return {
      text: `${name} (${department})`,
      where: `${shown}:${info.lines}`,
      ...(code ? { code } : {}),
    };
  });
}

/** One pasted line brought back to "Name (dept)", and what was taken off it. */
function cleanLine(raw) {
  const stripped = [];
  let text = raw.trim();
  if (text.includes('\t')) {
    const cells = text
      .split('\t')
      .map((cell) => cell.trim())
      .filter(Boolean);
    if (cells.length >= 2 && IS_DEPARTMENT.test(cells[1])) {
      text = `${cells[0]} (${cells[1]})`;
      if (cells.length > 2) stripped.push(`spreadsheet cells ${JSON.stringify(cells.slice(2))}`);
      else stripped.push('a tab between name and department');
    } else {
      text = cells[0] ?? '';
      if (cells.length > 1) stripped.push(`spreadsheet cells ${JSON.stringify(cells.slice(1))}`);
    }
  }
  for (const [pattern, what] of [
    [BULLET, 'the list bullet'],
    [NUMBERING, 'the numbering'],
  ]) {
    const m = pattern.exec(text);
    if (m) {
      stripped.push(`${what} ${JSON.stringify(m[0].trim())}`);
      text = text.slice(m[0].length);
    }
  }
  const note = TRAILING_NOTE.exec(text);
  if (note) {
    stripped.push(`the note ${JSON.stringify(note[2])}`);
    text = note[1];
  }
  return { text, stripped };
}

/**
 * @param {string} content a list file's text
 * @param {string} shown the file's name as reported
 * @returns {{lines: {text: string, where: string, code?: string}[], notes: {where: string, stripped: string, line: string}[]}}
 *   its non-empty lines, and what was stripped from them
 */
export function readPastedLines(content, shown) {
  const text = content.replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '');
  const header = first === undefined ? null : csvHeader(first);
  if (header) {
    const lines = readCsv(text, header, shown);
    const columns = Object.entries(header)
      .filter(([key, index]) => key !== 'delimiter' && index >= 0)
      .map(([key]) => key);
    const note = `read as a CSV export (header line; columns ${columns.join(', ')})`;
    return {
      lines,
      notes: lines.length ? [{ where: shown, stripped: note, line: lines[0].text }] : [],
    };
  }
  const lines = [];
  const notes = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const { text: line, stripped } = cleanLine(raw);
    const where = `${shown}:${index + 1}`;
    lines.push({ text: line, where });
    if (stripped.length) notes.push({ where, stripped: stripped.join(', '), line });
  });
  return { lines, notes };
}
