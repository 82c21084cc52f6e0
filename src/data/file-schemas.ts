/**
 * The JSON Schema of each per-element data file (`members.json`, `search.json`,
 * `partners.json`, `news.json`), made of the dataset schema's own definitions,
 * so a file and `vae.json` cannot drift apart. Each schema lists the
 * definitions it references: an element bundles only those.
 */
import {
  AnnouncedFigure,
  Article,
  BuildDate,
  CommunePart,
  CommunePlace,
  Count,
  DataVersion,
  Department,
  EndDate,
  IsoDate,
  LocalizedText,
  Mandate,
  Member,
  NewsItem,
  NonEmptyString,
  Partner,
  Programme,
  Region,
  Signature,
  SiteUrl,
  Slug,
  Title,
  TypeLiaison,
} from './schema.js';

const SUMMARY_FIELDS = ['id', 'kind', 'code', 'siren', 'name', 'department', 'region', 'titles'];

/** A member as `members.json` carries it: `Member` without what only the search reads. */
const MemberSummary = {
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

const meta = (extra: Record<string, unknown> = {}, required: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  required: ['buildDate', ...required],
  properties: {
    dataVersion: { $ref: '#/$defs/DataVersion' },
    buildDate: { $ref: '#/$defs/BuildDate' },
    ...extra,
  },
});

const membersMeta = meta(
  {
    programme: { $ref: '#/$defs/Programme' },
    mandates: { type: 'array', minItems: 1, items: { $ref: '#/$defs/Mandate' } },
    site: { $ref: '#/$defs/SiteUrl' },
  },
  ['programme', 'mandates'],
);

const fileSchema = (
  id: string,
  list: string,
  item: string,
  fileMeta: object,
  $defs: Record<string, unknown>,
) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `urn:vae-widgets:${id}:schema-version-1`,
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

const memberDefs = {
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
};
const mandateDefs = { AnnouncedFigure };

export const membersFileSchema = fileSchema('members', 'members', 'MemberSummary', membersMeta, {
  ...memberDefs,
  ...mandateDefs,
  MemberSummary,
});

export const searchFileSchema = fileSchema('search', 'members', 'Member', membersMeta, {
  ...memberDefs,
  ...mandateDefs,
  CommunePlace,
  CommunePart,
  TypeLiaison,
  Article,
  Member,
});

export const partnersFileSchema = fileSchema('partners', 'partners', 'Partner', meta(), {
  Slug,
  LocalizedText,
  Article,
  Partner,
});

export const newsFileSchema = fileSchema('news', 'news', 'NewsItem', meta(), {
  IsoDate,
  Slug,
  NewsItem,
});
