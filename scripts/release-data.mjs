#!/usr/bin/env node
// `npm run release:data`: prepares a release of the data package
// (vae-widgets-data, built in dist/data/). It builds and checks (the release
// gate and the geography check run inside the build), compares the build with
// the last released dataset (data/released/vae.json), bumps data/release.json
// by the rule of scripts/lib/data-release.mjs, builds again so every file
// states the new version, records the release (data/released/), appends a
// CHANGELOG entry and prints the jsDelivr purge URLs of the range.
// It publishes nothing: a maintainer then runs `npm publish dist/data`
// (docs/data.md, "Making a data release").
//
// Usage: npm run release:data [-- --no-build] [-- --root DIR]
//   --no-build  use dist/data as built (tests); --root  the repository (tests use a copy)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffDatasets, diffText } from './lib/dataset-diff.mjs';
import { nextRelease } from './lib/data-release.mjs';
import { recordRelease } from './open-data/changes-feed.mjs';
import { requireReleaseKey } from './lib/sign-data.mjs';

const rootArg = process.argv.indexOf('--root');
const ROOT =
  rootArg > 0
    ? resolve(process.argv[rootArg + 1])
    : resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => join(ROOT, ...parts);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const build = !process.argv.includes('--no-build');

function runBuild() {
  if (!build) return;
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('release:data: the build failed (above); nothing was changed.');
    process.exit(1);
  }
}

/** The data package's top-level files and folders (`members/`), as released. */
const packageFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.name !== 'package.json' && entry.name !== 'README.md')
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    .sort();

if (build) requireReleaseKey(ROOT, 'release:data'); // signed with the programme key, or nothing
runBuild();
const releaseFile = at('data', 'release.json');
const release = readJson(releaseFile);
const releasedFile = at('data', 'released', 'vae.json');
const filesFile = at('data', 'released', 'files.json');
const released = readJson(releasedFile);
const built = readJson(at('dist', 'data', 'vae.json'));
const files = {
  before: existsSync(filesFile) ? readJson(filesFile) : packageFiles(at('dist', 'data')),
  after: packageFiles(at('dist', 'data')),
};
const next = nextRelease({ version: release.version, released, built, files });
if (!next.bump) {
  console.log(
    `release:data: the data is the same as ${release.package}@${release.version}; nothing to release.`,
  );
  process.exit(0);
}

writeFileSync(releaseFile, `${JSON.stringify({ ...release, version: next.version }, null, 2)}\n`);
recordRelease(ROOT, { ...release, ...next }, diffDatasets(released, built)); // the feed's entry
runBuild(); // every file now states the new version
copyFileSync(at('dist', 'data', 'vae.json'), releasedFile);
writeFileSync(filesFile, `${JSON.stringify(files.after, null, 2)}\n`);

const day = new Date().toISOString().slice(0, 10);
const entry = [
  `## Data ${release.package}@${next.version} — ${day}`,
  '',
  `A ${next.bump} data release: ${next.reasons.join('; ')}.`,
  '',
  ...diffText(diffDatasets(released, built))
    .split('\n')
    .map((line) => (line.startsWith(' ') ? `  ${line.trim()}` : `- ${line}`)),
  '',
].join('\n');
const changelog = readFileSync(at('CHANGELOG.md'), 'utf8');
const first = changelog.indexOf('\n## ');
writeFileSync(
  at('CHANGELOG.md'),
  first < 0
    ? `${changelog}\n${entry}`
    : `${changelog.slice(0, first + 1)}${entry}\n${changelog.slice(first + 1)}`,
);

const range = `https://purge.jsdelivr.net/npm/${release.package}@${next.version.split('.')[0]}/`;
// jsDelivr purges one file per URL: every file of the package, listed in a file;
// the per-element files are printed (the ones pinned pages read first).
const everyFile = (dir, prefix = '') =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? everyFile(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
const purgeUrls = everyFile(at('dist', 'data')).map((file) => range + file);
const purgeList = at('dist', 'data-purge-urls.txt');
writeFileSync(purgeList, `${purgeUrls.join('\n')}\n`);
console.log(
  `release:data: ${release.package} ${release.version} → ${next.version} (${next.bump}: ${next.reasons.join('; ')})`,
);
console.log(
  'Updated data/release.json, data/released/vae.json, data/released/files.json and CHANGELOG.md.',
);
console.log(`Next: review and commit them, then publish: npm publish ${join('dist', 'data')}`);
console.log(
  'Then purge the range on jsDelivr, so pinned pages get the release at once (else within 7 days):',
);
for (const url of purgeUrls.filter((u) => !u.slice(range.length).includes('/')))
  console.log(`  ${url}`);
console.log(`  … ${purgeUrls.length} URLs in all (every member file and badge): ${purgeList}`);
