// No HTML-parsing or code-generating sink in src/: data and attributes reach
// the DOM only through lit's escaping bindings. ESLint bans most of these; this
// test makes the guarantee visible (one result per sink) and covers all files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './helpers.mjs';

export const SINKS = [
  ['unsafeHTML', /\bunsafe(HTML|SVG)\b/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['eval', /(^|[^\w.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['srcdoc', /\bsrcdoc\b/],
  ['on* attribute', /setAttribute\s*\(\s*['"`]on/i],
];

/** Every source file under `dir`. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** Lines of `text` that use a sink, as `sink: line` (comments stripped first). */
export function findSinks(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const found = [];
  for (const line of code.split('\n')) {
    for (const [name, pattern] of SINKS)
      if (pattern.test(line)) found.push(`${name}: ${line.trim()}`);
  }
  return found;
}

const files = sources(join(ROOT, 'src'));

test('the scan sees the source tree', () => {
  assert.ok(files.length >= 40, `only ${files.length} files under src/`);
});

test('the scan finds each sink in a sample (it can fail)', () => {
  const samples = [
    'x.innerHTML = y;',
    'html`${unsafeHTML(s)}`',
    'el.outerHTML',
    'el.insertAdjacentHTML("beforeend", s)',
    'document.write(s)',
    'eval(code)',
    'new Function("return 1")',
    'setTimeout("alert(1)", 1)',
    'range.createContextualFragment(s)',
    'frame.srcdoc = s',
    "el.setAttribute('onclick', s)",
  ];
  for (const sample of samples) assert.equal(findSinks(sample).length, 1, sample);
  assert.deepEqual(findSinks('// innerHTML in a comment\nconst evaluate = 1;'), []);
});

for (const file of files) {
  test(`no HTML or code sink in ${relative(ROOT, file)}`, () => {
    assert.deepEqual(findSinks(readFileSync(file, 'utf8')), []);
  });
}
