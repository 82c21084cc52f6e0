// Reads the member list and the news items out of the programme page text
// (data/sources/000_a1bb91902d6e3713.txt), keeping the seed wording verbatim.

const LIST_START = 'Voici la liste des villes du réseau Ville amie des enfants';
const LIST_END = 'En intégrant le réseau Ville amie des enfants';
const NEWS_START = 'Lire aussi';
const NEWS_END = 'Voir plus';

/** The tags the programme page uses; tag lines are split with this list. */
export const KNOWN_TAGS = [
  'Accompagnement',
  'Actualités',
  'Outils méthodologique',
  'Événements',
  "Evaluation / Mesure d'impact",
  'Consultation nationale des 6/18 ans',
  'Bonne pratique',
];

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const FRENCH_DATE =
  /^(\d{1,2}|1er) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) (\d{4})$/;

function section(text, start, end) {
  const a = text.indexOf(start);
  if (a < 0) throw new Error(`Source text: cannot find ${JSON.stringify(start)}`);
  const b = text.indexOf(end, a + start.length);
  if (b < 0)
    throw new Error(
      `Source text: cannot find ${JSON.stringify(end)} after ${JSON.stringify(start)}`,
    );
  return text.slice(a, b).split(/\r?\n/).slice(1);
}

/**
 * The member entries: the text after "• " of every bullet line of the list,
 * verbatim (e.g. "Grand Auch Cœur de Gascogne  (32)"). Fails on any other
 * non-empty line inside the list, so no line is skipped silently.
 */
export function parseMemberLines(text) {
  const out = [];
  for (const raw of section(text, LIST_START, LIST_END)) {
    if (raw.trim() === '') continue;
    const m = /^\s*•\s(.*)$/u.exec(raw);
    if (!m) throw new Error(`Member list: unexpected line ${JSON.stringify(raw)}`);
    out.push(m[1]);
  }
  return out;
}

/** "20 janvier 2025" → "2025-01-20". */
export function frenchDateToIso(s) {
  const m = FRENCH_DATE.exec(s.trim());
  if (!m) throw new Error(`Not a French date: ${JSON.stringify(s)}`);
  const day = m[1] === '1er' ? 1 : Number(m[1]);
  const month = MONTHS.indexOf(m[2]) + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits a tag line ("Accompagnement Actualités Outils méthodologique") with KNOWN_TAGS. */
export function splitTags(line, known = KNOWN_TAGS) {
  const tags = [];
  let rest = line.trim();
  const byLength = [...known].sort((a, b) => b.length - a.length);
  while (rest.length > 0) {
    const tag = byLength.find((t) => rest === t || rest.startsWith(`${t} `));
    if (!tag)
      throw new Error(`Unknown tag at ${JSON.stringify(rest)} in tag line ${JSON.stringify(line)}`);
    tags.push(tag);
    rest = rest.slice(tag.length).trim();
  }
  return tags;
}

export function slugify(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The "Lire aussi" items: title (printed twice on the page for most items,
 * kept once), summary, optional "Places | date" line or bare date, tag line.
 * Returned in page order.
 */
export function parseNews(text) {
  const lines = section(text, NEWS_START, NEWS_END)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const items = [];
  let i = 0;
  while (i < lines.length) {
    const title = lines[i++];
    if (lines[i] === title) i++;
    const summary = lines[i++];
    const when = lines[i++];
    const tagLine = lines[i++];
    if (summary === undefined || when === undefined || tagLine === undefined) {
      throw new Error(`News item ${JSON.stringify(title)} is incomplete`);
    }
    let places = [];
    let dateText = when;
    const pipe = when.lastIndexOf(' | ');
    if (pipe >= 0) {
      places = when
        .slice(0, pipe)
        .split(' - ')
        .map((p) => p.trim())
        .filter(Boolean);
      dateText = when.slice(pipe + 3);
    }
    const date = frenchDateToIso(dateText);
    const slug = slugify(title).split('-').slice(0, 6).join('-');
    items.push({ id: `${date}-${slug}`, title, places, date, tags: splitTags(tagLine), summary });
  }
  return items;
}
