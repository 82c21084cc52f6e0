// The feed of changes: `npm run release:data` (on a copy of the repository,
// --no-build --root, as in release-data.test.mjs) appends one Atom entry per
// release to data/released/changes.json and dist/data/changes.atom, naming
// every member added, removed or renamed and every title whose status
// changed, each linked to its member's page. Parsed and validated with
// fast-xml-parser.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ROOT } from './helpers.mjs';
import { releaseCopy, releaseData } from './repo-copy.mjs';

const roots = [];
after(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const built = JSON.parse(readFileSync(join(ROOT, 'dist/data/vae.json'), 'utf8'));

/** A repository copy whose last release is `released` and whose build is `now`. */
function repoWith(released, now) {
  const root = releaseCopy('feed', {
    released,
    changelog: '# Changelog\n',
    filter: (path) => !path.includes('/badges/') && !path.includes('/communes/'),
  });
  roots.push(root);
  writeFileSync(join(root, 'dist', 'data', 'vae.json'), JSON.stringify(now));
  return root;
}

const release = (root) => releaseData(root).stdout;

/** The feed, checked well-formed, parsed (entries always a list). */
function readFeed(root) {
  const xml = readFileSync(join(root, 'dist', 'data', 'changes.atom'), 'utf8');
  assert.equal(XMLValidator.validate(xml), true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['entry', 'link'].includes(name),
  });
  return parser.parse(xml).feed;
}

const lyon = built.members.find((m) => m.code === '69123');
const renamed = built.members.find((m) => m.code === '34003'); // Agde
const ended = built.members.find((m) => m.code === '47001'); // Agen

/** Released: without Lyon, Agde under an older name. Now: Agen's title withdrawn. */
function fixture() {
  const released = structuredClone(built);
  released.members = released.members.filter((m) => m.code !== lyon.code);
  released.members.find((m) => m.code === renamed.code).name = 'Agde-Ancienne';
  const now = structuredClone(built);
  now.members.find((m) => m.code === ended.code).titles[0].status = 'withdrawn';
  return { released, now };
}

test('a release that adds a member, ends a title and renames one appends one entry naming all three', () => {
  const { released, now } = fixture();
  const root = repoWith(released, now);
  const before = readFeed(root);
  assert.equal(before.entry, undefined, 'no release yet: no entry');
  release(root);
  const feed = readFeed(root);
  assert.equal(feed.entry.length, 1);
  const [entry] = feed.entry;
  assert.equal(entry.id, 'https://cdn.jsdelivr.net/npm/vae-widgets-data@1.1.0/');
  assert.match(
    entry.title['#text'] ?? entry.title,
    /^Données 1\.1\.0 : 1 membre ajouté, 1 membre renommé, 1 titre changé de statut$/,
  );
  const content = entry.content['#text'];
  assert.match(
    content,
    /Membres ajoutés<\/h2><ul><li><a href="https:\/\/www\.villeamiedesenfants\.fr\/">Lyon \(69\)<\/a>/,
  );
  assert.match(content, /Agde-Ancienne → Agde \(34\)/);
  assert.match(content, /Agen \(47\)<\/a>, mandat 2020-2026 : titre accordé → titre retiré/);
  assert.match(entry.updated, /^\d{4}-\d{2}-\d{2}T/);
  // Atom's required elements (RFC 4287 §4.1.1): id, title, updated, and an author.
  assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
  for (const key of ['id', 'title', 'updated', 'author']) assert.ok(feed[key], key);
  assert.ok(feed.link.some((l) => l['@_rel'] === 'self' && l['@_href'].endsWith('/changes.atom')));
  const stored = JSON.parse(readFileSync(join(root, 'data', 'released', 'changes.json'), 'utf8'));
  assert.deepEqual(
    stored.map((r) => [r.version, r.added.length, r.renamed.length, r.statuses.length]),
    [['1.1.0', 1, 1, 1]],
  );
});

test('with a site address, each member links to its page there (membres/<code>/)', () => {
  const { released, now } = fixture();
  now.meta.site = 'https://reseau.example.org/vae';
  const root = repoWith(released, now);
  release(root);
  const content = readFeed(root).entry[0].content['#text'];
  assert.match(
    content,
    /<a href="https:\/\/reseau\.example\.org\/vae\/membres\/69123\/">Lyon \(69\)<\/a>/,
  );
  assert.match(content, /href="https:\/\/reseau\.example\.org\/vae\/membres\/47001\/">Agen/);
});

test('the next release adds a second entry, newest first', () => {
  const { released, now } = fixture();
  const root = repoWith(released, now);
  release(root);
  const next = structuredClone(now);
  next.members = next.members.filter((m) => m.code !== renamed.code);
  writeFileSync(join(root, 'dist', 'data', 'vae.json'), JSON.stringify(next));
  release(root);
  const feed = readFeed(root);
  assert.deepEqual(
    feed.entry.map((e) => e.id),
    [
      'https://cdn.jsdelivr.net/npm/vae-widgets-data@1.1.1/',
      'https://cdn.jsdelivr.net/npm/vae-widgets-data@1.1.0/',
    ],
  );
  assert.match(feed.entry[0].content['#text'], /Membres retirés<\/h2><ul><li>Agde \(34\)<\/li>/);
});

test('an unchanged release appends nothing', () => {
  const root = repoWith(structuredClone(built), structuredClone(built));
  const atomBefore = readFileSync(join(root, 'dist', 'data', 'changes.atom'), 'utf8');
  assert.match(release(root), /rien à publier/);
  assert.equal(existsSync(join(root, 'data', 'released', 'changes.json')), false);
  assert.equal(readFileSync(join(root, 'dist', 'data', 'changes.atom'), 'utf8'), atomBefore);
});

test('a broken data/released/changes.json fails naming the file (and the line where Node tells it) and how to fix it', () => {
  const root = repoWith(structuredClone(built), structuredClone(built));
  const releases = join(root, 'data', 'released', 'changes.json');
  const run = () =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/open-data/build-open-data.mjs')], {
      cwd: root,
      encoding: 'utf8',
    });
  writeFileSync(
    releases,
    '[\n  { "version": "1.1.0", "date": "2026-12-02T00:00:00Z" },\n  { "version": \n]\n',
  );
  let result = run();
  assert.equal(result.status, 1);
  assert.match(
    result.stderr,
    /data\/released\/changes\.json(:4)?: not valid JSON \([^]*restore it with git/,
  );
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  writeFileSync(releases, '[{ "version": "1.1.0", "date": "hier" }]');
  result = run();
  assert.equal(result.status, 1);
  assert.match(result.stderr, /changes\.json: release #1 has no version or no valid date/);
});
