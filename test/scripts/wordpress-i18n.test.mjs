// The WordPress plugin in French (issue 21): every string goes through WordPress's i18n
// functions with the plugin's text domain, the committed fr_FR .po translates all of them,
// the build turns it into what WordPress reads (.mo for PHP and block.json, the editor
// script's Jed JSON under the name wp_set_script_translations looks for), and readme.txt
// follows the directory's documented format with versions that match what is tested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { mo, po } from 'gettext-parser';
import {
  compareWithSources,
  extractStrings,
  readPo,
  scriptTranslationFile,
  stringsOfSource,
} from '../../scripts/code/wordpress-translations.mjs';
import { parseReadme, readmeProblems } from '../wordpress/readme-txt.mjs';
import { WORDPRESS } from '../wordpress/site.mjs';
import { ROOT } from './helpers.mjs';

const PLUGIN = join(ROOT, 'wordpress', 'vae-widgets');
const ZIP = join(ROOT, 'dist', 'wordpress', 'vae-widgets.zip');
const readme = parseReadme(readFileSync(join(PLUGIN, 'readme.txt'), 'utf8'));
const mainFile = readFileSync(join(PLUGIN, 'vae-widgets.php'), 'utf8');
const pluginHeader = (field) => new RegExp(`^ \\* ${field}:\\s*(.+)$`, 'm').exec(mainFile)?.[1];

test('every i18n call names the text domain vae-widgets, with literal strings', () => {
  const { strings, problems } = extractStrings(PLUGIN);
  assert.deepEqual(problems, []);
  assert.ok(strings.length > 60, `${strings.length} strings`);
  for (const file of [
    'blocks/editor.js',
    'includes/settings.php',
    'includes/catalogue.php',
    'blocks/city-badge/block.json',
  ])
    assert.ok(
      strings.some((s) => s.file === file),
      file,
    );
  // The extractor sees what gettext would not translate.
  const planted = stringsOfSource(
    'x.php',
    "__( 'Data' ); esc_html__( 'Map', 'other' ); __( $x, 'vae-widgets' );",
  );
  assert.equal(planted.problems.length, 3, planted.problems.join('\n'));
});

test('the fr_FR translation covers every source string and nothing else', () => {
  const { strings } = extractStrings(PLUGIN);
  const { file, catalog } = readPo(PLUGIN, 'fr_FR');
  const { untranslated, unused } = compareWithSources(strings, catalog);
  const add = untranslated.map(
    (s) => `${s.reference}: ${s.msgctxt ? `msgctxt "${s.msgctxt}" ` : ''}msgid "${s.msgid}"`,
  );
  assert.deepEqual(add, [], `add to ${file}`);
  assert.deepEqual(unused, [], `remove from ${file}`);
  assert.equal(catalog.headers.Language, 'fr_FR');
  assert.match(catalog.headers['Plural-Forms'], /plural=\(n > 1\)/);
});

test('the zip carries the .mo and the editor script’s JSON, both from the .po', () => {
  assert.ok(existsSync(ZIP), `${ZIP} is missing: run npm run build first`);
  const files = unzipSync(readFileSync(ZIP));
  const { catalog } = readPo(PLUGIN, 'fr_FR');
  const compiled = files['vae-widgets/languages/vae-widgets-fr_FR.mo'];
  assert.ok(compiled, 'no .mo in the zip');
  const parsed = mo.parse(Buffer.from(compiled));
  assert.equal(
    parsed.translations['block title']['Ville amie des enfants badge'].msgstr[0],
    'Badge Ville amie des enfants',
  );
  assert.equal(
    parsed.translations['']['Data source'].msgstr[0],
    catalog.translations['']['Data source'].msgstr[0],
  );
  // WordPress looks for <domain>-<locale>-<md5 of the script's path in the plugin>.json.
  const name = scriptTranslationFile('fr_FR', 'blocks/editor.js');
  assert.equal(name, 'vae-widgets-fr_FR-c43b2e187c28d5db68c620c5adeddafb.json');
  const jed = JSON.parse(Buffer.from(files[`vae-widgets/languages/${name}`]).toString('utf8'));
  const messages = jed.locale_data.messages;
  assert.equal(messages[''].lang, 'fr_FR');
  assert.deepEqual(messages.Settings, ['Réglages']);
  assert.equal(messages['Data source'], undefined, 'a PHP string does not go to the script');
  // The attribute labels are PHP strings (includes/catalogue.php, generated): the .mo has them.
  assert.equal(messages.Variant, undefined);
  assert.equal(parsed.translations[''].Variant.msgstr[0], 'Variante');
  assert.ok(po.parse(Buffer.from(files['vae-widgets/languages/vae-widgets.pot'])), 'the template');
});

test('readme.txt follows the readme standard', () => {
  assert.deepEqual(readmeProblems(readme), []);
  assert.equal(readme.name, pluginHeader('Plugin Name'));
  // Shown once to fail: a short description over 150 characters, an unknown section.
  const planted = parseReadme(
    `=== X ===\nRequires at least: 6.1\nTested up to: 6.1\nStable tag: 1.0\nLicense: MIT\n\n${'a'.repeat(151)}\n\n== Descrption ==\nText\n`,
  );
  assert.equal(readmeProblems(planted).length, 3, readmeProblems(planted).join('\n'));
});

test('readme.txt is French', () => {
  const text = `${readme.shortDescription}\n${readme.sections.Description}`;
  assert.doesNotMatch(text, /\b(the|and|of|with)\b/);
  assert.ok((text.match(/\b(le|la|les|des|du|et|une?)\b/g) ?? []).length > 20);
});

test('its versions are what the suite runs and what the blocks need', () => {
  const { headers } = readme;
  assert.equal(headers['Stable tag'], pluginHeader('Version'));
  assert.equal(headers['Requires at least'], pluginHeader('Requires at least'));
  assert.equal(headers['Requires PHP'], pluginHeader('Requires PHP'));
  // block.json apiVersion 2 came with WordPress 5.6, 3 with 6.3 (block editor handbook).
  const since = { 1: [5, 0], 2: [5, 6], 3: [6, 3] };
  const [major, minor] = headers['Requires at least'].split('.').map(Number);
  for (const name of [
    'city-badge',
    'city-search',
    'partner-list',
    'member-count',
    'news-list',
    'city-map',
  ]) {
    const { apiVersion } = JSON.parse(
      readFileSync(join(PLUGIN, 'blocks', name, 'block.json'), 'utf8'),
    );
    const [needMajor, needMinor] = since[apiVersion];
    assert.ok(
      major > needMajor || (major === needMajor && minor >= needMinor),
      `${name}: apiVersion ${apiVersion} needs WordPress ${needMajor}.${needMinor}`,
    );
  }
});

const versionFile = join(WORDPRESS, 'wp-includes', 'version.php');
test(
  '"Tested up to" is the WordPress the suite runs',
  { skip: !existsSync(versionFile) && 'Debian’s wordpress is not installed' },
  () => {
    const version = /\$wp_version = '([^']+)'/.exec(readFileSync(versionFile, 'utf8'))[1];
    assert.equal(readme.headers['Tested up to'], version.split('.').slice(0, 2).join('.'), version);
  },
);
