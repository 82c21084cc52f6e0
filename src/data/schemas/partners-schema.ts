/** `partners.json`. */
import { Article, LocalizedText, Partner, Slug } from '../schema.js';
import { fileSchema, meta } from './file-schema.js';

export const partnersFileSchema = fileSchema(
  'urn:vae-widgets:partners:schema-version-1',
  'partners',
  'Partner',
  meta(),
  {
    Slug,
    LocalizedText,
    Article,
    Partner,
  },
);
