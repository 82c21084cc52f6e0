// `node bench/open-data.mjs`: the bench's open-data section alone (needs `npm run build`).
import { openDataSection } from './lib/open-data.mjs';

console.log(openDataSection());
