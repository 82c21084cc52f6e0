/**
 * A small JSON Schema interpreter for the keywords our dataset schema uses
 * (see `schema.ts`). It runs under a strict CSP: no code generation, no eval.
 * Returns the JSON Pointer of the first invalid value, or null when valid.
 */
type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

export interface SchemaNode {
  /** One type, or a list (e.g. `['string', 'null']` for a date that may be absent). */
  type?: JsonType | readonly JsonType[];
  properties?: Readonly<Record<string, SchemaNode>>;
  required?: readonly string[];
  additionalProperties?: boolean;
  /** The first items, position by position (a tuple); `items` checks those after them. */
  prefixItems?: readonly SchemaNode[];
  items?: SchemaNode;
  enum?: readonly unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  $id?: string;
  $ref?: string;
  $defs?: Readonly<Record<string, SchemaNode>>;
}

export interface SchemaViolation {
  path: string;
  reason: string;
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

function typeMatches(type: JsonType, value: unknown): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

export interface ValidateOptions {
  /** `reject` (default): a property the schema does not name fails; `ignore`: it passes unchecked. */
  unknownProperties?: 'reject' | 'ignore';
}

export function validate(
  root: SchemaNode,
  value: unknown,
  { unknownProperties = 'reject' }: ValidateOptions = {},
): SchemaViolation | null {
  const patterns = new Map<string, RegExp>();
  const regex = (source: string) => {
    let compiled = patterns.get(source);
    if (!compiled) patterns.set(source, (compiled = new RegExp(source, 'u')));
    return compiled;
  };

  const check = (node: SchemaNode, data: unknown, path: string): SchemaViolation | null => {
    if (node.$ref) {
      const target = root.$defs?.[node.$ref.replace('#/$defs/', '')];
      if (!target) return { path, reason: `unknown $ref ${node.$ref}` };
      return check(target, data, path);
    }
    const types = typeof node.type === 'string' ? [node.type] : node.type;
    if (types && !types.some((type) => typeMatches(type, data)))
      return { path, reason: `expected ${types.join(' or ')}` };
    if ('const' in node && data !== node.const) return { path, reason: 'unexpected value' };
    if (node.enum && !node.enum.includes(data)) return { path, reason: 'value not allowed' };

    if (typeof data === 'string') {
      // Length in code points, as JSON Schema counts it.
      const length = [...data].length;
      if (node.minLength !== undefined && length < node.minLength)
        return { path, reason: 'too short' };
      if (node.maxLength !== undefined && length > node.maxLength)
        return { path, reason: 'too long' };
      if (node.pattern && !regex(node.pattern).test(data)) return { path, reason: 'bad format' };
    }
    if (typeof data === 'number') {
      if (node.minimum !== undefined && data < node.minimum) return { path, reason: 'too small' };
      if (node.maximum !== undefined && data > node.maximum) return { path, reason: 'too large' };
    }
    if (Array.isArray(data)) {
      if (node.minItems !== undefined && data.length < node.minItems)
        return { path, reason: 'too few items' };
      if (node.maxItems !== undefined && data.length > node.maxItems)
        return { path, reason: 'too many items' };
      const prefix = node.prefixItems ?? [];
      for (let index = 0; index < data.length; index++) {
        const item = index < prefix.length ? prefix[index] : node.items;
        const violation = item && check(item, data[index], `${path}/${index}`);
        if (violation) return violation;
      }
    }
    if (typeMatches('object', data)) {
      const object = data as Record<string, unknown>;
      for (const key of node.required ?? []) {
        if (!hasOwn(object, key)) return { path: `${path}/${key}`, reason: 'missing' };
      }
      for (const key of Object.keys(object)) {
        const child =
          node.properties && hasOwn(node.properties, key) ? node.properties[key] : undefined;
        if (child) {
          const violation = check(child, object[key], `${path}/${key}`);
          if (violation) return violation;
        } else if (PROTOTYPE_KEYS.has(key)) {
          // Ignored or not, a name that can reach a prototype is never let through.
          return { path: `${path}/${key}`, reason: 'forbidden property name' };
        } else if (node.additionalProperties === false && unknownProperties === 'reject') {
          return { path: `${path}/${key}`, reason: 'unexpected property' };
        }
      }
    }
    return null;
  };

  return check(root, value, '');
}
