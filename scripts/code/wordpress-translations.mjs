// The WordPress plugin's translations. The sources are the truth: every string the plugin
// passes to WordPress's i18n functions (PHP `__()`, `esc_html__()`, …; `wp.i18n.__()` in
// the editor script), the block.json titles, descriptions and keywords, and the plugin
// header's name and description. The committed `languages/vae-widgets-<locale>.po` holds
// their translations; the build writes from it, into languages/:
//   vae-widgets.pot                           the template (for translators)
//   vae-widgets-<locale>.mo                   what load_plugin_textdomain() reads (PHP, block.json)
//   vae-widgets-<locale>-<md5(script)>.json   what wp_set_script_translations() reads (Jed 1.x),
//                                             one per script, with that script's strings only
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { mo, po } from 'gettext-parser';

const TEXT_DOMAIN = 'vae-widgets';
const LANGUAGES = 'languages';
/** Folders of the plugin that hold no source strings (built copies, the output). */
const SKIPPED = new Set(['assets', LANGUAGES]);

// The functions and where their arguments are: [msgid, plural?, context?, domain].
const FUNCTIONS = {
  __: { domain: 1 },
  _e: { domain: 1 },
  esc_html__: { domain: 1 },
  esc_html_e: { domain: 1 },
  esc_attr__: { domain: 1 },
  esc_attr_e: { domain: 1 },
  _x: { context: 1, domain: 2 },
  _ex: { context: 1, domain: 2 },
  esc_html_x: { context: 1, domain: 2 },
  esc_attr_x: { context: 1, domain: 2 },
  _n: { plural: 1, domain: 3 },
  _nx: { plural: 1, context: 3, domain: 4 },
};
// block.json fields WordPress translates, with the context it uses (get_block_metadata_i18n_schema).
const BLOCK_FIELDS = {
  title: 'block title',
  description: 'block description',
  keywords: 'block keyword',
};
const HEADER_FIELDS = ['Plugin Name', 'Description'];

const STRING = String.raw`'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"`;
const CALL = new RegExp(String.raw`(?<![\w$>:])(${Object.keys(FUNCTIONS).join('|')})\s*\(`, 'g');
const ARGUMENT = new RegExp(String.raw`^\s*(${STRING}|[^,()]+(?:\([^()]*\))?)\s*([,)])`);

/** A quoted PHP or JavaScript string's value (the escapes both languages share: \\' \\" \\\\). */
const unquote = (literal) => literal.slice(1, -1).replace(/\\(['"\\])/g, '$1');

/** The literal arguments of the call whose `(` ends at `start`; a non-literal is null. */
function callArguments(code, start) {
  const args = [];
  let rest = code.slice(start);
  for (;;) {
    const match = ARGUMENT.exec(rest);
    if (!match) return args;
    const text = match[1].trim();
    args.push(/^['"]/.test(text) ? text : null);
    rest = rest.slice(match[0].length);
    if (match[2] === ')') return args;
  }
}

const lineOf = (code, index) => code.slice(0, index).split('\n').length;

/**
 * Every translatable string of one source file: {msgctxt, msgid, msgid_plural, reference, file}.
 * A call of ours with a domain other than TEXT_DOMAIN, or a msgid that is not a literal,
 * is reported in `problems` (gettext can only find literals).
 */
export function stringsOfSource(file, code) {
  const strings = [];
  const problems = [];
  for (const match of code.matchAll(CALL)) {
    const spec = FUNCTIONS[match[1]];
    const args = callArguments(code, match.index + match[0].length);
    const where = `${file}:${lineOf(code, match.index)}`;
    const domain = args[spec.domain];
    if (args.length === 0) continue; // A definition or a reference, not a call with a string.
    if (!domain || unquote(domain) !== TEXT_DOMAIN) {
      problems.push(`${where}: ${match[1]}() without the text domain '${TEXT_DOMAIN}'`);
      continue;
    }
    const literal = (index) => (args[index] ? unquote(args[index]) : undefined);
    if (!args[0] || (spec.context !== undefined && !args[spec.context])) {
      problems.push(`${where}: ${match[1]}() needs literal strings (gettext reads the source)`);
      continue;
    }
    strings.push({
      msgctxt: spec.context === undefined ? undefined : literal(spec.context),
      msgid: literal(0),
      msgid_plural: spec.plural === undefined ? undefined : literal(spec.plural),
      file,
      reference: where,
    });
  }
  return { strings, problems };
}

/** A block.json's translatable fields. */
function stringsOfBlock(file, json) {
  const block = JSON.parse(json);
  return Object.entries(BLOCK_FIELDS).flatMap(([field, msgctxt]) =>
    [block[field] ?? []].flat().map((msgid) => ({ msgctxt, msgid, file, reference: file })),
  );
}

/** The main file's header fields that WordPress translates. */
function stringsOfHeader(file, code) {
  return HEADER_FIELDS.flatMap((field) => {
    const match = new RegExp(String.raw`^[ \t/*#@]*${field}:(.*)$`, 'm').exec(code);
    return match ? [{ msgid: match[1].trim(), file, reference: file }] : [];
  });
}

/** Every source file of the plugin, relative to it, with `/` separators. */
function sourceFiles(pluginDir) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!(dir === pluginDir && SKIPPED.has(name))) walk(path);
      } else if (/\.(php|js|json)$/.test(name))
        out.push(relative(pluginDir, path).split(sep).join('/'));
    }
  };
  walk(pluginDir);
  return out;
}

