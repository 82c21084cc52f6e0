// `npm run release:data` on a copy of the repository's release files and of
// this build's data package (--no-build --root): the version follows the rule
// (minor for an added member, patch for a correction, major for a schema
// break, nothing when the data is the same), the release is recorded, the diff
// is printed in French, and the purge is one request to a stand-in of
// jsDelivr's purge API on loopback, listing every file that changed.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';
import { releaseCopy, releaseData as release } from './repo-copy.mjs';
import { purgeStandIn, runAsync } from './purge-stand-in.mjs';

const roots = [];
after(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const built = JSON.parse(readFileSync(join(ROOT, 'dist/data/vae.json'), 'utf8'));

/** A repository copy whose last release is `released`, at data version `version`. */
function repoWith(released, version = '1.0.0') {
  const changelog = '# Changelog\n\nIntro.\n\n## [0.1.0] — unreleased\n';
  const root = releaseCopy('release', { released, version, changelog });
  roots.push(root);
  return root;
}

const copy = () => structuredClone(built);

test('the same data: nothing to release, nothing written', () => {
  const root = repoWith(copy());
  const { stdout, version, read } = release(root);
  assert.match(stdout, /rien à publier/);
  assert.equal(version, '1.0.0');
  assert.doesNotMatch(read('CHANGELOG.md'), /## Data/);
  assert.equal(existsSync(join(root, 'data', 'released', 'files.json')), false);
});

test('a member added since the last release: a minor release, recorded, its diff in French, its purge prepared', () => {
  const released = copy();
  const lyon = released.members.findIndex((m) => m.code === '69123');
  released.members.splice(lyon, 1);
  const root = repoWith(released);
  const { stdout, version, read } = release(root);
  assert.equal(version, '1.1.0');
  const changelog = read('CHANGELOG.md');
  assert.match(
    changelog,
    /## Data vae-widgets-data@1\.1\.0 — \d{4}-\d{2}-\d{2}\n\nA minor data release: 1 member\(s\) added/,
  );
  assert.ok(changelog.indexOf('## Data') < changelog.indexOf('## [0.1.0]'), 'newest first');
  assert.deepEqual(
    JSON.parse(read('data/released/vae.json')),
    built,
    'the build is the new release',
  );
  assert.match(stdout, /Membres ajoutés : 1\n {2}- Lyon \(69\) \[commune-69123\]/);
  assert.match(stdout, /Mandat 2020-2026 : 299 membres dans les données publiées, 300 maintenant/);
  // No digests recorded before: every file is listed, in one request body.
  const body = JSON.parse(read('dist/data-purge.json'));
  assert.ok(body.path.includes('/npm/vae-widgets-data@1/members/69123.json'));
  assert.ok(body.path.includes('/npm/vae-widgets-data@1/vae.json'));
  assert.match(stdout, /npm publish \.\/dist\/data/);
  assert.match(stdout, /npm run release:data -- --purge-only/);
});

test('a correction (a name fixed): a patch release', () => {
  const released = copy();
  released.members[0].name = `${released.members[0].name} (ancien nom)`;
  const { version, read } = release(repoWith(released, '1.2.3'));
  assert.equal(version, '1.2.4');
  assert.match(read('CHANGELOG.md'), /A patch data release: corrections/);
});

test('a field the last release did not have: a minor release naming it', () => {
  const released = copy();
  for (const member of released.members) delete member.parts;
  const { version, stdout } = release(repoWith(released, '1.2.3'));
  assert.equal(version, '1.3.0');
  assert.match(stdout, /field\(s\) added: \.members\[\]\.parts/);
});

test('a schema break: the major is the new schema version', () => {
  const released = { ...copy(), schemaVersion: 0 };
  const { version } = release(repoWith(released, '0.4.1'));
  assert.equal(version, '1.0.0');
});

test('--purge: one request with exactly the files that changed since the recorded digests', async () => {
  const released = copy();
  released.members[0].name = `${released.members[0].name} (ancien nom)`;
  const root = repoWith(released, '1.0.0');
  // The last release recorded the digests of this very package, but for one member file.
  const { fileDigests } = await import('../../scripts/lib/cdn-purge.mjs');
  const digests = fileDigests(join(root, 'dist', 'data'));
  const member = Object.keys(digests).find((f) => f.startsWith('members/'));
  digests[member] = 'an older digest';
  digests['members/gone.json'] = 'a file the release no longer has';
  writeFileSync(join(root, 'data', 'released', 'digests.json'), JSON.stringify(digests));
  const standIn = await purgeStandIn();
  try {
    // Asynchronous: the stand-in answers from this process's event loop.
    const run = await runAsync(
      process.execPath,
      [join(ROOT, 'scripts/data/release-data.mjs'), '--no-build', '--root', root, '--purge'],
      { env: { ...process.env, VAE_PURGE_ENDPOINT: standIn.url } },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.equal(standIn.received.length, 1, 'one request');
    const [request] = standIn.received;
    assert.equal(request.method, 'POST');
    assert.equal(request.type, 'application/json');
    assert.deepEqual(request.body, {
      // The feed (changes.atom) gains the release's entry.
      path: [
        '/npm/vae-widgets-data@1/changes.atom',
        `/npm/vae-widgets-data@1/${member}`,
        '/npm/vae-widgets-data@1/members/gone.json',
      ].sort(),
    });
    assert.match(run.stdout, /Purge envoyée : pending \(id stand-in-1\)/);
  } finally {
    standIn.close();
  }
});
