// The news (data/news/, one JSON file per item: its name is the item's id) and
// the partners (data/partners.json), checked like the member lists: every
// problem of every file at once, at the line of the field at fault.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lineOf, readJsonSource } from './json-lines.mjs';
import { newsSourceSchema, partnersSourceSchema } from './source-schemas.mjs';
import { compileSchema, schemaProblems } from './validate.mjs';

const validateNews = compileSchema(newsSourceSchema);
const validatePartners = compileSchema(partnersSourceSchema);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ARTICLE_HINT =
  'give the article the French name takes after "de": "le", "la", "l\'", "les" or "" for none ("d\'ATD Quart Monde")';

/**
 * @param {string} dir data/news
 * @param {string} root to show paths relative to it
 * @param {(problem: object) => void} add
 * @returns {object[]} the published items (NewsItem), newest first; same day: file name, Z to A
 */
export function readNews(dir, root, add) {
  if (!existsSync(dir)) return [];
  const items = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const shown = relative(root, join(dir, name));
    const id = name.replace(/\.json$/, '');
    if (!SLUG.test(id)) {
      add({
        where: shown,
        message:
          'the file name is the item\'s id: lower-case letters, digits and hyphens, e.g. "2026-04-02-forum-des-enfants.json"',
      });
      continue;
    }
    const file = readJsonSource(join(dir, name), shown, add);
    if (!file) continue;
    if (!validateNews(file.data)) {
      for (const p of schemaProblems(validateNews.errors, { shown, data: file.data }, file.lines))
        add(p);
      continue;
    }
    if (!id.startsWith(file.data.date))
      add({
        where: `${shown}:${lineOf(file.lines, '/date')}`,
        message: `the file name starts with the item's "date" (${file.data.date})`,
      });
    const { title, places, date, tags, summary } = file.data; // link and checked stay in the sources
    items.push({ id, title, places, date, tags, summary });
  }
  return items.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
}

/** @returns {object[]} the partners as published, or [] when the file cannot be read */
export function readPartners(path, root, add) {
  const shown = relative(root, path);
  const file = readJsonSource(path, shown, add);
  if (!file) return [];
  const seen = new Map();
  (Array.isArray(file.data) ? file.data : []).forEach((partner, i) => {
    if (typeof partner?.id !== 'string') return;
    if (seen.has(partner.id))
      add({
        where: `${shown}:${lineOf(file.lines, `/${i}/id`)}`,
        message: `field "${i}.id": "${partner.id}" is already the id of the partner at line ${seen.get(partner.id)}; ids are unique`,
      });
    else seen.set(partner.id, lineOf(file.lines, `/${i}/id`));
  });
  if (!validatePartners(file.data)) {
    for (const p of schemaProblems(validatePartners.errors, { shown, data: file.data }, file.lines))
      add(p.pointer.endsWith('/article') ? { ...p, message: `${p.message}: ${ARTICLE_HINT}` } : p);
    return [];
  }
  return file.data;
}
