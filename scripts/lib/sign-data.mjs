// Signing the data files and telling the code which keys to trust
// (docs/data.md, "Signing"; the browser side is src/data/signature.ts).
//  - The programme's key (a release): VAE_SIGNING_KEY (the PEM text) or
//    VAE_SIGNING_KEY_FILE (its path). Never in the repository, never printed.
//  - Without it, a development key made on first use outside the repository
//    (~/.config/vae-widgets/dev-signing-key.pem, or VAE_DEV_SIGNING_KEY_FILE):
//    only that build's code trusts it, and every file then says so in
//    meta.dataVersion (`1.0.0+dev.<key id>`), so it is never taken for a release.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
} from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** The data files the elements read, signed one by one (paths inside the data folder). */
const SIGNED_FILE =
  /^(vae|members|search|partners|news|map-departments)\.json$|^(members|communes)\/[\w-]+\.json$/;

// What src/data/signature.ts cuts off: the build appends exactly this as the top object's last member.
const SUFFIX = /,"signature":\{"key":"[\w.-]{1,64}","value":"[A-Za-z0-9+/]{86}=="\}\}\s*$/;

// The marker src/data/trusted-keys.ts holds, as a JS string literal in the built code.
const TRUST_MARKER = /(["'])vae-trusted-keys[^"']*\1/g;

/** A key's id: the first 8 bytes of the SHA-256 of its raw public key, in hex. */
export const keyId = (publicKeyBase64) =>
  createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 16);

/** The base64 of the raw 32-byte public key of a private key. */
const rawPublicKey = (privateKey) =>
  createPublicKey(privateKey)
    .export({ format: 'der', type: 'spki' })
    .subarray(-32)
    .toString('base64');

function describe(privateKey, dev, source) {
  const publicKey = rawPublicKey(privateKey);
  return { privateKey, publicKey, id: keyId(publicKey), dev, source };
}

export const devKeyPath = (env = process.env) =>
  env.VAE_DEV_SIGNING_KEY_FILE || join(homedir(), '.config', 'vae-widgets', 'dev-signing-key.pem');

/** The programme's key from the environment, or undefined. Its content is never logged. */
export function programmeKey(env = process.env) {
  let pem = env.VAE_SIGNING_KEY;
  const file = env.VAE_SIGNING_KEY_FILE;
  if (!pem && file) {
    try {
      pem = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`VAE_SIGNING_KEY_FILE: cannot read ${file} (${error.code})`);
    }
  }
  if (!pem) return undefined;
  let key;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new Error('the programme key (VAE_SIGNING_KEY/_FILE) is not a PEM private key');
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error('the programme key (VAE_SIGNING_KEY/_FILE) is not an Ed25519 key');
  return describe(key, false, file ? 'VAE_SIGNING_KEY_FILE' : 'VAE_SIGNING_KEY');
}

/** This machine's development key, made on first use (0600, outside the repository). */
export function devKey(env = process.env) {
  const path = devKeyPath(env);
  let pem;
  try {
    pem = readFileSync(path, 'utf8');
  } catch {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const made = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' });
    try {
      writeFileSync(path, made, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error; // another build made it first: use theirs
    }
    pem = readFileSync(path, 'utf8');
  }
  return describe(createPrivateKey(pem), true, path);
}

/** The key this build signs with: the programme's if given, else the development key. */
export const signingKey = (env = process.env) => programmeKey(env) ?? devKey(env);

/** The programme's public keys (data/signing-keys.json), which published code trusts. */
export function programmeKeys(root = '.') {
  return JSON.parse(readFileSync(join(root, 'data', 'signing-keys.json'), 'utf8')).keys.map(
    ({ id, publicKey }) => {
      if (keyId(publicKey) !== id)
        throw new Error(`data/signing-keys.json: key ${id} is not the id of its publicKey`);
      return { id, publicKey };
    },
  );
}

/** `text` (one JSON object) signed: the signature over its exact bytes, appended as its last member. */
export function signText(text, key) {
  const body = text.replace(SUFFIX, '}').trimEnd(); // a file signed before is signed afresh
  if (!body.endsWith('}')) throw new Error('only a JSON object can be signed');
  const value = sign(null, Buffer.from(body, 'utf8'), key.privateKey).toString('base64');
  return `${body.slice(0, -1)},"signature":{"key":"${key.id}","value":"${value}"}}`;
}

const filesUnder = (dir, prefix = '') =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );

/**
 * Signs every data file of `dataDir` with `key`; with a development key, first
 * marks its release as this key's (`1.0.0+dev.<id>`) and makes its package
 * unpublishable (with the programme's, a copy signed before loses the mark).
 * Returns the number of files signed.
 */
