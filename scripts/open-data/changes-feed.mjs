// The feed of changes (changes.atom in the data package): one Atom entry per
// data release, in French, made from data:diff's reader's view
// (scripts/lib/dataset-diff.mjs): members added, removed, renamed, moved, and
// titles whose status changed. The releases are kept in the repository
// (data/released/changes.json, appended by `npm run release:data`); the feed
// is rebuilt from them at every build, by the `feed` library.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Feed } from 'feed';
import { importTs } from '../lib/import-ts.mjs';
import { FEED_FILE } from './datapackage.mjs';

/** The committed list of releases, oldest first, relative to the repository. */
export const RELEASES_FILE = join('data', 'released', 'changes.json');

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const codeOf = (id) => id.replace(/^(commune|epci)-/, '');

// The library's own rules, once, in src/ (relative to this file: release:data runs from any folder).
const fromSrc = (file) => importTs(fileURLToPath(new URL(`../../src/${file}`, import.meta.url)));
const { badgeLink } = await fromSrc('domain/badge-link.ts');
const { safeHttpsUrl } = await fromSrc('domain/safe-url.ts');

/** Where a member's name links: the badge's own rule (its page on the site, else the programme page). */
const memberPage = (meta, code) =>
  badgeLink({ code, lang: 'fr', dataSite: meta.site, programmeUrl: meta.programme.url });

/** What one release changed, as stored in RELEASES_FILE (the diff, without counts). */
function releaseEntry({ version, date, diff }) {
  const { added, removed, renamed, moved } = diff.members;
  // An added (removed) member's title appearing (disappearing) is the addition itself.
  const listed = new Set([...added, ...removed].map((m) => m.id));
  const statuses = diff.mandates.flatMap((m) =>
    m.changes
      .filter((c) => !(listed.has(c.id) && (c.from === null || c.to === null)))
      .map((change) => ({ mandate: m.id, ...change })),
  );
  return { version, date: date.toISOString(), added, removed, renamed, moved, statuses };
}

const plural = (n, one, many) => `${n} ${n > 1 ? many : one}`;

/** The entry's title: the version and what changed, counted. */
function entryTitle(entry) {
  const parts = [
    entry.added.length && plural(entry.added.length, 'membre ajouté', 'membres ajoutés'),
    entry.removed.length && plural(entry.removed.length, 'membre retiré', 'membres retirés'),
    entry.renamed.length && plural(entry.renamed.length, 'membre renommé', 'membres renommés'),
    entry.moved.length &&
      plural(entry.moved.length, 'changement de département', 'changements de département'),
    entry.statuses.length &&
      plural(entry.statuses.length, 'titre changé de statut', 'titres changés de statut'),
  ].filter(Boolean);
  return `Données ${entry.version} : ${parts.length ? parts.join(', ') : 'corrections, sans changement de la liste des membres'}`;
}

const STATUS = {
  null: 'absent de la liste',
  titled: 'titre accordé',
  candidate: 'candidature',
  withdrawn: 'titre retiré',
};

/** The entry's content (HTML): one list per kind of change, each member linked to its page. */
function entryContent(entry, meta) {
  const place = (m) => `${escapeHtml(m.name)} (${escapeHtml(m.department)})`;
  const linked = (m, text = place(m)) => {
    const href = memberPage(meta, codeOf(m.id));
    return href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
  };
  const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(entry.date),
  );
  const sections = [
    ['Membres ajoutés', entry.added, (m) => linked(m)],
    ['Membres retirés', entry.removed, (m) => place(m)],
    [
      'Membres renommés',
      entry.renamed,
      (m) => linked(m, `${escapeHtml(m.from)} → ${escapeHtml(m.to)} (${escapeHtml(m.department)})`),
    ],
    [
      'Changements de département',
      entry.moved,
      (m) => `${linked(m, escapeHtml(m.name))} : ${escapeHtml(m.from)} → ${escapeHtml(m.to)}`,
    ],
    [
      'Titres dont le statut a changé',
      entry.statuses,
      (c) => `${linked(c)}, mandat ${escapeHtml(c.mandate)} : ${STATUS[c.from]} → ${STATUS[c.to]}`,
    ],
  ];
  return [
    `<p>Version ${escapeHtml(entry.version)} des données, publiée le ${day}.</p>`,
    ...sections
      .filter(([, items]) => items.length)
      .map(
        ([heading, items, line]) =>
          `<h2>${heading}</h2><ul>${items.map((item) => `<li>${line(item)}</li>`).join('')}</ul>`,
      ),
  ].join('');
}

