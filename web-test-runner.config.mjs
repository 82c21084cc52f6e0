// Browser tests: real Debian Chromium, the built dataset, and real HTTP faults.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROMIUM_PATH, chromiumArgs } from './scripts/lib/chromium.mjs';
import { faultsMiddleware } from './test/server/faults.mjs';
import { hardeningMiddleware } from './test/server/hardening-routes.mjs';
import { hostileMiddleware } from './test/server/hostile.mjs';
import { cspMiddleware } from './test/server/csp.mjs';
import { privacyMiddleware } from './test/server/privacy.mjs';
import { communesPiecesMiddleware } from './test/server/communes-pieces.mjs';
import { countReporter } from './test/server/count-reporter.mjs';
import { forcedColorsPlugin } from './test/server/forced-colors-plugin.mjs';
import { networkLogPlugin } from './test/server/network-log-plugin.mjs';
import { blockUrlsPlugin } from './test/server/block-urls-plugin.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/scripts/**'],
  nodeResolve: true,
  // One page at a time: a second tab is hidden (no frames, no focus), which
  // stalls visibility- and focus-dependent tests.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs() } }),
  ],
  plugins: [
    // No `target`: with one, esbuild rewrites every served .js (dist/ too), so tests would not run the built bytes.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    forcedColorsPlugin(),
    networkLogPlugin(),
    blockUrlsPlugin(),
  ],
  middleware: [
    faultsMiddleware,
    hardeningMiddleware,
    hostileMiddleware,
    cspMiddleware,
    privacyMiddleware,
    communesPiecesMiddleware,
  ],
  testFramework: { config: { timeout: 20_000 } },
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countReporter('coverage/wtr-counts.json'),
  ],
};
