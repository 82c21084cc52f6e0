#!/usr/bin/env node
// `npm run release:data`: prepares a release of the data package
// (vae-widgets-data, in dist/data/), following docs/publier-les-donnees.md.
//   1. builds the dataset alone into a temporary folder and compares it with the
//      last release (data/released/vae.json): the diff, printed in French, and
//      the version by the rule of scripts/lib/data-release.mjs (semver);
//   2. writes the version (data/release.json), then runs the data pipeline ONCE
//      (scripts/data/pipeline.mjs), so every file states the new version;
//   3. records the release (data/released/: vae.json, files.json, digests.json)
//      and its CHANGELOG entry;
//   4. prepares the jsDelivr purge of the major range as ONE request listing
//      every file that changed, and sends it with --purge (after `npm publish`).
// It never publishes: a maintainer with the rights runs `npm publish ./dist/data`
// (`./`: without it npm reads dist/data as a GitHub repository).
//
// Usage: npm run release:data [-- --purge] [-- --purge-only] [-- --purge-endpoint URL]
//        [-- --allow-drop] [-- --root DIR] [-- --no-build]
//   --allow-drop      a mandate may lose over 5 % of its members (intended)
//   --purge           send the purge request at the end
//   --purge-only      send the purge of the release just recorded (after npm publish), nothing else
//   --purge-endpoint  the purge API (default https://purge.jsdelivr.net/, or $VAE_PURGE_ENDPOINT)
//   --root            the repository (tests use a copy); --no-build  use dist/data as built (tests)
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import semver from 'semver';
import { diffDatasets, diffText } from '../lib/dataset-diff.mjs';
import { nextRelease } from '../lib/data-release.mjs';
import {
  PURGE_ENDPOINT,
  changedFiles,
  fileDigests,
  purgeBody,
  sendPurge,
} from '../lib/cdn-purge.mjs';
import { runSteps } from '../lib/run-steps.mjs';
import { requireReleaseKey } from '../lib/sign-data.mjs';
import { recordRelease } from '../open-data/changes-feed.mjs';
import { DATA_STEPS, LATER_OUTPUTS, allowingDrop } from './pipeline.mjs';
import { SIGNING_STEPS } from '../code/pipeline.mjs';

const { values: args } = parseArgs({
  options: {
    root: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    purge: { type: 'boolean', default: false },
    'allow-drop': { type: 'boolean', default: false },
    'purge-only': { type: 'boolean', default: false },
    'purge-endpoint': { type: 'string' },
  },
});
const ROOT = args.root
  ? resolve(args.root)
  : resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const at = (...parts) => join(ROOT, ...parts);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const endpoint = args['purge-endpoint'] ?? process.env.VAE_PURGE_ENDPOINT ?? PURGE_ENDPOINT;
const releaseFile = at('data', 'release.json');
const releasedFile = at('data', 'released', 'vae.json');
const filesFile = at('data', 'released', 'files.json');
const digestsFile = at('data', 'released', 'digests.json');
const purgeFile = at('dist', 'data-purge.json');

function fail(message) {
  console.error(`release:data : ${message}`);
  process.exit(1);
}

/** The data package's top-level files and folders (`members/`), as released. */
const packageFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.name !== 'package.json' && entry.name !== 'README.md')
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    .sort();

