// The title rules (src/domain/titles.ts), in Node, on the built dataset: part of
// `npm run check:data`, so a data release is checked against the rules every
// element and static badge applies, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { readRepoJson, ROOT } from './helpers.mjs';
import { join } from 'node:path';

const titles = await importTs(join(ROOT, 'src/domain/titles.ts'));
const dataset = readRepoJson('dist/data/vae.json');
const day = (iso) => new Date(`${iso}T12:00:00`);
const mandate = (id, start, end, programme = 'ville-amie-des-enfants') => ({
  id,
  programme,
  start,
  end,
});
const title = (m, status = 'titled') => ({
  title: 'Ville amie des enfants',
  programme: m.programme,
  mandate: m.id,
  status,
  start: m.start,
  end: m.end,
});

const ended = mandate('2020-2026', '2020-06-28', '2026-03-22');
const running = mandate('2026-2032', '2026-03-23', null);

test('a mandate runs from its start to its end day included, then has ended', () => {
  assert.equal(titles.periodState(ended, day('2020-06-27')), 'upcoming');
  assert.equal(titles.periodState(ended, day('2026-03-22')), 'running');
  assert.equal(titles.periodState(ended, day('2026-03-23')), 'ended');
  assert.equal(titles.periodState(running, day('2031-01-01')), 'running');
});

test('the current mandate is the programme’s running one; another track never is', () => {
  const other = mandate('2026-2028', '2026-01-01', null, 'territoires-d-enfance');
  assert.equal(titles.currentMandate([ended, running, other], day('2027-01-01'))?.id, '2026-2032');
  assert.equal(titles.currentMandate([ended, other], day('2027-01-01')), undefined);
});

test('a title of an ended mandate is held but ended; a candidacy is never a title', () => {
  const member = { titles: [title(ended), title(running, 'candidate')] };
  const standing = titles.standingOn(member, day('2027-01-01'));
  assert.equal(standing.held?.mandate, '2020-2026');
  assert.equal(standing.ended, true);
  assert.equal(standing.candidacy?.mandate, '2026-2032');
  const renewed = titles.standingOn({ titles: [title(ended), title(running)] }, day('2027-01-01'));
  assert.deepEqual(
    [renewed.held?.mandate, renewed.ended, renewed.candidacy],
    ['2026-2032', false, undefined],
  );
});

test('every member of the built dataset holds a title by these rules on its mandate’s last day', () => {
  for (const m of dataset.meta.mandates) {
    const on = day(m.end ?? m.start);
    const holders = dataset.members.filter(
      (member) => titles.standingOn(member, on).held?.mandate === m.id,
    );
    assert.equal(
      holders.length,
      m.counts.titled,
      `${m.id}: ${holders.length} holders, ${m.counts.titled} titled`,
    );
  }
});
