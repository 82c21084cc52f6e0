// Writes the static badges for every member, from the same look as the element
// (src/domain/): dist/data/badges/<code>.svg (fr), dist/data/badges/en/<code>.svg, and
// dist/data/badges/<code>.json (shields.io endpoint). They state data, so they
// ship in the data package (vae-widgets-data), as fresh as the data. Which title shows, and whether
// it has ended, is decided by src/domain/titles.ts on the build date (or --now):
// rebuild when a mandate starts or ends. A candidate gets no static badge.
// Usage: node scripts/data/build-badges.mjs [--now=YYYY-MM-DD] [--data=dist/data] [--out=<data>/badges]
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importTs } from '../lib/import-ts.mjs';

const { values: args } = parseArgs({
  options: { now: { type: 'string' }, data: { type: 'string' }, out: { type: 'string' } },
});
const now = args.now ? new Date(`${args.now}T12:00:00`) : new Date();
const data = args.data ?? join('dist', 'data');
const out = args.out ?? join(data, 'badges');

const look = await importTs('src/domain/badge-look.ts');
const titles = await importTs('src/domain/titles.ts');
const { badgeSvg, shieldsEndpoint } = await importTs('src/domain/badge-svg.ts');
const dataset = JSON.parse(await readFile(join(data, 'vae.json'), 'utf8'));

await rm(out, { recursive: true, force: true });
await mkdir(join(out, 'en'), { recursive: true });

let written = 0;
for (const member of dataset.members) {
  const { held: title, ended } = titles.standingOn(member, now);
  if (!title) continue;
  const kind = ended ? 'ended' : 'current';
  const fr = look.badgeWording(member, title, 'fr', kind);
  const en = look.badgeWording(member, title, 'en', kind);
  await Promise.all([
    writeFile(join(out, `${member.code}.svg`), badgeSvg(fr)),
    writeFile(join(out, 'en', `${member.code}.svg`), badgeSvg(en)),
    writeFile(join(out, `${member.code}.json`), `${JSON.stringify(shieldsEndpoint(fr))}\n`),
  ]);
  written += 1;
}
console.log(`build-badges: ${written} members → ${out}/ (fr, en, json)`);