/** Every translatable string of the plugin, and the calls that cannot be translated. */
export function extractStrings(pluginDir) {
  const strings = [];
  const problems = [];
  for (const file of sourceFiles(pluginDir)) {
    const code = readFileSync(join(pluginDir, file), 'utf8');
    if (file.endsWith('block.json')) strings.push(...stringsOfBlock(file, code));
    else if (file.endsWith('.json')) continue;
    else {
      const found = stringsOfSource(file, code);
      strings.push(...found.strings);
      problems.push(...found.problems);
      if (file === `${TEXT_DOMAIN}.php`) strings.push(...stringsOfHeader(file, code));
    }
  }
  return { strings, problems };
}

const keyOf = ({ msgctxt, msgid }) => `${msgctxt ?? ''}\u0004${msgid}`;

/** The committed translation of `locale`, parsed: {headers, translations[ctx][id]}. */
export function readPo(pluginDir, locale) {
  const file = join(pluginDir, LANGUAGES, `${TEXT_DOMAIN}-${locale}.po`);
  return { file, catalog: po.parse(readFileSync(file)) };
}

/** The catalog's entries as a Map(key → entry), the header entry left out. */
function poEntries(catalog) {
  const entries = new Map();
  for (const [msgctxt, byId] of Object.entries(catalog.translations))
    for (const [msgid, entry] of Object.entries(byId))
      if (msgid !== '') entries.set(keyOf({ msgctxt: msgctxt || undefined, msgid }), entry);
  return entries;
}

/** What the .po lacks (a source string without a translation) and what it has too much. */
export function compareWithSources(strings, catalog) {
  const entries = poEntries(catalog);
  const wanted = new Map(strings.map((s) => [keyOf(s), s]));
  const untranslated = [...wanted.values()].filter(
    (s) => !entries.get(keyOf(s))?.msgstr?.every((text) => text.trim() !== ''),
  );
  const unused = [...entries.keys()].filter((key) => !wanted.has(key));
  return { untranslated, unused: unused.map((key) => key.split('\u0004')) };
}

/** The template: every source string with its references. */
function template(strings) {
  const translations = {
    '': { '': { msgid: '', msgstr: [`Content-Type: text/plain; charset=UTF-8\n`] } },
  };
  for (const s of strings) {
    const context = (translations[s.msgctxt ?? ''] ??= {});
    const entry = (context[s.msgid] ??= {
      msgctxt: s.msgctxt,
      msgid: s.msgid,
      msgid_plural: s.msgid_plural,
      msgstr: s.msgid_plural ? ['', ''] : [''],
      comments: { reference: '' },
    });
    entry.comments.reference = [entry.comments.reference, s.reference].filter(Boolean).join('\n');
  }
  return {
    charset: 'utf-8',
    headers: { 'Content-Type': 'text/plain; charset=UTF-8' },
    translations,
  };
}

/** Jed 1.x locale data for the strings of one script, as wp-cli's `i18n make-json` writes it. */
function jedFor(strings, catalog, locale) {
  const entries = poEntries(catalog);
  const messages = {
    '': {
      domain: 'messages',
      lang: locale,
      'plural-forms': catalog.headers['Plural-Forms'] ?? 'nplurals=2; plural=(n > 1);',
    },
  };
  for (const s of strings) {
    const entry = entries.get(keyOf(s));
    if (!entry) continue;
    messages[s.msgctxt ? `${s.msgctxt}\u0004${s.msgid}` : s.msgid] = entry.msgstr;
  }
  return {
    'translation-revision-date': catalog.headers['PO-Revision-Date'] ?? '',
    generator: 'vae-widgets scripts/code/wordpress-translations.mjs',
    domain: 'messages',
    locale_data: { messages },
  };
}

/** The name WordPress looks for: `<domain>-<locale>-<md5 of the script's path in the plugin>.json`. */
export const scriptTranslationFile = (locale, script) =>
  `${TEXT_DOMAIN}-${locale}-${createHash('md5').update(script).digest('hex')}.json`;

/** The locales with a committed .po. */
function locales(pluginDir) {
  const pattern = new RegExp(`^${TEXT_DOMAIN}-(.+)\\.po$`);
  return readdirSync(join(pluginDir, LANGUAGES))
    .map((name) => pattern.exec(name)?.[1])
    .filter(Boolean);
}

/**
 * Writes the template, and for each locale the .mo and the scripts' JSON, into languages/.
 * Returns the files written and what a translator still has to do (untranslated, unused).
 */
export function writeTranslations(pluginDir) {
  const { strings, problems } = extractStrings(pluginDir);
  if (problems.length) throw new Error(`wordpress: untranslatable calls:\n${problems.join('\n')}`);
  const out = join(pluginDir, LANGUAGES);
  const written = [`${TEXT_DOMAIN}.pot`];
  writeFileSync(join(out, written[0]), po.compile(template(strings)));
  const report = {};
  for (const locale of locales(pluginDir)) {
    const { catalog } = readPo(pluginDir, locale);
    report[locale] = compareWithSources(strings, catalog);
    const moFile = `${TEXT_DOMAIN}-${locale}.mo`;
    writeFileSync(join(out, moFile), mo.compile(catalog));
    written.push(moFile);
    const scripts = [...new Set(strings.map((s) => s.file).filter((f) => f.endsWith('.js')))];
    for (const script of scripts) {
      const name = scriptTranslationFile(locale, script);
      const own = strings.filter((s) => s.file === script);
      writeFileSync(join(out, name), JSON.stringify(jedFor(own, catalog, locale)));
      written.push(name);
    }
  }
  return { written, report };
}
