// The schemas of the maintainers' source files, derived from the published
// dataset's (src/data/schema.ts) so a field is defined once: mandate.json is a
// published Mandate without its computed counts, plus the documents it cites.
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const { datasetSchema } = await importTs(
  fileURLToPath(new URL('../../src/data/schema.ts', import.meta.url)),
);
const { $defs } = datasetSchema;

const withDefs = (schema) => ({
  $schema: datasetSchema.$schema,
  ...schema,
  $defs,
});

// The published Mandate's counts are computed by the build, not written.
const mandateFields = Object.fromEntries(
  Object.entries($defs.Mandate.properties).filter(([field]) => field !== 'counts'),
);

/** data/mandates/<id>/mandate.json */
export const mandateSourceSchema = withDefs({
  ...$defs.Mandate,
  required: [...$defs.Mandate.required.filter((field) => field !== 'counts'), 'sources'],
  properties: {
    ...mandateFields,
    sources: { type: 'array', minItems: 1, items: { $ref: '#/$defs/SourceDocument' } },
  },
});

/** data/partners.json: the published partners, as written, each with the article its French name takes. */
export const partnersSourceSchema = withDefs({
  type: 'array',
  items: { ...$defs.Partner, required: [...$defs.Partner.required, 'article'] },
});

/** data/news/<id>.json: a published news item without its id (the file's name), plus its link and check date. */
const newsFields = Object.fromEntries(
  Object.entries($defs.NewsItem.properties).filter(([field]) => field !== 'id'),
);
export const newsSourceSchema = withDefs({
  type: 'object',
  additionalProperties: false,
  required: [...$defs.NewsItem.required.filter((field) => field !== 'id'), 'link', 'checked'],
  properties: {
    ...newsFields,
    // The item's page, when the programme published one (null: none; never an invented link).
    link: { anyOf: [{ type: 'string', pattern: '^https://[^\\s/]+(/\\S*)?$' }, { type: 'null' }] },
    // The day someone last checked the item against its source.
    checked: { $ref: '#/$defs/IsoDate' },
  },
});