/** The Atom feed of every release (newest first), for the package `packageName`. */
function changesFeed({ releases, meta, packageName, major }) {
  const range = `https://cdn.jsdelivr.net/npm/${packageName}@${major}/`;
  const newest = releases.at(-1);
  const feed = new Feed({
    id: `${range}${FEED_FILE}`,
    title: `${meta.programme.name} : les changements des données`,
    description: `Chaque version du paquet ${packageName} : membres ajoutés, retirés, renommés, titres dont le statut a changé.`,
    link: safeHttpsUrl(meta.site) ?? meta.programme.url,
    feed: `${range}${FEED_FILE}`,
    language: 'fr',
    updated: new Date(newest?.date ?? meta.buildDate),
    author: { name: `${meta.programme.name} (UNICEF France)`, link: meta.programme.url },
    generator: false,
  });
  for (const entry of [...releases].reverse()) {
    const url = `https://cdn.jsdelivr.net/npm/${packageName}@${entry.version}/`;
    feed.addItem({
      id: url,
      link: url,
      title: escapeHtml(entryTitle(entry)),
      date: new Date(entry.date),
      content: entryContent(entry, meta),
    });
  }
  return feed.atom1();
}

/**
 * The releases recorded in `file` (none while it does not exist). A hand edit
 * that breaks it fails with the file, the line and how to fix it.
 */
function readReleases(file) {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const fix = 'it is written by npm run release:data: correct it, or restore it with git';
  let releases;
  try {
    releases = JSON.parse(text);
  } catch (error) {
    // Node 22 names the line, Node 20 a position or only the text around the fault.
    const line = /line (\d+)/.exec(error.message)?.[1];
    const position = /position (\d+)/.exec(error.message)?.[1];
    const where = line ?? (position && text.slice(0, Number(position)).split('\n').length);
    throw new Error(
      `${file}${where ? `:${where}` : ''}: not valid JSON (${error.message}); ${fix}.`,
    );
  }
  const bad = Array.isArray(releases)
    ? releases.findIndex((r) => typeof r?.version !== 'string' || Number.isNaN(Date.parse(r?.date)))
    : -1;
  if (!Array.isArray(releases) || bad >= 0)
    throw new Error(
      `${file}: ${Array.isArray(releases) ? `release #${bad + 1} has no version or no valid date` : 'not a list of releases'}; ${fix}.`,
    );
  return releases;
}

/** Writes `dir/changes.atom` from the releases in `releasesFile`; returns how many entries. */
export function writeChangesFeed({ dataset, packageName, releasesFile, dir }) {
  const releases = readReleases(releasesFile);
  const atom = changesFeed({
    releases,
    meta: dataset.meta,
    packageName,
    major: dataset.schemaVersion,
  });
  writeFileSync(join(dir, FEED_FILE), atom);
  return releases.length;
}

/**
 * Called by `npm run release:data` once the new version is known (`release`:
 * data/release.json's `package` with the new `version`): appends the release to
 * RELEASES_FILE and writes the feed into dist/data (the build that follows
 * writes it again, the same).
 */
export function recordRelease(root, release, diff, date = new Date()) {
  const releasesFile = join(root, RELEASES_FILE);
  const entry = releaseEntry({ version: release.version, date, diff });
  writeFileSync(
    releasesFile,
    `${JSON.stringify([...readReleases(releasesFile), entry], null, 2)}\n`,
  );
  const dataset = JSON.parse(readFileSync(join(root, 'dist', 'data', 'vae.json'), 'utf8'));
  writeChangesFeed({
    dataset,
    packageName: release.package,
    releasesFile,
    dir: join(root, 'dist', 'data'),
  });
}
