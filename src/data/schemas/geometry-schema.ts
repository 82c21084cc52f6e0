import type { SchemaNode } from '../validate.js';

/**
 * The map geometry's shape (`map-departments.json`, version 2, written by
 * scripts/build-map.mjs): arcs as text, departments as
 * `[code, name, ring references, inset frame?]`, each position checked.
 */
export const geometrySchema: SchemaNode = {
  $id: 'urn:vae-widgets:map-departments:v2',
  type: 'object',
  required: ['version', 'viewBox', 'arcs', 'departments'],
  properties: {
    version: { const: 2 },
    viewBox: { type: 'string', pattern: '^\\d+ \\d+ \\d+ \\d+$' },
    arcs: { type: 'array', items: { type: 'string', maxLength: 100_000 } },
    departments: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'array',
        minItems: 3,
        maxItems: 4,
        prefixItems: [
          { type: 'string' },
          { type: 'string' },
          { type: 'string' },
          { type: 'array', minItems: 4, maxItems: 4, items: { type: 'number' } },
        ],
      },
    },
  },
};