/** The dataset alone, as the sources are now (the pipeline's first step, into a temporary folder). */
function buildDatasetAlone() {
  if (args['no-build'])
    return {
      built: readJson(at('dist', 'data', 'vae.json')),
      files: packageFiles(at('dist', 'data')),
    };
  const out = mkdtempSync(join(tmpdir(), 'vae-release-'));
  try {
    const result = spawnSync(process.execPath, ['scripts/data/build-data.mjs', '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0)
      fail('les données ne se construisent pas (ci-dessus) ; rien n’a été modifié.');
    const files = [...new Set([...packageFiles(out), ...LATER_OUTPUTS])].sort();
    return { built: readJson(join(out, 'vae.json')), files };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function purge(body) {
  console.log(`Purge jsDelivr : une requête POST ${endpoint} (${body.path.length} chemins)…`);
  try {
    const answer = await sendPurge(endpoint, body);
    console.log(
      `Purge envoyée : ${answer.status ?? 'reçue'}${answer.id ? ` (id ${answer.id})` : ''}.`,
    );
  } catch (error) {
    fail(
      `la purge a échoué (${error.message}) ; relancez-la plus tard : npm run release:data -- --purge-only`,
    );
  }
}

if (args['purge-only']) {
  if (!existsSync(purgeFile))
    fail(`aucune purge préparée (${purgeFile}) : lancez d’abord npm run release:data`);
  await purge(readJson(purgeFile));
  process.exit(0);
}

if (!args['no-build']) requireReleaseKey(ROOT, 'release:data'); // signed with the programme key, or nothing
const release = readJson(releaseFile);
const released = readJson(releasedFile);
const { built, files: filesAfter } = buildDatasetAlone();
const files = {
  before: existsSync(filesFile) ? readJson(filesFile) : filesAfter,
  after: filesAfter,
};
const next = nextRelease({ version: release.version, released, built, files });
const diff = diffDatasets(released, built);
console.log(`Ce qui change pour les lecteurs depuis ${release.package}@${release.version} :\n`);
console.log(diffText(diff, 'fr'));
console.log('');
if (!next.bump) {
  console.log(
    `release:data : les données sont celles de ${release.package}@${release.version} ; rien à publier.`,
  );
  process.exit(0);
}

writeFileSync(releaseFile, `${JSON.stringify({ ...release, version: next.version }, null, 2)}\n`);
recordRelease(ROOT, { ...release, ...next }, diff); // the feed's entry
if (
  !args['no-build'] &&
  !runSteps(
    'release:data',
    [...(args['allow-drop'] ? allowingDrop(DATA_STEPS) : DATA_STEPS), ...SIGNING_STEPS],
    {
      cwd: ROOT,
    },
  )
) {
  writeFileSync(releaseFile, `${JSON.stringify(release, null, 2)}\n`);
  fail(
    'la chaîne des données a échoué (ci-dessus) ; data/release.json est revenu à la version publiée.',
  );
}
const digestsBefore = existsSync(digestsFile) ? readJson(digestsFile) : {};
const digestsAfter = fileDigests(at('dist', 'data'));
copyFileSync(at('dist', 'data', 'vae.json'), releasedFile);
writeFileSync(filesFile, `${JSON.stringify(packageFiles(at('dist', 'data')), null, 2)}\n`);
writeFileSync(digestsFile, `${JSON.stringify(digestsAfter, null, 2)}\n`);

const day = new Date().toISOString().slice(0, 10);
const entry = [
  `## Data ${release.package}@${next.version} — ${day}`,
  '',
  `A ${next.bump} data release: ${next.reasons.join('; ')}.`,
  '',
  ...diffText(diff)
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

const changed = changedFiles(digestsBefore, digestsAfter);
const body = purgeBody(release.package, semver.major(next.version), changed);
writeFileSync(purgeFile, `${JSON.stringify(body, null, 2)}\n`);
const kind = { major: 'majeure', minor: 'mineure', patch: 'corrective' }[next.bump];
console.log(
  `release:data : ${release.package} ${release.version} → ${next.version} (version ${kind} : ${next.reasons.join(' ; ')})`,
);
console.log(
  'Mis à jour : data/release.json, data/released/ (vae.json, files.json, digests.json) et CHANGELOG.md.',
);
console.log(
  'Ensuite : faites relire et valider ces fichiers, puis publiez : npm publish ./dist/data',
);
console.log(
  `Purge du cache jsDelivr : ${changed.length} fichier(s) modifié(s), en une seule requête (${purgeFile}).`,
);
if (args.purge) await purge(body);
else console.log('Après la publication : npm run release:data -- --purge-only');
