import type { SchemaNode } from '../data/validate.js';

/**
 * The all-communes files' shape (scripts/build-communes.mjs writes them), checked
 * in the browser with the no-eval validator before any is used.
 */
const CODE = '^(\\d{5}|2[AB]\\d{3})$';
const DEPARTMENT = '^(\\d{2,3}|2[AB])$';
const POSTCODES = '^(\\d{5}( \\d{5})*)?$';
const NAME: SchemaNode = { type: 'string', minLength: 1, maxLength: 100 };
const column = (items: SchemaNode): SchemaNode => ({ type: 'array', items });
const POP: SchemaNode = { type: 'integer', minimum: 0, maximum: 99 };

export const communesIndexSchema: SchemaNode = {
  type: 'object',
  required: ['v', 'keyLength', 'departments', 'names', 'postcodes'],
  properties: {
    v: { const: 2 },
    keyLength: { type: 'integer', minimum: 1, maximum: 4 },
    departments: column({
      type: 'array',
      minItems: 2,
      maxItems: 2,
      items: { type: 'string', minLength: 1, maxLength: 100 },
    }),
    names: column({ type: 'string', pattern: '^[a-z0-9]{1,4}$' }),
    // An object whose keys are postcode prefixes: the values are checked by the decoder.
    postcodes: { type: 'object' },
  },
};

export const communesPieceSchema: SchemaNode = {
  type: 'object',
  additionalProperties: false,
  required: ['v', 'code', 'name', 'postcodes', 'pop', 'parts'],
  properties: {
    v: { const: 2 },
    code: column({ type: 'string', pattern: CODE }),
    name: column(NAME),
    postcodes: column({ type: 'string', pattern: POSTCODES }),
    pop: column(POP),
    parts: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'kind', 'of', 'ofName', 'postcodes', 'pop'],
      properties: {
        name: column(NAME),
        kind: column({ enum: [0, 1, 2] }),
        of: column({ type: 'string', pattern: CODE }),
        ofName: column(NAME),
        postcodes: column({ type: 'string', pattern: POSTCODES }),
        pop: column(POP),
      },
    },
  },
};

export const DEPARTMENT_PATTERN = new RegExp(DEPARTMENT);
