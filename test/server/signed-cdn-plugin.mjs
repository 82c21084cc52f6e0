// Signed data in the browser tests (docs/data.md, "Signing").
//  - The source modules (/src/…) trust what the built code trusts: the
//    programme's keys and this machine's development key, which signed dist/data.
//  - Command `signed-cdn` { case }: a CDN stand-in (test/server/cdn-stand-in.mjs)
//    serving this build's code and a data release made for the case: the
//    build's signed files as they are (`release`), or with one change made
//    after signing (`title-status`, `member-name`, `partner-url`), re-signed
//    by a key no code trusts (`unknown-key`, made here), or without their
//    signature (`unsigned`). Resolves to the stand-in's origin.
import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCdnStandIn } from './cdn-stand-in.mjs';
import {
  devKey,
  keyId,
  programmeKeys,
  signText,
  withTrustedKeys,
} from '../../scripts/lib/sign-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = join(ROOT, 'dist', 'data');
const CODE_VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const DATA_VERSION = JSON.parse(readFileSync(join(ROOT, 'data', 'release.json'), 'utf8')).version;
// The files the cases read: a lone badge's own file, and the partners.
const FILES = ['members/69123.json', 'members.json', 'partners.json'];

/** A key made for the tests, trusted by no code. */
function unknownKey() {
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicKey = privateKey.export({ format: 'jwk' }).x;
  const raw = Buffer.from(publicKey, 'base64url').toString('base64');
  return { privateKey, publicKey: raw, id: keyId(raw) };
}

/** Each case's change to a file's signed text (`file`, `text`) → the text served. */
export const CASES = {
  release: (_file, text) => text,
  'title-status': (file, text) =>
    file === 'members/69123.json'
      ? text.replace('"status":"titled"', '"status":"candidate"')
      : text,
  'member-name': (file, text) =>
    file === 'members/69123.json'
      ? text.replace('"name":"Lyon"', '"name":"Lyon-Contrefaite"')
      : text,
  'partner-url': (file, text) =>
    file === 'partners.json'
      ? text.replace(/("website":")https:\/\/[^"]+/, '$1https://contrefacon.example/')
      : text,
  'unknown-key': (_file, text) => signText(text, unknownKey()),
  unsigned: (_file, text) => text.replace(/,"signature":\{[^}]*\}\}\s*$/, '}'),
};

export function signedCdnPlugin() {
  const started = [];
  return {
    name: 'signed-cdn',
    transform(context) {
      if (context.path !== '/src/data/trusted-keys.ts') return undefined;
      return { body: withTrustedKeys(context.body, [...programmeKeys(ROOT), devKey()]) };
    },
    async executeCommand({ command, payload }) {
      if (command !== 'signed-cdn') return undefined;
      const change = CASES[payload?.case];
      if (!change) throw new Error(`signed-cdn: unknown case ${payload?.case}`);
      const folder = mkdtempSync(join(tmpdir(), 'vae-signed-cdn-'));
      for (const file of FILES) {
        mkdirSync(dirname(join(folder, file)), { recursive: true });
        writeFileSync(join(folder, file), change(file, readFileSync(join(DATA, file), 'utf8')));
      }
      copyFileSync(join(DATA, 'package.json'), join(folder, 'package.json'));
      const cdn = await startCdnStandIn();
      cdn.publish('vae-widgets', CODE_VERSION, ROOT);
      cdn.publish('vae-widgets-data', DATA_VERSION, folder);
      started.push({ cdn, folder });
      return { origin: cdn.origin, codeVersion: CODE_VERSION };
    },
    async serverStop() {
      for (const { cdn, folder } of started.splice(0)) {
        await cdn.close();
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
