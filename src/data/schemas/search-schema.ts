/** `search.json`: the members with what only the search reads. */
import { Article, CommunePart, CommunePlace, Member, TypeLiaison } from '../schema.js';
import { fileSchema, memberDefs, membersMeta } from './file-schema.js';

export const searchFileSchema = fileSchema(
  'urn:vae-widgets:search:schema-version-1',
  'members',
  'Member',
  membersMeta,
  {
    ...memberDefs,
    CommunePlace,
    CommunePart,
    TypeLiaison,
    Article,
    Member,
  },
);
