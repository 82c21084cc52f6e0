// The signing keys (issue 25; docs/data.md, "Signing"): no private key in the
// repository or in either package as npm would pack it; the code package's
// `prepublishOnly` refuses a development build (its code trusts the dev key);
// the build step with the programme key (here one made by the test) trusts
// that key only and marks nothing +dev; release:data refuses without the
// programme key, and never prints a key. Needs the build (dist/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  devKey,
  keyId,
  programmeKeys,
  publishProblems,
  trustedKeysIn,
} from '../../scripts/lib/sign-data.mjs';
import { ROOT } from './helpers.mjs';

const work = mkdtempSync(join(tmpdir(), 'vae-signing-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

const packedFiles = (dir) =>
  JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )[0].files.map((file) => file.path);

/** What would betray a private key: any PEM private key, and this machine's dev key in any encoding. */
function privateKeyMarks() {
  const der = devKey().privateKey.export({ format: 'der', type: 'pkcs8' });
  const seed = der.subarray(-32);
  return [
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
    der.toString('base64'),
    seed.toString('base64'),
    seed.toString('base64url'),
    seed.toString('hex'),
  ];
}

function filesWithPrivateKeys(root, files) {
  const marks = privateKeyMarks();
  return files.filter((file) => {
    const text = readFileSync(join(root, file), 'latin1');
    return marks.some((mark) => (typeof mark === 'string' ? text.includes(mark) : mark.test(text)));
  });
}

let rootPacked;
before(() => {
  rootPacked = packedFiles(ROOT);
});

test('no private key in the repository (every file git tracks)', () => {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(join(ROOT, file)));
  assert.ok(tracked.length > 300, `${tracked.length} files`);
  assert.deepEqual(filesWithPrivateKeys(ROOT, tracked), []);
});

test('no private key in the packed packages (vae-widgets and dist/data)', () => {
  const dataPacked = packedFiles(join(ROOT, 'dist', 'data'));
  assert.ok(rootPacked.includes('dist/vae-widgets.js') && dataPacked.includes('members.json'));
  assert.deepEqual(filesWithPrivateKeys(ROOT, rootPacked), []);
  assert.deepEqual(filesWithPrivateKeys(join(ROOT, 'dist', 'data'), dataPacked), []);
});

test('data/signing-keys.json holds public keys only, each with its own id', () => {
  const file = readFileSync(join(ROOT, 'data', 'signing-keys.json'), 'utf8');
  const keys = programmeKeys(ROOT); // checks each id against its key
  assert.ok(keys.length >= 1);
  for (const key of keys) assert.equal(Buffer.from(key.publicKey, 'base64').length, 32);
  assert.doesNotMatch(file, /PRIVATE|"d"\s*:/);
});

test('prepublishOnly refuses a development build: its code trusts the dev key', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.scripts.prepublishOnly, 'node scripts/check-publishable.mjs');
  const dev = /\+dev\./.test(
    JSON.parse(readFileSync(join(ROOT, 'dist/data/members.json'))).meta.dataVersion,
  );
  const run = spawnSync(process.execPath, ['scripts/check-publishable.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (dev) {
    assert.equal(run.status, 1, run.stdout);
    assert.match(
      run.stderr,
      new RegExp(`trusts key ${devKey().id}, which data/signing-keys.json does not list`),
    );
    // The dev data package cannot be published either.
    assert.equal(JSON.parse(readFileSync(join(ROOT, 'dist/data/package.json'))).private, true);
  } else assert.equal(run.status, 0, run.stderr); // built with the programme key
});

test('the build step with the programme key: the code trusts that key only, the data says no +dev', () => {
  // A copy of what the step touches: the built code holding the marker, two data files.
  const copy = join(work, 'release-build');
  const code = trustedKeysIn(ROOT, rootPacked).map(({ file }) => file);
  const data = ['dist/data/members.json', 'dist/data/members/69123.json'];
  for (const file of [...new Set(code), ...data]) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(copy, file));
  }
  // The programme's key, made by the test, and listed as data/signing-keys.json lists keys.
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicKey = Buffer.from(privateKey.export({ format: 'jwk' }).x, 'base64url').toString(
    'base64',
  );
  const id = keyId(publicKey);
  mkdirSync(join(copy, 'data'));
  writeFileSync(
    join(copy, 'data/signing-keys.json'),
    JSON.stringify({ keys: [{ id, publicKey }] }),
  );
  const keyFile = join(work, 'programme-key.pem');
  writeFileSync(keyFile, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  const noDevKey = join(work, 'no-dev-key.pem');

  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/sign-data.mjs')], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, VAE_SIGNING_KEY_FILE: keyFile, VAE_DEV_SIGNING_KEY_FILE: noDevKey },
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    new RegExp(`signed with the programme key ${id} \\(VAE_SIGNING_KEY_FILE\\)`),
  );
  assert.doesNotMatch(run.stdout + run.stderr, /PRIVATE KEY/);
  assert.equal(existsSync(noDevKey), false, 'no development key made');

  assert.deepEqual(publishProblems(copy, code), []);
  for (const { keys } of trustedKeysIn(copy, code)) assert.deepEqual(keys, [{ id, publicKey }]);
  const members = readFileSync(join(copy, 'dist/data/members.json'), 'utf8');
  const { meta, signature } = JSON.parse(members);
  assert.match(meta.dataVersion, /^\d+\.\d+\.\d+$/);
  assert.equal(signature.key, id);
  const signed = `${members.slice(0, members.lastIndexOf(',"signature":'))}}`;
  assert.ok(
    verify(
      null,
      Buffer.from(signed),
      createPublicKey(privateKey),
      Buffer.from(signature.value, 'base64'),
    ),
  );
});

test('release:data refuses without the programme key, and with a key not listed', () => {
  const env = { ...process.env, VAE_SIGNING_KEY: '', VAE_SIGNING_KEY_FILE: '' };
  const release = (extra) =>
    spawnSync(process.execPath, ['scripts/data/release-data.mjs'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...env, ...extra },
    });
  const none = release({});
  assert.equal(none.status, 1);
  assert.match(none.stderr, /release:data: a data release is signed with the programme key/);
  const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' });
  const unlisted = release({ VAE_SIGNING_KEY: pem });
  assert.equal(unlisted.status, 1);
  assert.match(unlisted.stderr, /is not in data\/signing-keys\.json/);
  assert.doesNotMatch(unlisted.stdout + unlisted.stderr, /PRIVATE KEY|MC4CAQAw/);
});
