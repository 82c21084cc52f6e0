// The project's test-runner configuration plus the forced-colors command used by
// the map's tests: `npx web-test-runner --config test/city-map/web-test-runner.config.mjs`.
import base from '../../web-test-runner.config.mjs';
import { forcedColorsPlugin } from './forced-colors-plugin.mjs';

export default {
  ...base,
  files: ['test/city-map/**/*.test.ts'],
  plugins: [...base.plugins, forcedColorsPlugin()],
};
