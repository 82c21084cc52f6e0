// Validates a dataset against the JSON Schema with ajv (draft 2020-12).
import Ajv2020Module from 'ajv/dist/2020.js';
import { lineOf } from './json-lines.mjs';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;

/**
 * Returns a validate function; `validate.errors` holds ajv's errors. Strict,
 * except ajv's lint that every tuple have one length: the map geometry's
 * departments are `[code, name, rings]` or `[code, name, rings, inset]`, each
 * position checked either way (src/data/schemas/geometry-schema.ts).
 */
export function compileSchema(schema) {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictTuples: false,
    allowUnionTypes: true,
  });
  return ajv.compile(schema);
}

export function formatErrors(errors) {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('\n');
}

/**
 * A source file's schema errors as problems (data-problems.mjs), each at the
 * line of the value at fault and naming the field.
 * @param {object[]} errors ajv's errors
 * @param {{shown: string, text: string, data: unknown}} file the file as reported, its text and parsed value
 * @param {Map<string, number>} lines from jsonLines(text)
 */
export function schemaProblems(errors, { shown, data }, lines) {
  const seen = new Set();
  const out = [];
  for (const e of errors ?? []) {
    // A `required` error concerns a field absent from the object at instancePath.
    const pointer =
      e.keyword === 'required' ? `${e.instancePath}/${e.params.missingProperty}` : e.instancePath;
    if (e.keyword === 'if' || seen.has(pointer)) continue;
    seen.add(pointer);
    const field = pointer.split('/').filter(Boolean).join('.') || '(the whole file)';
    const got = valueAt(data, e.instancePath);
    const expected =
      e.keyword === 'pattern' ? PATTERN_WORDS.find(([test]) => test(e.params.pattern)) : null;
    const message =
      e.keyword === 'required'
        ? `field "${field}" is missing`
        : e.keyword === 'additionalProperties'
          ? `field "${field}.${e.params.additionalProperty}" is not expected (a typo?)`
          : `field "${field}" ${expected ? `must be ${expected[1]}` : e.message}${got === undefined || typeof got === 'object' ? '' : ` (got ${JSON.stringify(got)})`}`;
    out.push({ where: `${shown}:${lineOf(lines, pointer)}`, pointer, message });
  }
  return out;
}

/** What a schema pattern asks for, in words. */
const PATTERN_WORDS = [
  [(p) => p.startsWith('^\\d{4}-(0[1-9]'), 'a date YYYY-MM-DD'],
  [(p) => p.startsWith('^[a-z0-9]+(-[a-z0-9]+)*$'), 'a slug (lower-case letters, digits, hyphens)'],
  [(p) => p.startsWith('^https://'), 'an https:// address'],
];

function valueAt(data, pointer) {
  let value = data;
  for (const key of pointer.split('/').slice(1))
    value = value?.[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  return value;
}
