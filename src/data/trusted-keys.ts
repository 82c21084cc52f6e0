/**
 * The public keys this code trusts to sign its data major (a list, so a new
 * key can be added before it signs). The sources hold none: the build writes
 * them in place of the marker below (scripts/lib/sign-data.mjs), the
 * programme's keys from data/signing-keys.json and, in a development build
 * only, that build's own key. Code built without them trusts nothing, so a
 * file from the default location is never shown unchecked.
 */
import type { TrustedKey } from './signature.js';

// The build appends ` <id>:<base64>` per key to this string (a plain string, which minifiers keep).
const WRITTEN_BY_BUILD = 'vae-trusted-keys';

export const TRUSTED_KEYS: readonly TrustedKey[] = WRITTEN_BY_BUILD.split(' ')
  .slice(1)
  .map((entry) => {
    const colon = entry.indexOf(':');
    return { id: entry.slice(0, colon), publicKey: entry.slice(colon + 1) };
  });
