// `npm run build`'s open-data step, after the static badges and the data
// package: writes into dist/data the CSV and its Table Schema, the feed of
// changes, the PNG badges beside the SVGs, and last datapackage.json (which
// lists, sizes and hashes the files written before it). docs/data.md, "Open data".
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeMembersCsv } from './build-csv.mjs';
import { writeChangesFeed, RELEASES_FILE } from './changes-feed.mjs';
import { dataPackageDescriptor, DESCRIPTOR_FILE } from './datapackage.mjs';
import { writePngBadges } from './png-badges.mjs';

const dir = join('dist', 'data');
const dataset = JSON.parse(readFileSync(join(dir, 'vae.json'), 'utf8'));
const release = JSON.parse(readFileSync(join('data', 'release.json'), 'utf8'));

const rows = writeMembersCsv(dataset, dir);
let entries;
try {
  entries = writeChangesFeed({
    dataset,
    packageName: release.package,
    releasesFile: RELEASES_FILE,
    dir,
  });
} catch (error) {
  console.error(`open data: ${error.message}`); // a maintainer's mistake: no stack trace
  process.exit(1);
}

const started = performance.now();
const cpuBefore = process.cpuUsage(); // all threads: the machine may be shared, wall time says little
const png = await writePngBadges(join(dir, 'badges'));
const cpuMs = ({ user, system }) => (user + system) / 1000;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(
  `open data: ${png.files} PNG badges (1×: ${kb(png.bytes[1])}, 2×: ${kb(png.bytes[2])}) in ${Math.round(performance.now() - started)} ms (CPU ${Math.round(cpuMs(process.cpuUsage(cpuBefore)))} ms)`,
);

const files = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => ({ file: entry.name, content: readFileSync(join(dir, entry.name)) }));
const descriptor = dataPackageDescriptor(dataset, release, files);
writeFileSync(join(dir, DESCRIPTOR_FILE), `${JSON.stringify(descriptor, null, 2)}\n`);
console.log(
  `open data: vae-members.csv (${rows} rows), changes.atom (${entries} releases), ${DESCRIPTOR_FILE} (${descriptor.resources.length} resources)`,
);
