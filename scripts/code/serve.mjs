// `npm start` (after the build): serves the repository on a local port and
// prints the site's and the demo's URLs. The site is served under a sub-path
// (/dist/site/), as it may be deployed. The fault routes let the demo show every state.
import { startDevServer } from '@web/dev-server';
import { faultsMiddleware } from '../../test/server/faults.mjs';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', middleware: [faultsMiddleware] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server.address();
console.log(`vae-widgets site: http://127.0.0.1:${address.port}/dist/site/`);
console.log(`vae-widgets demo: http://127.0.0.1:${address.port}/demo/`);
