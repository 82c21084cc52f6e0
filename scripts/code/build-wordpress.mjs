// The WordPress plugin: copies the built element bundles, their hashes and the data from
// dist/ into wordpress/vae-widgets/assets/ (the plugin serves its own copy), generates the
// blocks from custom-elements.json (wordpress-blocks.mjs) and the translations, then zips
// the plugin folder into dist/wordpress/vae-widgets.zip, the file a site owner uploads.
// Usage: node scripts/code/build-wordpress.mjs [--dist=dist]
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { keysTrustedBy } from '../lib/sign-data.mjs';
import { stringUnions, writeBlocks } from './wordpress-blocks.mjs';
import { writeTranslations } from './wordpress-translations.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PLUGIN_DIR = join(ROOT, 'wordpress', 'vae-widgets');

/** What the plugin needs from dist/: the element files and their chunks, the hashes, the data. */
function copyAssets(dist, assets) {
  rmSync(assets, { recursive: true, force: true });
  // A lone badge reads its member's own file (data/members/<code>.json) beside the code.
  const keep = (path) => !path.endsWith('.map') && !path.split(sep).includes('badges');
  cpSync(join(dist, 'elements'), join(assets, 'elements'), { recursive: true, filter: keep });
  // Static badges are for pages without JavaScript; the plugin always prints the element.
  cpSync(join(dist, 'data'), join(assets, 'data'), { recursive: true, filter: keep });
  cpSync(join(dist, 'sri.json'), join(assets, 'sri.json'));
  // The keys the plugin's code trusts, for its server-side refresh (includes/live-data.php).
  writeFileSync(
    join(assets, 'trusted-keys.json'),
    JSON.stringify(keysTrustedBy(join(assets, 'elements'))),
  );
}

/** Says what a translator still has to do (the test fails on it; the build goes on). */
function reportTranslations({ report }) {
  for (const [locale, { untranslated, unused }] of Object.entries(report)) {
    for (const s of untranslated)
      console.warn(`wordpress: ${locale}: "${s.msgid}" (${s.reference}) has no translation yet`);
    for (const [context, msgid] of unused)
      console.warn(
        `wordpress: ${locale}: "${msgid}"${context ? ` (${context})` : ''} is no longer used`,
      );
  }
}

/** Every file under `dir`, as zip paths below `prefix/`, sorted (a stable archive). */
function filesOf(dir, prefix) {
  const out = [];
  const walk = (current) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push([posix.join(prefix, relative(dir, path).split(sep).join('/')), path]);
    }
  };
  walk(dir);
  return out;
}

export function buildWordPressPlugin(dist = join(ROOT, 'dist')) {
  copyAssets(dist, join(PLUGIN_DIR, 'assets'));
  const manifestFile = join(ROOT, 'custom-elements.json');
  if (!existsSync(manifestFile))
    throw new Error(
      'wordpress: custom-elements.json is missing: the blocks are made from it (npm run build)',
    );
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  // What the blocks still lack (the test fails on it; the build goes on).
  for (const problem of writeBlocks(PLUGIN_DIR, manifest, stringUnions(join(ROOT, 'src'))).problems)
    console.warn(`wordpress: ${problem}`);
  reportTranslations(writeTranslations(PLUGIN_DIR));
  // A fixed date: the same sources give the same zip.
  const mtime = new Date(Number(process.env.SOURCE_DATE_EPOCH ?? 1767225600) * 1000);
  const entries = {};
  for (const [zipPath, path] of filesOf(PLUGIN_DIR, 'vae-widgets')) {
    entries[zipPath] = [readFileSync(path), { mtime }];
  }
  entries['vae-widgets/LICENSE'] = [readFileSync(join(ROOT, 'LICENSE')), { mtime }];
  const out = join(dist, 'wordpress', 'vae-widgets.zip');
  mkdirSync(join(dist, 'wordpress'), { recursive: true });
  writeFileSync(out, zipSync(entries, { level: 9 }));
  return { zip: out, files: Object.keys(entries) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { dist } = parseArgs({ options: { dist: { type: 'string' } } }).values;
  const { zip, files } = buildWordPressPlugin(dist);
  console.log(
    `wordpress: ${relative(ROOT, zip)} (${files.length} files, ${Math.round(statSync(zip).size / 1024)} KB)`,
  );
}
