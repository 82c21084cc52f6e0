/**
 * Whether this engine's WebCrypto verifies Ed25519 past WebKitGTK's limit
 * (signature.ts): asked once per page, only when a file is that long, on a
 * known-good signature over 65,473 zero bytes, one byte past the limit, where
 * WebKitGTK 2.50.6 says false (and does not crash). Chromium and Firefox say
 * true and keep verifying with the engine; elsewhere @noble/ed25519 does.
 * Asked of the engine rather than read from its name: a fixed WebKit passes.
 */
import { fromBase64 } from './base64.js';

export const PROBE_LENGTH = 65_473;
// A throwaway key pair (its secret key was discarded) and its signature over PROBE_LENGTH zeros.
const PROBE_KEY = 'xUwtvuzcaVEDvNUN01x3I2oiRIo+gZU9eNgxwo0vTRI=';
const PROBE_SIGNATURE =
  'ewBbQ4nnBjQ8TJewsZrgUBZEhZDmul4jcjjS+OIwIxI9Rh5Q5OzjVOxlZeMI+UaCOqSw+MYPNVNB27g14F+kBg==';

let answer: Promise<boolean> | undefined;

export function webCryptoVerifiesLongMessages(): Promise<boolean> {
  return (answer ??= probe());
}

async function probe(): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey(
      'raw',
      fromBase64(PROBE_KEY),
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    const zeros = new Uint8Array(PROBE_LENGTH);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, fromBase64(PROBE_SIGNATURE), zeros);
  } catch {
    return false;
  }
}
