// Where each value of a JSON file starts (its line), so a schema error at
// `/3/website` can be reported as `data/partners.json:41`. JSON.parse parses;
// this only walks the same text to number the lines of every JSON pointer.
import { readFileSync } from 'node:fs';

/**
 * @param {string} text valid JSON
 * @returns {Map<string, number>} JSON pointer ('' for the root, '/3/website') → 1-based line
 */
export function jsonLines(text) {
  const lines = new Map();
  let at = 0;
  let line = 1;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at])) if (text[at++] === '\n') line += 1;
  };
  const readString = () => {
    const start = at;
    at += 1;
    while (text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at += 1;
    return JSON.parse(text.slice(start, at));
  };
  const value = (pointer) => {
    skipSpace();
    lines.set(pointer, line);
    const char = text[at];
    if (char === '{' || char === '[') {
      at += 1;
      let index = 0;
      for (;;) {
        skipSpace();
        if (text[at] === '}' || text[at] === ']') break;
        let key = String(index++);
        if (char === '{') {
          key = readString();
          skipSpace();
          at += 1; // the colon
        }
        value(`${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        skipSpace();
        if (text[at] === ',') at += 1;
      }
      at += 1;
    } else if (char === '"') readString();
    else while (at < text.length && !/[\s,\]}]/.test(text[at])) at += 1;
  };
  value('');
  return lines;
}

/** The line of `pointer`, or of its nearest parent that exists (a missing field: its object). */
export function lineOf(lines, pointer) {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    if (lines.has(p)) return lines.get(p);
    if (p === '') return 1;
  }
}

/**
 * Reads a maintainer's JSON file: its value and the lines of its pointers, or
 * null after reporting a syntax error at its line through `add`.
 */
export function readJsonSource(path, shown, add) {
  const text = readFileSync(path, 'utf8');
  try {
    return { data: JSON.parse(text), lines: jsonLines(text) };
  } catch (error) {
    const line = /line (\d+)/.exec(error.message)?.[1];
    add({ where: line ? `${shown}:${line}` : shown, message: `not valid JSON (${error.message})` });
    return null;
  }
}
