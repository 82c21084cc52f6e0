// The data package's version rule (docs/data.md, "Data releases"):
// `<schemaMajor>.<minor>.<patch>`; major only for a schema break, minor for
// added members, fields or files, patch for corrections.
import { isDeepStrictEqual } from 'node:util';
import semver from 'semver';
import { diffDatasets } from './dataset-diff.mjs';

/** Every key path of `value` (array items merged), e.g. `members[].titles[].status`. */
export function keyPaths(value, prefix = '', out = new Set()) {
  if (Array.isArray(value)) {
    for (const item of value) keyPaths(item, `${prefix}[]`, out);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      out.add(`${prefix}.${key}`);
      keyPaths(child, `${prefix}.${key}`, out);
    }
  }
  return out;
}

// What changes at every build without being a change of the data.
const withoutStamp = (dataset) => {
  const copy = structuredClone(dataset);
  delete copy.meta.buildDate;
  delete copy.meta.dataVersion;
  delete copy.meta.counts.date;
  return copy;
};

/**
 * What a release of `built` after `released` is: `{ bump, version, reasons }`
 * (`bump` null when nothing changed). `files`: the data files' paths, before and after.
 */
export function nextRelease({ version, released, built, files }) {
  if (!semver.valid(version)) throw new Error(`data/release.json: "${version}" is not a version`);
  const reasons = [];
  if (built.schemaVersion !== released.schemaVersion) {
    reasons.push(`schemaVersion ${released.schemaVersion} → ${built.schemaVersion}`);
    return { bump: 'major', version: `${built.schemaVersion}.0.0`, reasons };
  }
  const added = diffDatasets(released, built).members.added;
  if (added.length) reasons.push(`${added.length} member(s) added`);
  const oldKeys = keyPaths(withoutStamp(released));
  const newFields = [...keyPaths(withoutStamp(built))].filter((path) => !oldKeys.has(path));
  if (newFields.length) reasons.push(`field(s) added: ${newFields.join(', ')}`);
  const oldFiles = new Set(files.before);
  const newFiles = files.after.filter((file) => !oldFiles.has(file));
  if (newFiles.length) reasons.push(`file(s) added: ${newFiles.join(', ')}`);
  if (reasons.length) return { bump: 'minor', version: semver.inc(version, 'minor'), reasons };
  if (!isDeepStrictEqual(withoutStamp(released), withoutStamp(built)))
    return { bump: 'patch', version: semver.inc(version, 'patch'), reasons: ['corrections'] };
  return { bump: null, version, reasons: [] };
}
