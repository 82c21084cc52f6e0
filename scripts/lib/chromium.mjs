// One place that knows how to start the system's Debian Chromium, for tests,
// benchmarks and screenshots alike. Tools that download their own browser do
// not work on these machines.
import { enginePrograms, missingMessage, missingPrograms } from './engines.mjs';

export const CHROMIUM_PATH = enginePrograms().chromium[0].path;

/** Flags for a headless run on a closed network (no background connections). */
export function chromiumArgs() {
  const args = [
    '--headless=new',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    // Tests run in several tabs at once: keep background tabs running at full speed.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ];
  // Chromium refuses to run as root without this flag.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

export function assertChromium() {
  const missing = missingPrograms(['chromium']);
  if (missing.length) throw new Error(missingMessage(missing));
}
