// Build step: signs every data file in dist/data/ and writes the keys the
// built code trusts into it (scripts/lib/sign-data.mjs; docs/data.md, "Signing").
// With the programme key (VAE_SIGNING_KEY_FILE or VAE_SIGNING_KEY) the code
// trusts the programme's keys only; without it, this machine's development
// key signs, and only this build's code trusts it.
import { join } from 'node:path';
import {
  devKeyPath,
  programmeKey,
  programmeKeys,
  releaseKey,
  signDataFolder,
  signingKey,
  writeTrustedKeys,
} from './lib/sign-data.mjs';

try {
  const key = programmeKey() ? releaseKey() : signingKey();
  const count = signDataFolder(join('dist', 'data'), key);
  const trusted = [...programmeKeys(), ...(key.dev ? [key] : [])];
  const written = writeTrustedKeys('dist', trusted);
  if (!written)
    throw new Error('no built file holds the trusted-keys marker (src/data/trusted-keys.ts)');
  console.log(
    key.dev
      ? `signing: ${count} data files signed with the DEVELOPMENT key ${key.id} (${devKeyPath()}): ` +
          'only this build trusts it; its data says +dev, it is not a release'
      : `signing: ${count} data files signed with the programme key ${key.id} (${key.source})`,
  );
  console.log(`signing: ${written} code files trust ${trusted.map((k) => k.id).join(', ')}`);
} catch (error) {
  console.error(`signing: ${error.message}`);
  process.exit(1);
}
