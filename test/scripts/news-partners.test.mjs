// News and partners are data: a news item is a file of data/news/, a partner an
// entry of data/partners.json. Added on a copy of the repository, with no code
// change, they reach the files the elements read (news.json, partners.json);
// a broken one fails the build naming its file, its line and the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

const ITEM = {
  date: '2026-11-20',
  title: 'Journée internationale des droits de l’enfant à Rennes',
  places: ['Rennes'],
  tags: ['Événements'],
  summary: 'Le conseil des enfants de Rennes présente ses propositions au conseil municipal.',
  link: 'https://www.villeamiedesenfants.fr/',
  checked: '2026-12-02',
};
const PARTNER = {
  id: 'fondation-exemple',
  article: 'la',
  name: { fr: 'Fondation Exemple', en: 'Example Foundation' },
  category: 'association',
  description: { fr: 'Une fondation pour les tests.', en: 'A foundation for the tests.' },
  website: 'https://exemple.org',
};

function repoCopy() {
  const repo = mkdtempSync(join(tmpdir(), 'vae-news-partners-'));
  for (const part of ['data', 'scripts', 'src', 'package.json'])
    cpSync(join(ROOT, part), join(repo, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'));
  const build = () =>
    spawnSync(process.execPath, ['scripts/data/build-data.mjs', '--out', join(repo, 'out')], {
      cwd: repo,
      encoding: 'utf8',
    });
  const read = (file) => JSON.parse(readFileSync(join(repo, 'out', file), 'utf8'));
  const partners = () => JSON.parse(readFileSync(join(repo, 'data/partners.json'), 'utf8'));
  const writePartners = (list) =>
    writeFileSync(join(repo, 'data/partners.json'), `${JSON.stringify(list, null, 2)}\n`);
  return {
    repo,
    build,
    read,
    partners,
    writePartners,
    cleanup: () => rmSync(repo, { recursive: true, force: true }),
  };
}

test('a news item and a partner added as files reach the elements’ files', () => {
  const copy = repoCopy();
  try {
    writeFileSync(
      join(copy.repo, 'data/news/2026-11-20-journee-droits-enfant-rennes.json'),
      JSON.stringify(ITEM, null, 2),
    );
    copy.writePartners([...copy.partners(), PARTNER]);
    const res = copy.build();
    assert.equal(res.status, 0, res.stderr);
    const news = copy.read('news.json');
    assert.deepEqual(news.news[0], {
      id: '2026-11-20-journee-droits-enfant-rennes',
      title: ITEM.title,
      places: ITEM.places,
      date: ITEM.date,
      tags: ITEM.tags,
      summary: ITEM.summary,
    });
    assert.equal(copy.read('vae.json').meta.counts.news, 10);
    const partner = copy.read('partners.json').partners.find((p) => p.id === PARTNER.id);
    assert.equal(partner?.website, 'https://exemple.org');
  } finally {
    copy.cleanup();
  }
});

test('a broken news item and a broken partner fail, each naming its file, line and field', () => {
  const copy = repoCopy();
  try {
    const noSummary = { ...ITEM };
    delete noSummary.summary;
    writeFileSync(
      join(copy.repo, 'data/news/2026-11-20-sans-resume.json'),
      JSON.stringify({ ...noSummary, checked: '02/12/2026' }, null, 2),
    );
    const list = copy.partners();
    list[2] = { ...list[2], website: 'http://insecure.example' };
    copy.writePartners([...list, { ...PARTNER, id: list[0].id }]);
    const res = copy.build();
    assert.equal(res.status, 1);
    assert.match(
      res.stderr,
      /data\/news\/2026-11-20-sans-resume\.json:1: field "summary" is missing/,
    );
    const checkedLine =
      readFileSync(join(copy.repo, 'data/news/2026-11-20-sans-resume.json'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"checked"')) + 1;
    assert.ok(
      res.stderr.includes(
        `sans-resume.json:${checkedLine}: field "checked" must be a date YYYY-MM-DD (got "02/12/2026")`,
      ),
      res.stderr,
    );
    const websiteLine =
      readFileSync(join(copy.repo, 'data/partners.json'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('http://insecure.example')) + 1;
    assert.match(
      res.stderr,
      new RegExp(
        `data/partners\\.json:${websiteLine}: field "2\\.website" must be an https:// address`,
      ),
    );
    assert.match(
      res.stderr,
      new RegExp(
        `data/partners\\.json:\\d+: field "${list.length}\\.id": "${list[0].id}" is already the id of the partner at line 3`,
      ),
    );
  } finally {
    copy.cleanup();
  }
});
