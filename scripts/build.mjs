// `npm run build`: the data pipeline (scripts/data/pipeline.mjs), then the code
// pipeline (scripts/code/pipeline.mjs), stopping at the first failure.
import { DATA_STEPS } from './data/pipeline.mjs';
import { CODE_STEPS, cleanCode } from './code/pipeline.mjs';
import { runSteps } from './lib/run-steps.mjs';

cleanCode();
if (!runSteps('build', DATA_STEPS) || !runSteps('build', CODE_STEPS)) process.exit(1);
