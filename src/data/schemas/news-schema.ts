/** `news.json`. */
import { IsoDate, NewsItem, Slug } from '../schema.js';
import { fileSchema, meta } from './file-schema.js';

export const newsFileSchema = fileSchema(
  'urn:vae-widgets:news:schema-version-1',
  'news',
  'NewsItem',
  meta(),
  {
    IsoDate,
    Slug,
    NewsItem,
  },
);
