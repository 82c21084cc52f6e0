// The library's own rules, imported once for the site build: which title a
// member holds on a date (src/data/titles.ts and its siblings), where a badge
// links (src/look/badge-link.ts), the badge's wording (src/look/badge-look.ts),
// the counter's words (src/member-count/messages.ts).
// The site never re-derives any of them.
import { importTs } from '../lib/import-ts.mjs';

export const titles = await importTs('src/data/titles.ts');
export const sentences = await importTs('src/data/title-sentences.ts');
export const choice = await importTs('src/data/title-choice.ts');
export const link = await importTs('src/look/badge-link.ts');
export const look = await importTs('src/look/badge-look.ts');
/** The counter's own words, for its plain-HTML fallback. */
export const countMessages = await importTs('src/member-count/messages.ts');
