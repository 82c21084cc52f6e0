/**
 * Signed data files (docs/data.md, "Signing"). The release build writes each
 * JSON file, then appends its Ed25519 signature as the last member of the top
 * object: `…,"signature":{"key":"<key id>","value":"<base64>"}}`. The
 * signature is over the file as written before that suffix was added (the
 * bytes before the suffix, then the closing `}`), so the file is verified
 * where it is read, with no second request; its `meta.dataVersion` and
 * `meta.buildDate` are among the signed bytes.
 */

import { fromBase64 } from './base64.js';

/** A public key that may sign data files: its id (named in each signature) and its 32 raw bytes. */
export interface TrustedKey {
  readonly id: string;
  /** Base64 of the raw 32-byte Ed25519 public key. */
  readonly publicKey: string;
}

export type SignatureCheck =
  | { readonly ok: true; readonly text: string; readonly key: string }
  | { readonly ok: false; readonly reason: 'unsigned' | 'unknown-key' | 'bad-signature' };

// Exactly what the build appends (scripts/lib/sign-data.mjs): nothing else may follow it.
const SUFFIX = /,"signature":\{"key":"([\w.-]{1,64})","value":"([A-Za-z0-9+/]{86}==)"\}\}\s*$/;

/** The file as it was before the build signed it, and its signature; undefined if unsigned. */
export function splitSignature(
  text: string,
): { signed: string; key: string; value: string } | undefined {
  const match = SUFFIX.exec(text);
  return match
    ? { signed: `${text.slice(0, match.index)}}`, key: match[1], value: match[2] }
    : undefined;
}

/**
 * Checks that `text` is a data file signed by one of `keys`; if so, gives the
 * signed text (the file without its signature), the only part to parse.
 */
export async function verifySignedText(
  text: string,
  keys: readonly TrustedKey[],
): Promise<SignatureCheck> {
  const parts = splitSignature(text);
  if (!parts) return { ok: false, reason: 'unsigned' };
  const key = keys.find((candidate) => candidate.id === parts.key);
  if (!key) return { ok: false, reason: 'unknown-key' };
  const valid = await verifyEd25519(
    fromBase64(key.publicKey),
    fromBase64(parts.value),
    new TextEncoder().encode(parts.signed),
  ).catch(() => false);
  return valid
    ? { ok: true, text: parts.signed, key: key.id }
    : { ok: false, reason: 'bad-signature' };
}

// WebKitGTK's Ed25519 (libgcrypt) verifies messages up to 64 KiB less 64 bytes; one byte more
// and it says false for a good signature, further on it aborts the web process ("Ohhhh jeeee:
// … _gcry_sexp_find_token"). Bisected on WebKitGTK 2.50.6 (test/data/signature.test.ts):
// past this size, the engine is asked once whether it does better (long-messages.ts, a lazy
// chunk: most files are shorter), and @noble/ed25519 verifies where it does not.
const LARGEST_FOR_WEBCRYPTO = 65_472;
/** Ed25519 with the engine's WebCrypto; where it lacks Ed25519, @noble/ed25519, loaded only then. */
async function verifyEd25519(
  publicKey: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
  message: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  if (message.length > LARGEST_FOR_WEBCRYPTO) {
    const { webCryptoVerifiesLongMessages } = await import('./long-messages.js');
    if (!(await webCryptoVerifiesLongMessages()))
      return verifyWithNoble(publicKey, signature, message);
  }
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
  } catch (error) {
    // A malformed key is refused by both; only a missing algorithm falls back.
    if ((error as DOMException | undefined)?.name !== 'NotSupportedError') throw error;
    return verifyWithNoble(publicKey, signature, message);
  }
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message);
}

/** The fallback verifier (exported for its test: every engine here has WebCrypto's Ed25519). */
export async function verifyWithNoble(
  publicKey: Uint8Array,
  signature: Uint8Array,
  message: Uint8Array,
): Promise<boolean> {
  const { verifyAsync } = await import('@noble/ed25519');
  // Strict RFC 8032 verification, as WebCrypto does (not ZIP 215's wider acceptance).
  return verifyAsync(signature, message, publicKey, { zip215: false });
}
