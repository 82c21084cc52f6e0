/** `members.json` and a member's own file (`members/<code>.json`): badge, counter, map. */
import { fileSchema, memberDefs, MemberSummary, membersMeta } from './file-schema.js';

export const membersFileSchema = fileSchema(
  'urn:vae-widgets:members:schema-version-1',
  'members',
  'MemberSummary',
  membersMeta,
  {
    ...memberDefs,
    MemberSummary,
  },
);
