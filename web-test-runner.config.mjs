// Browser tests in three engines (Debian's Chromium, Firefox ESR and WebKitGTK),
// the built dataset, and real HTTP faults. BROWSERS=chromium,firefox picks some.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROMIUM_PATH, chromiumArgs } from './scripts/lib/chromium.mjs';
import { firefoxLauncher } from './scripts/lib/firefox.mjs';
import { webkitLauncher } from './scripts/lib/webkit.mjs';
import { wantedEngines } from './scripts/lib/engines.mjs';
import { faultsMiddleware } from './test/server/faults.mjs';
import { hardeningMiddleware } from './test/server/hardening-routes.mjs';
import { hostileMiddleware } from './test/server/hostile.mjs';
import { cspMiddleware } from './test/server/csp.mjs';
import { privacyMiddleware } from './test/server/privacy.mjs';
import { communesPiecesMiddleware } from './test/server/communes-pieces.mjs';
import { otherVersionMiddleware } from './test/server/other-version.mjs';
import { changedCopyMiddleware } from './test/server/changed-copy.mjs';
import { countReporter, timeEngine } from './test/server/count-reporter.mjs';
import { forcedColorsPlugin } from './test/server/forced-colors-plugin.mjs';
import { networkLogPlugin } from './test/server/network-log-plugin.mjs';
import { blockUrlsPlugin } from './test/server/block-urls-plugin.mjs';
import { windowFocusPlugin } from './test/server/window-focus-plugin.mjs';
import { signedCdnPlugin } from './test/server/signed-cdn-plugin.mjs';

const launchers = {
  chromium() {
    const launcher = chromeLauncher({
      launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs() },
    });
    launcher.name = 'Chromium'; // not Google Chrome: Debian's build
    return launcher;
  },
  firefox: firefoxLauncher,
  webkit: webkitLauncher,
};
const wanted = wantedEngines();

export default {
  // test/frameworks holds the framework apps and their node_modules (whose own tests are not ours).
  files: ['test/**/*.test.ts', '!test/scripts/**', '!test/frameworks/**'],
  nodeResolve: true,
  // One page at a time per engine: a second tab is hidden (no frames, no focus),
  // which stalls visibility- and focus-dependent tests. The engines run side by side.
  concurrency: 1,
  concurrentBrowsers: 3,
  // That one page is reused: an earlier file's Tab may have left the window's focus in the
  // browser's own toolbar. Each test file starts once its page holds the focus again.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module">
      import { holdWindowFocus } from '/test/window-focus.ts';
      await holdWindowFocus().catch((error) => console.error('window-focus:', error));
      await import(${JSON.stringify(testFramework)});
    </script></body></html>`,
  testsFinishTimeout: 180_000,
  browsers: wanted.map((name) => timeEngine(launchers[name]())),
  plugins: [
    // No `target`: with one, esbuild rewrites every served .js (dist/ too), so tests would not run the built bytes.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    forcedColorsPlugin(),
    networkLogPlugin(),
    blockUrlsPlugin(),
    windowFocusPlugin(),
    signedCdnPlugin(),
  ],
  middleware: [
    faultsMiddleware,
    hardeningMiddleware,
    hostileMiddleware,
    cspMiddleware,
    privacyMiddleware,
    communesPiecesMiddleware,
    otherVersionMiddleware,
    changedCopyMiddleware,
  ],
  // Under STRESS=1 (every core kept busy by scripts/test.mjs) a test may take three times longer.
  testFramework: { config: { timeout: process.env.STRESS ? 60_000 : 20_000 } },
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countReporter('coverage/wtr-counts.json'),
  ],
};
