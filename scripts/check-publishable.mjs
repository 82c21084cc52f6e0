// `prepublishOnly` of the code package: the code published to npm trusts only
// the programme's keys (data/signing-keys.json). A development build (made
// without the programme key) trusts its own key too, and is refused here:
// build with VAE_SIGNING_KEY_FILE set, then publish (docs/data.md, "Signing").
import { execFileSync } from 'node:child_process';
import { publishProblems } from './lib/sign-data.mjs';

const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const problems = publishProblems(
  '.',
  packed.files.map((file) => file.path),
);
if (problems.length) {
  console.error(
    `prepublishOnly: this build may not be published:\n  ${problems.join('\n  ')}\n` +
      'Build with the programme key (VAE_SIGNING_KEY_FILE), then publish (docs/data.md, "Signing").',
  );
  process.exit(1);
}
console.log('prepublishOnly: the packed code trusts only the programme keys.');