export function signDataFolder(dataDir, key) {
  const files = filesUnder(dataDir).filter((file) => SIGNED_FILE.test(file));
  for (const file of files) {
    // The release says which kind of key signed it: `+dev.<id>` for a development key only.
    const text = readFileSync(join(dataDir, file), 'utf8').replace(
      /("dataVersion":"\d+\.\d+\.\d+)(\+[\w.-]*)?"/,
      key.dev ? `$1+dev.${key.id.slice(0, 8)}"` : '$1"',
    );
    writeFileSync(join(dataDir, file), signText(text, key));
  }
  if (key.dev) {
    const pkgFile = join(dataDir, 'package.json');
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
    pkg.version = `${pkg.version.replace(/\+.*$/, '')}+dev.${key.id.slice(0, 8)}`;
    pkg.private = true; // npm refuses to publish it
    writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  }
  return files.length;
}

/** The marker's text for `keys`, as src/data/trusted-keys.ts reads it. */
const trustText = (keys) =>
  ['vae-trusted-keys', ...keys.map((key) => `${key.id}:${key.publicKey}`)].join(' ');

/** `code` (JavaScript or TypeScript) with `keys` written into its trusted-keys marker. */
export const withTrustedKeys = (code, keys) =>
  code.replace(TRUST_MARKER, (_, quote) => `${quote}${trustText(keys)}${quote}`);

/** Writes `keys` into every built JavaScript file under `codeDir` that holds the marker. */
export function writeTrustedKeys(codeDir, keys, files = filesUnder(codeDir)) {
  let written = 0;
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const path = join(codeDir, file);
    const code = readFileSync(path, 'utf8');
    const next = withTrustedKeys(code, keys);
    if (next !== code) {
      writeFileSync(path, next);
      written++;
    }
  }
  return written;
}

/** The keys each JavaScript file trusts: `{ file, keys: [{id, publicKey}] }` for each file with the marker. */
export function trustedKeysIn(codeDir, files) {
  return files
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) =>
      [...readFileSync(join(codeDir, file), 'utf8').matchAll(TRUST_MARKER)].map((match) => ({
        file: relative('.', join(codeDir, file)),
        keys: match[0]
          .slice(1, -1)
          .split(' ')
          .slice(1)
          .map((entry) => ({
            id: entry.split(':')[0],
            publicKey: entry.slice(entry.indexOf(':') + 1),
          })),
      })),
    );
}

/**
 * The programme's key for a release, which must be listed in
 * data/signing-keys.json (so code that trusts it is released before it
 * signs); throws saying what to do otherwise.
 */
export function releaseKey(root = '.', env = process.env) {
  const key = programmeKey(env);
  if (!key)
    throw new Error(
      'a data release is signed with the programme key: set VAE_SIGNING_KEY_FILE (its path) or VAE_SIGNING_KEY (docs/data.md, "Signing")',
    );
  if (!programmeKeys(root).some((listed) => listed.id === key.id))
    throw new Error(
      `the programme key ${key.id} is not in data/signing-keys.json: list its public key there and release the code before it signs (docs/data.md, "Signing")`,
    );
  return key;
}

/** `releaseKey`, for a command line: on failure, prints why (never the key) and exits. */
export function requireReleaseKey(root, command) {
  try {
    return releaseKey(root);
  } catch (error) {
    console.error(`${command}: ${error.message}`);
    process.exit(1);
  }
}

/**
 * Why the JavaScript files `files` (paths under `root`) may not be published:
 * a key they trust that data/signing-keys.json does not list (a development
 * build's), or no trusted keys at all. Empty when they may.
 */
export function publishProblems(root, files) {
  const listed = new Set(programmeKeys(root).map((key) => `${key.id}:${key.publicKey}`));
  const found = trustedKeysIn(root, files);
  if (!found.length) return ['no file holds the trusted keys (src/data/trusted-keys.ts)'];
  return found.flatMap(({ file, keys }) =>
    keys
      .filter((key) => !listed.has(`${key.id}:${key.publicKey}`))
      .map((key) => `${file} trusts key ${key.id}, which data/signing-keys.json does not list`),
  );
}

/** The keys the built code under `codeDir` trusts (the same in every file), for a server that checks too. */
export function keysTrustedBy(codeDir) {
  const found = trustedKeysIn(codeDir, filesUnder(codeDir));
  const lists = new Set(found.map(({ keys }) => JSON.stringify(keys)));
  if (lists.size !== 1)
    throw new Error(
      `${codeDir}: ${found.length ? 'files trust different keys' : 'no trusted keys'}`,
    );
  return found[0].keys;
}
