import type { SchemaNode } from '../validate.js';

/**
 * The all-communes files' shape (scripts/build-communes.mjs writes them), checked
 * in the browser with the no-eval validator before any is used. A piece's
 * columns are single strings, each checked by one pattern (a check per value
 * cost more than indexing them); the decoder checks the columns' lengths agree.
 */
const CODE = '(\\d{5}|2[AB]\\d{3})';
const POSTCODES = '(\\d{5}( \\d{5})*)?';
/** A list of values joined by `separator` (empty for none). */
const list = (value: string, separator: string): SchemaNode => ({
  type: 'string',
  pattern: `^(${value}(${separator}${value})*)?$`,
});
const NAMES = list('[^|]{1,100}', '\\|');
const POP = list('\\d{1,2}', ' ');
const CODES = list(CODE, ' ');

const META: SchemaNode = {
  type: 'object',
  required: ['dataVersion', 'buildDate'],
  properties: {
    dataVersion: { type: 'string', minLength: 1, maxLength: 40 },
    buildDate: { type: 'string', minLength: 1, maxLength: 40 },
  },
};

export const communesIndexSchema: SchemaNode = {
  $id: 'urn:vae-widgets:communes-index:v3',
  type: 'object',
  required: ['v', 'meta', 'keyLength', 'departments', 'names', 'postcodes'],
  properties: {
    v: { const: 3 },
    meta: META,
    keyLength: { type: 'integer', minimum: 1, maximum: 4 },
    departments: {
      type: 'array',
      items: {
        type: 'array',
        minItems: 2,
        maxItems: 2,
        items: { type: 'string', minLength: 1, maxLength: 100 },
      },
    },
    names: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9]{1,4}$' } },
    // An object whose keys are postcode prefixes: the values are checked by the decoder.
    postcodes: { type: 'object' },
  },
};

export const communesPieceSchema: SchemaNode = {
  $id: 'urn:vae-widgets:communes-piece:v3',
  type: 'object',
  additionalProperties: false,
  required: ['v', 'meta', 'code', 'name', 'postcodes', 'pop', 'parts'],
  properties: {
    v: { const: 3 },
    meta: META,
    code: CODES,
    name: NAMES,
    postcodes: list(POSTCODES, '\\|'),
    pop: POP,
    parts: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'kind', 'of', 'ofName', 'postcodes', 'pop'],
      properties: {
        name: NAMES,
        kind: list('[012]', ' '),
        of: CODES,
        ofName: NAMES,
        // The chef-lieu's INSEE TNCC; absent from pieces built before it.
        ofLiaison: list('[0-8]', ' '),
        postcodes: list(POSTCODES, '\\|'),
        pop: POP,
      },
    },
  },
};
