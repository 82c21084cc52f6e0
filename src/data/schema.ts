/**
 * JSON Schema of the published dataset (`dist/data/vae.json`), written to
 * `dist/data/vae.schema.json` by `npm run build:data`. It mirrors `model.ts`.
 *
 * Only these keywords are used, so that the small in-browser validator can
 * read it: type, properties, required, additionalProperties (false), items,
 * enum, const, pattern, minLength, maxLength, minimum, maximum, minItems,
 * maxItems, $ref ("#/$defs/Name"), $defs, $id, $schema, title, description.
 */

const ISO_DATE = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const ISO_DATE_TIME =
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,3})?Z$';
const INSEE = '^(\\d{5}|2[AB]\\d{3})$';
const SIREN = '^\\d{9}$';
const SLUG = '^[a-z0-9]+(-[a-z0-9]+)*$';

// Each definition is its own export, so a per-element file schema bundles only
// the definitions it references (see schemas/).
export const IsoDate = { type: 'string', pattern: ISO_DATE } as const;

/** A mandate's end: an ISO date, or null while it runs. */
export const EndDate = { type: ['string', 'null'], pattern: ISO_DATE } as const;

export const NonEmptyString = { type: 'string', minLength: 1 } as const;

export const Slug = { type: 'string', pattern: SLUG, minLength: 1, maxLength: 100 } as const;

export const LocalizedText = {
  type: 'object',
  additionalProperties: false,
  required: ['fr', 'en'],
  properties: {
    fr: { $ref: '#/$defs/NonEmptyString' },
    en: { $ref: '#/$defs/NonEmptyString' },
  },
} as const;

export const Department = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'name'],
  properties: {
    code: { type: 'string', pattern: '^(\\d{2}|2[AB]|9[78]\\d)$' },
    name: { $ref: '#/$defs/NonEmptyString' },
  },
} as const;

export const Region = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'name'],
  properties: {
    code: { type: 'string', pattern: '^\\d{2}$' },
    name: { $ref: '#/$defs/NonEmptyString' },
  },
} as const;

/** INSEE's TNCC of a commune's name (`typeLiaison`): how it takes "de" and "à" (src/i18n/french-grammar.ts). */
export const TypeLiaison = { type: 'integer', minimum: 0, maximum: 8 } as const;

/** The article a name written without it takes ('' for none): "le" Défenseur des droits. */
export const Article = { enum: ['le', 'la', "l'", 'les', ''] } as const;

export const CommunePlace = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'name'],
  properties: {
    code: { type: 'string', pattern: INSEE },
    name: { $ref: '#/$defs/NonEmptyString' },
  },
} as const;

export const Title = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'programme', 'mandate', 'status', 'start', 'end'],
  properties: {
    title: {
      enum: ['Ville amie des enfants', 'Intercommunalité amie des enfants', "Territoire d'enfance"],
    },
    programme: { $ref: '#/$defs/Slug' },
    mandate: { type: 'string', pattern: '^\\d{4}-\\d{4}$' },
    status: { enum: ['candidate', 'titled', 'withdrawn'] },
    start: { $ref: '#/$defs/IsoDate' },
    end: { $ref: '#/$defs/EndDate' },
  },
} as const;

export const Member = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'kind',
    'code',
    'siren',
    'name',
    'label',
    'department',
    'region',
    'population',
    'postcodes',
    'titles',
  ],
  properties: {
    id: { type: 'string', pattern: '^(commune-(\\d{5}|2[AB]\\d{3})|epci-\\d{9})$' },
    kind: { enum: ['commune', 'epci'] },
    code: { type: 'string', pattern: '^(\\d{5}|2[AB]\\d{3}|\\d{9})$' },
    siren: { type: 'string', pattern: SIREN },
    name: { $ref: '#/$defs/NonEmptyString' },
    typeLiaison: { $ref: '#/$defs/TypeLiaison' },
    article: { $ref: '#/$defs/Article' },
    label: { $ref: '#/$defs/NonEmptyString' },
    department: { $ref: '#/$defs/Department' },
    region: { $ref: '#/$defs/Region' },
    population: { type: 'integer', minimum: 0 },
    postcodes: { type: 'array', items: { type: 'string', pattern: '^\\d{5}$' } },
    communes: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/CommunePlace' },
    },
    parts: { type: 'array', minItems: 1, items: { $ref: '#/$defs/CommunePart' } },
    titles: { type: 'array', minItems: 1, items: { $ref: '#/$defs/Title' } },
  },
} as const;

export const CommunePart = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'kind'],
  properties: {
    name: { $ref: '#/$defs/NonEmptyString' },
    kind: { enum: ['commune-deleguee', 'commune-associee', 'arrondissement-municipal'] },
    postcodes: { type: 'array', items: { type: 'string', pattern: '^\\d{5}$' } },
  },
} as const;

export const Mandate = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'programme', 'start', 'end', 'counts'],
  properties: {
    id: { type: 'string', pattern: '^\\d{4}-\\d{4}$' },
    programme: { $ref: '#/$defs/Slug' },
    start: { $ref: '#/$defs/IsoDate' },
    end: { $ref: '#/$defs/EndDate' },
    counts: {
      type: 'object',
      additionalProperties: false,
      required: ['titled', 'candidate', 'withdrawn'],
      properties: {
        titled: { $ref: '#/$defs/Count' },
        candidate: { $ref: '#/$defs/Count' },
        withdrawn: { $ref: '#/$defs/Count' },
      },
    },
    announced: { type: 'array', items: { $ref: '#/$defs/AnnouncedFigure' } },
  },
} as const;

