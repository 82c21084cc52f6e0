// The static badges: one fr SVG, one en SVG and one shields.io JSON per member,
// pure static SVG (no script, no event attribute, no external reference).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, readRepoJson } from './helpers.mjs';

function buildBadges(now) {
  const out = mkdtempSync(join(tmpdir(), 'vae-badges-test-'));
  const res = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/data/build-badges.mjs'), `--now=${now}`, `--out=${out}`],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(res.status, 0, `build-badges failed:\n${res.stdout}\n${res.stderr}`);
  const read = (path) => readFileSync(join(out, path), 'utf8');
  return { out, read, cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

const dataset = readRepoJson('dist/data/vae.json');
const after = buildBadges('2026-06-01');
const before = buildBadges('2026-01-15');
process.on('exit', () => {
  after.cleanup();
  before.cleanup();
});

/** The text of the first element `tag` (entities decoded). */
function textOf(svg, tag) {
  const match = new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(svg);
  return match?.[1]
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

test('300 fr SVGs, 300 en SVGs and 300 shields.io JSON files', () => {
  const top = readdirSync(after.out);
  assert.equal(top.filter((f) => f.endsWith('.svg')).length, 300);
  assert.equal(top.filter((f) => f.endsWith('.json')).length, 300);
  assert.equal(readdirSync(join(after.out, 'en')).filter((f) => f.endsWith('.svg')).length, 300);
  for (const member of dataset.members) assert.ok(top.includes(`${member.code}.svg`), member.code);
});

const sample = [
  ['69123', 'Ville amie des enfants', 'Lyon', 'Rhône (69)'],
  ['200040459', 'Intercommunalité amie des enfants', 'CA Montélimar Agglomération', 'Drôme (26)'],
  ['97411', 'Ville amie des enfants', 'Saint-Denis', 'La Réunion (974)'],
  ['76231', 'Ville amie des enfants', 'Elbeuf', 'Seine-Maritime (76)'],
  ['59426', 'Ville amie des enfants', 'Neuville-en-Ferrain', 'Nord (59)'],
];

test('a sample carries role="img", a <title> with title, name, department and mandate', () => {
  for (const [code, title, name, place] of sample) {
    const svg = after.read(`${code}.svg`);
    assert.match(
      svg,
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-labelledby="t"/,
    );
    assert.equal(
      textOf(svg, 'title'),
      `${title}, ${name}, ${place}, Titre du mandat 2020–2026 (terminé)`,
    );
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    assert.deepEqual(texts.slice(0, 2), [title, name.replace(/&/g, '&amp;')]);
    const en = after.read(`en/${code}.svg`);
    assert.match(textOf(en, 'title'), /Title for the 2020–2026 mandate \(ended\)$/);
    assert.match(textOf(en, 'title'), /\((Child Friendly City|Child Friendly Community) title\)/);
  }
});

test('a running mandate is current; an ended one is never shown as current', () => {
  const current = before.read('69123.svg');
  assert.match(textOf(current, 'title'), /Mandat 2020–2026 \(en cours\)$/);
  assert.doesNotMatch(after.read('69123.svg'), /en cours/);
  assert.doesNotMatch(after.read('en/69123.svg'), /current/);
});

test('every SVG is pure static SVG: no script, no event attribute, no external reference', () => {
  for (const dir of ['', 'en']) {
    for (const file of readdirSync(join(after.out, dir)).filter((f) => f.endsWith('.svg'))) {
      const svg = after.read(join(dir, file));
      assert.doesNotMatch(svg, /<script/i, file);
      assert.doesNotMatch(svg, /\son\w+\s*=/i, file);
      assert.doesNotMatch(svg, /href\s*=|@import|foreignObject|url\(/i, file);
      assert.deepEqual(svg.match(/https?:\/\/[^"\s]*/g), ['http://www.w3.org/2000/svg'], file);
      assert.ok(Buffer.byteLength(svg) < 2048, `${file}: ${Buffer.byteLength(svg)} bytes`);
    }
  }
});

test('shields.io endpoint JSON: schemaVersion 1, label, message, color', () => {
  const json = JSON.parse(after.read('200040459.json'));
  assert.deepEqual(json, {
    schemaVersion: 1,
    label: 'Intercommunalité amie des enfants',
    message: 'CA Montélimar Agglomération · 2020–2026, terminé',
    color: '005a8c',
  });
});
