/**
 * What the per-element file schemas (members-schema.ts, search-schema.ts,
 * partners-schema.ts, news-schema.ts) share: the file's frame and its meta,
 * made of the dataset schema's own definitions, so a file and `vae.json`
 * cannot drift apart. Each file's schema is a module of its own, loaded only
 * by the element that reads that file (and only when it checks it).
 */
import {
  AnnouncedFigure,
  BuildDate,
  Count,
  DataVersion,
  Department,
  EndDate,
  IsoDate,
  Mandate,
  Member,
  NonEmptyString,
  Programme,
  Region,
  Signature,
  SiteUrl,
  Slug,
  Title,
} from '../schema.js';

const SUMMARY_FIELDS = ['id', 'kind', 'code', 'siren', 'name', 'department', 'region', 'titles'];

/** A member as `members.json` carries it: `Member` without what only the search reads. */
export const MemberSummary = {
  type: 'object',
  additionalProperties: false,
  required: SUMMARY_FIELDS,
  properties: Object.fromEntries(
    SUMMARY_FIELDS.map((field) => [
      field,
      Member.properties[field as keyof typeof Member.properties],
    ]),
  ),
};

export const meta = (extra: Record<string, unknown> = {}, required: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  required: ['buildDate', ...required],
  properties: {
    dataVersion: { $ref: '#/$defs/DataVersion' },
    buildDate: { $ref: '#/$defs/BuildDate' },
    ...extra,
  },
});

export const membersMeta = meta(
  {
    programme: { $ref: '#/$defs/Programme' },
    mandates: { type: 'array', minItems: 1, items: { $ref: '#/$defs/Mandate' } },
    site: { $ref: '#/$defs/SiteUrl' },
  },
  ['programme', 'mandates'],
);

export const fileSchema = (
  $id: string,
  list: string,
  item: string,
  fileMeta: object,
  $defs: Record<string, unknown>,
) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id,
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'meta', list],
  properties: {
    schemaVersion: { const: 1 },
    meta: fileMeta,
    [list]: { type: 'array', items: { $ref: `#/$defs/${item}` } },
    signature: { $ref: '#/$defs/Signature' },
  },
  $defs: { DataVersion, BuildDate, NonEmptyString, Signature, ...$defs },
});

/** The definitions a member's titles need (members.json and search.json). */
export const memberDefs = {
  IsoDate,
  EndDate,
  Slug,
  Department,
  Region,
  Title,
  Mandate,
  Count,
  Programme,
  SiteUrl,
  AnnouncedFigure,
};
