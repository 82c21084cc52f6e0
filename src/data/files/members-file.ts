import type { MembersFile } from '../model.js';
import type { DataFileSpec } from '../file-spec.js';

const schema = () => import('../schemas/members-schema.js').then((m) => m.membersFileSchema);

/** Badge, counter, map: every member, without what only the search reads. */
export const MEMBERS_FILE: DataFileSpec<MembersFile> = {
  name: 'members',
  schema,
  besideCode: () => new URL('../../../data/members.json', import.meta.url).href,
  inDataset: true,
};

/**
 * One member's own file (`members/<code>.json`, half a kilobyte), as a lone
 * badge reads it. Beside the code only when `members.json` kept its name there
 * (a copy of `dist/`): a bundler renames the files it emits and emits only
 * `members.json`, so a bundled badge reads that one.
 */
export function memberFile(code: string): DataFileSpec<MembersFile> {
  return {
    name: `members/${code}`,
    schema,
    besideCode: () => {
      const shared = MEMBERS_FILE.besideCode()!;
      return /\/data\/members\.json$/.test(new URL(shared).pathname)
        ? new URL(`members/${code}.json`, shared).href
        : undefined;
    },
    inDataset: true,
  };
}
