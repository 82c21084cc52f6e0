// Makes dist/data/ the `vae-widgets-data` npm package: every data file, their
// schemas and the static badges, released apart from the code so that pages
// pinning the code still get fresh data (docs/data.md, "Data releases").
// Its version is data/release.json's (`<schemaMajor>.<minor>.<patch>`); the
// major must be the schema version the code reads (src/data/model.ts).
// Publishing (`npm publish dist/data`) is for maintainers, never tests or CI.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const release = JSON.parse(readFileSync(join('data', 'release.json'), 'utf8'));
const schemaVersion = JSON.parse(
  readFileSync(join('dist', 'data', 'vae.json'), 'utf8'),
).schemaVersion;

const major = Number(release.version.split('.')[0]);
if (!/^\d+\.\d+\.\d+$/.test(release.version) || major !== schemaVersion) {
  console.error(
    `data/release.json: version ${JSON.stringify(release.version)} must be ${schemaVersion}.<minor>.<patch> ` +
      `(its major is the dataset's schemaVersion ${schemaVersion}); fix it, or run npm run release:data.`,
  );
  process.exit(1);
}

const pkg = {
  name: release.package,
  version: release.version,
  description:
    'Data of the Ville amie des enfants network (UNICEF France): members, partners, news, map geometry, communes, static badges. Read by vae-widgets.',
  license: 'etalab-2.0', // the data's licence (Licence Ouverte 2.0): docs/data.md, "Open data"
  repository: root.repository,
  homepage: root.homepage,
  keywords: ['unicef', 'ville-amie-des-enfants', 'open-data', 'json'],
  // Plain files: no code, nothing to run on install.
  files: ['*.json', '*.csv', '*.atom', 'members/', 'communes/', 'badges/', 'README.md'],
};
writeFileSync(join('dist', 'data', 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync(
  join('dist', 'data', 'README.md'),
  `# ${pkg.name} ${pkg.version}\n\n${pkg.description}\n\n` +
    'Which file each element reads, the schemas and how a data release is made: ' +
    'docs/data.md in the vae-widgets repository.\n',
);
console.log(`data package: dist/data/package.json (${pkg.name}@${pkg.version})`);
