// After the site build: the files the site offers for download, copied from the build into
// dist/site/telechargements/ (the WordPress guide links the plugin there), so the site is
// whole on any static host. Usage: node scripts/site/copy-downloads.mjs [--dist=dist]
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOWNLOADS = 'telechargements';

/** [from (in dist/), to (in dist/site/telechargements/)]. */
const FILES = [['wordpress/vae-widgets.zip', 'vae-widgets.zip']];

export function copyDownloads(dist = join(ROOT, 'dist')) {
  const out = join(dist, 'site', DOWNLOADS);
  mkdirSync(out, { recursive: true });
  return FILES.map(([from, to]) => {
    const source = join(dist, from);
    if (!existsSync(source))
      throw new Error(
        `${relative(ROOT, source)} is missing: the WordPress step runs before this one`,
      );
    copyFileSync(source, join(out, to));
    return join(out, to);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const distArg = process.argv.find((arg) => arg.startsWith('--dist='));
  for (const file of copyDownloads(distArg ? distArg.slice(7) : undefined))
    console.log(`downloads: ${relative(ROOT, file)}`);
}