export const AnnouncedFigure = {
  type: 'object',
  additionalProperties: false,
  required: ['count', 'date', 'source'],
  properties: {
    count: { $ref: '#/$defs/Count' },
    date: { $ref: '#/$defs/IsoDate' },
    source: { $ref: '#/$defs/Slug' },
    note: { $ref: '#/$defs/NonEmptyString' },
  },
} as const;

export const Partner = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'category', 'description'],
  properties: {
    id: { $ref: '#/$defs/Slug' },
    name: { $ref: '#/$defs/LocalizedText' },
    article: { $ref: '#/$defs/Article' },
    category: { enum: ['institution', 'network-of-local-authorities', 'association'] },
    description: { $ref: '#/$defs/LocalizedText' },
    website: { type: 'string', pattern: '^https://[^\\s/]+(/\\S*)?$', maxLength: 2048 },
  },
} as const;

export const NewsItem = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'places', 'date', 'tags', 'summary'],
  properties: {
    id: { $ref: '#/$defs/Slug' },
    title: { $ref: '#/$defs/NonEmptyString' },
    places: { type: 'array', items: { $ref: '#/$defs/NonEmptyString' } },
    date: { $ref: '#/$defs/IsoDate' },
    tags: { type: 'array', items: { $ref: '#/$defs/NonEmptyString' } },
    summary: { $ref: '#/$defs/NonEmptyString' },
  },
} as const;

export const SourceDocument = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'file'],
  properties: {
    id: { $ref: '#/$defs/Slug' },
    title: { $ref: '#/$defs/NonEmptyString' },
    file: { $ref: '#/$defs/NonEmptyString' },
    url: { type: 'string', pattern: '^https://' },
  },
} as const;

/** The data package's version (`<schemaMajor>.<minor>.<patch>`) the file was released in. */
export const DataVersion = {
  type: 'string',
  // `+dev.<key id>`: a development build's data (scripts/lib/sign-data.mjs), never a release.
  pattern: '^\\d+\\.\\d+\\.\\d+(\\+dev\\.[0-9a-f]{8})?$',
} as const;

/** The release's signature, appended last by the build (src/data/signature.ts). */
export const Signature = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'value'],
  properties: {
    key: { type: 'string', pattern: '^[\\w.-]{1,64}$' },
    value: { type: 'string', pattern: '^[A-Za-z0-9+/]{86}==$' },
  },
} as const;

/**
 * The network site's address (https, ending in `/`): a badge links to its
 * member's page there (`membres/<code>/`). Optional: without it, the programme page.
 */
export const SiteUrl = { type: 'string', pattern: '^https://[^\\s]+/$' } as const;

/** ISO date-time of the build that wrote the file. */
export const BuildDate = { type: 'string', pattern: ISO_DATE_TIME } as const;

export const Count = { type: 'integer', minimum: 0 } as const;

/** The programme the data is about: its name and its https site. */
export const Programme = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'url'],
  properties: {
    name: { $ref: '#/$defs/NonEmptyString' },
    url: { type: 'string', pattern: '^https://' },
  },
} as const;

export const DatasetMeta = {
  type: 'object',
  additionalProperties: false,
  required: ['programme', 'mandates', 'sources', 'geography', 'buildDate', 'counts'],
  properties: {
    programme: { $ref: '#/$defs/Programme' },
    mandates: { type: 'array', minItems: 1, items: { $ref: '#/$defs/Mandate' } },
    sources: { type: 'array', minItems: 1, items: { $ref: '#/$defs/SourceDocument' } },
    geography: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'package', 'version', 'year'],
      properties: {
        name: { $ref: '#/$defs/NonEmptyString' },
        package: { $ref: '#/$defs/NonEmptyString' },
        version: { $ref: '#/$defs/NonEmptyString' },
        year: { type: 'integer', minimum: 1943, maximum: 2100 },
      },
    },
    dataVersion: { $ref: '#/$defs/DataVersion' },
    site: { $ref: '#/$defs/SiteUrl' },
    buildDate: { $ref: '#/$defs/BuildDate' },
    counts: {
      type: 'object',
      additionalProperties: false,
      required: ['date', 'members', 'communes', 'epci', 'partners', 'news'],
      properties: {
        date: { $ref: '#/$defs/IsoDate' },
        members: { $ref: '#/$defs/Count' },
        communes: { $ref: '#/$defs/Count' },
        epci: { $ref: '#/$defs/Count' },
        partners: { $ref: '#/$defs/Count' },
        news: { $ref: '#/$defs/Count' },
      },
    },
  },
} as const;

export const datasetSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:vae-widgets:dataset:schema-version-1',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'meta', 'members', 'partners', 'news'],
  properties: {
    schemaVersion: { const: 1 },
    meta: { $ref: '#/$defs/DatasetMeta' },
    members: { type: 'array', items: { $ref: '#/$defs/Member' } },
    partners: { type: 'array', items: { $ref: '#/$defs/Partner' } },
    news: { type: 'array', items: { $ref: '#/$defs/NewsItem' } },
    signature: { $ref: '#/$defs/Signature' },
  },
  $defs: {
    Signature,
    IsoDate,
    EndDate,
    NonEmptyString,
    Slug,
    LocalizedText,
    Department,
    Region,
    TypeLiaison,
    Article,
    CommunePlace,
    Title,
    Member,
    CommunePart,
    Mandate,
    AnnouncedFigure,
    Partner,
    NewsItem,
    SourceDocument,
    Count,
    DataVersion,
    SiteUrl,
    BuildDate,
    Programme,
    DatasetMeta,
  },
} as const;

export type DatasetSchema = typeof datasetSchema;
