// docs/publier-les-donnees.md, followed to the letter on a copy of the
// repository with the fixture mandate's lists (test/fixtures/mandates/2026-2032)
// as the "published" lists: add the folder → check:data → the diff →
// release:data → npm publish --dry-run → the purge, received as ONE request by
// a stand-in of jsDelivr's purge API on loopback, listing every changed file.
// Only `npm publish ./dist/data` itself is not run (the dry run stands for it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readRepoText } from './helpers.mjs';
import { DATA_SCRIPT_PARTS, copyRepo } from './repo-copy.mjs';
import { purgeStandIn, runAsync } from './purge-stand-in.mjs';
import { changedFiles, fileDigests, purgeBody } from '../../scripts/lib/cdn-purge.mjs';
import { keyId } from '../../scripts/lib/sign-data.mjs';
import { generateKeyPairSync } from 'node:crypto';

const doc = readRepoText('docs/publier-les-donnees.md');
const procedure = doc.slice(0, doc.indexOf('## English summary'));
const blocks = (lang) =>
  [...procedure.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) =>
    m[1].trim(),
  );

/** Runs a shell command in `cwd` without blocking this process (the stand-in answers from it). */
// npm's own log level, as a maintainer's shell has it: `npm run -s …` would pass "silent"
// down, and the dry run (step 5) would print nothing to read.
const run = (command, cwd, env = {}) =>
  runAsync('sh', ['-c', command], {
    cwd,
    env: { ...process.env, npm_config_loglevel: 'notice', ...env },
  });

test('the procedure shows its commands, in order', () => {
  assert.deepEqual(blocks('sh'), [
    'mkdir -p data/mandates/2026-2032',
    'npm run check:data',
    'npm run data:diff -- --lang fr',
    'npm run release:data',
    'npm publish --dry-run ./dist/data',
    'npm publish ./dist/data',
    'npm run release:data -- --purge-only',
  ]);
});

test('following it on the fixture lists releases the mandate and purges every changed file once', async () => {
  // The scripts, the data, check:data's title tests and the built code the signing step
  // writes the trusted keys into.
  const repo = copyRepo('publier', [
    ...DATA_SCRIPT_PARTS,
    'CHANGELOG.md',
    'test/scripts/titles.test.mjs',
    'test/scripts/helpers.mjs',
    'dist',
  ]);
  const standIn = await purgeStandIn();
  try {
    // The programme's key (made here), listed as data/signing-keys.json lists keys.
    const { privateKey } = generateKeyPairSync('ed25519');
    const publicKey = Buffer.from(privateKey.export({ format: 'jwk' }).x, 'base64url').toString(
      'base64',
    );
    writeFileSync(
      join(repo, 'data/signing-keys.json'),
      JSON.stringify({ keys: [{ id: keyId(publicKey), publicKey }] }),
    );
    const keyFile = join(repo, 'programme-key.pem');
    writeFileSync(keyFile, privateKey.export({ format: 'pem', type: 'pkcs8' }));
    const [mkdir, check, diff, release, dryRun, , purge] = blocks('sh');
    const fixture = join(ROOT, 'test/fixtures/mandates/2026-2032');
    const folder = join(repo, 'data/mandates/2026-2032');

    // 1. The folder, the doc's own mandate.json, the lists as published.
    assert.equal((await run(mkdir, repo)).status, 0);
    writeFileSync(join(folder, 'mandate.json'), blocks('json')[0]);
    for (const f of ['titled.txt', 'candidates.txt']) cpSync(join(fixture, f), join(folder, f));

    // 2. check:data names the line, its nearest official name, and passes once corrected.
    let res = await run(check, repo);
    assert.notEqual(res.status, 0);
    assert.match(
      res.stderr,
      /data\/mandates\/2026-2032\/titled\.txt:3 "Alès Agglomération \(30\)"/,
    );
    assert.match(res.stderr, /add an entry to data\/mandates\/2026-2032\/corrections\.json/);
    cpSync(join(fixture, 'corrections.json'), join(folder, 'corrections.json'));
    res = await run(check, repo);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /check:data passed/);

    // 3. The diff, in French.
    res = await run(diff, repo);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /Membres ajoutés : 2/);
    assert.match(res.stdout, /Vannes \(56\) \[commune-56260\] : absent des listes → candidat/);

    // 4. release:data: a minor release, recorded.
    const digestsBefore = JSON.parse(
      readFileSync(join(repo, 'data/released/digests.json'), 'utf8'),
    );
    res = await run(release, repo, { VAE_SIGNING_KEY_FILE: keyFile });
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /vae-widgets-data 1\.0\.0 → 1\.1\.0/);
    assert.match(res.stdout, /npm publish \.\/dist\/data/);
    assert.equal(
      JSON.parse(readFileSync(join(repo, 'data/release.json'), 'utf8')).version,
      '1.1.0',
    );

    // 5. What npm would publish, without publishing.
    res = await run(dryRun, repo);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout + res.stderr, /vae-widgets-data@1\.1\.0/);

    // 6. The purge: one request, every file that changed since the recorded release.
    res = await run(purge, repo, { VAE_PURGE_ENDPOINT: standIn.url });
    assert.equal(res.status, 0, res.stderr);
    assert.equal(standIn.received.length, 1, 'one purge request');
    const changed = changedFiles(digestsBefore, fileDigests(join(repo, 'dist/data')));
    assert.deepEqual(standIn.received[0].body, purgeBody('vae-widgets-data', 1, changed));
    const paths = standIn.received[0].body.path;
    for (const file of ['vae.json', 'members.json', 'members/35238.json', 'badges/35238.svg'])
      assert.ok(paths.includes(`/npm/vae-widgets-data@1/${file}`), `${file} is purged`);
  } finally {
    standIn.close();
    rmSync(repo, { recursive: true, force: true });
  }
});
