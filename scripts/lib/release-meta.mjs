// What every data file's `meta` states about its release: the data package's
// version and the build date, read from the dataset built first (vae.json),
// so every file of one build says the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function releaseMeta(dataDir = join('dist', 'data')) {
  const { dataVersion, buildDate } = JSON.parse(
    readFileSync(join(dataDir, 'vae.json'), 'utf8'),
  ).meta;
  return { dataVersion, buildDate };
}
