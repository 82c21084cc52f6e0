/**
 * The signature hook every loader calls on a file's text before parsing it.
 * A file from the default location (the CDN range or the files beside the
 * code) must be signed by a key this code trusts, else it is refused and
 * nothing of it is shown. A file the host names itself (`src`, the page's
 * `<meta name="vae:data">`) is the host's choice: it may be unsigned, and it
 * is schema-checked; a signature it carries is dropped unchecked, as the host
 * may edit its own copy (docs/data.md, "Signing").
 */
import { isDefaultLocation } from './data-location.js';
import { DataError } from './errors.js';
import { splitSignature, verifySignedText } from './signature.js';
import { TRUSTED_KEYS } from './trusted-keys.js';

/** The JSON text to parse from the file read at `url`: verified if it must be. */
export async function authenticatedText(url: string, text: string): Promise<string> {
  if (!isDefaultLocation(url)) return splitSignature(text)?.signed ?? text;
  const check = await verifySignedText(text, TRUSTED_KEYS);
  if (!check.ok) throw new DataError('signature', { url, reason: check.reason });
  return check.text;
}
