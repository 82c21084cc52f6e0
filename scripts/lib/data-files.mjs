// The per-element data files, derived from the full dataset (vae.json): each
// element fetches only what it renders (docs/data.md maps element → files).

/** What a member keeps in members.json: what the badge, the counter and the map read. */
export const SUMMARY_FIELDS = [
  'id',
  'kind',
  'code',
  'siren',
  'name',
  'department',
  'region',
  'titles',
];

/** Each file (or folder of files) and the schema (export of src/data/schemas/index.ts) it follows. */
export const PER_ELEMENT_SCHEMAS = {
  members: 'membersFileSchema',
  search: 'searchFileSchema',
  partners: 'partnersFileSchema',
  news: 'newsFileSchema',
};

const pick = (object, fields) =>
  Object.fromEntries(fields.filter((f) => f in object).map((f) => [f, object[f]]));

/** The keys a badge may be given for a member: its code, and a commune's SIREN too. */
export const badgeKeys = (member) => [...new Set([member.code, member.siren])];

/** [path inside the data folder, content] of every per-element file. */
export function perElementFiles(dataset) {
  const { dataVersion, buildDate, programme, mandates, site } = dataset.meta;
  const fileMeta = { dataVersion, buildDate };
  // The badge reads `site` (its link to the member's page) from the members files.
  const membersMeta = { ...fileMeta, programme, mandates, ...(site ? { site } : {}) };
  const file = (meta, list, items) => ({
    schemaVersion: dataset.schemaVersion,
    meta,
    [list]: items,
  });
  const summaries = dataset.members.map((member) => pick(member, SUMMARY_FIELDS));
  const files = [
    ['members.json', file(membersMeta, 'members', summaries)],
    ['search.json', file(membersMeta, 'members', dataset.members)],
    ['partners.json', file(fileMeta, 'partners', dataset.partners)],
    ['news.json', file(fileMeta, 'news', dataset.news)],
  ];
  // One member per file, for a page with one badge (the builder's snippet).
  for (const summary of summaries)
    for (const key of badgeKeys(summary))
      files.push([`members/${key}.json`, file(membersMeta, 'members', [summary])]);
  return files;
}
