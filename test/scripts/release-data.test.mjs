// `npm run release:data` on a copy of the repository's release files and of
// this build's data package (--no-build --root): the version follows the rule
// (minor for an added member, patch for a correction, major for a schema
// break, nothing when the data is the same), and the release is recorded.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

const roots = [];
after(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const built = JSON.parse(readFileSync(join(ROOT, 'dist/data/vae.json'), 'utf8'));

/** A repository copy whose last release is `released`, at data version `version`. */
function repoWith(released, version = '1.0.0') {
  const root = mkdtempSync(join(tmpdir(), 'vae-release-'));
  roots.push(root);
  mkdirSync(join(root, 'data', 'released'), { recursive: true });
  writeFileSync(
    join(root, 'data', 'release.json'),
    JSON.stringify({ package: 'vae-widgets-data', version }),
  );
  writeFileSync(join(root, 'data', 'released', 'vae.json'), JSON.stringify(released));
  writeFileSync(join(root, 'CHANGELOG.md'), '# Changelog\n\nIntro.\n\n## [0.1.0] — unreleased\n');
  cpSync(join(ROOT, 'dist', 'data'), join(root, 'dist', 'data'), { recursive: true });
  return root;
}

function release(root) {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/data/release-data.mjs'), '--no-build', '--root', root],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(run.status, 0, run.stderr);
  const read = (file) => readFileSync(join(root, file), 'utf8');
  return { stdout: run.stdout, version: JSON.parse(read('data/release.json')).version, read };
}

const copy = () => structuredClone(built);

test('the same data: nothing to release, nothing written', () => {
  const root = repoWith(copy());
  const { stdout, version, read } = release(root);
  assert.match(stdout, /nothing to release/);
  assert.equal(version, '1.0.0');
  assert.doesNotMatch(read('CHANGELOG.md'), /## Data/);
  assert.equal(existsSync(join(root, 'data', 'released', 'files.json')), false);
});

test('a member added since the last release: a minor release, recorded, with its purge URLs', () => {
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
  assert.match(stdout, /https:\/\/purge\.jsdelivr\.net\/npm\/vae-widgets-data@1\/members\.json/);
  assert.match(read('dist/data-purge-urls.txt'), /vae-widgets-data@1\/members\/69123\.json/);
  assert.match(stdout, /npm publish dist\/data/);
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
