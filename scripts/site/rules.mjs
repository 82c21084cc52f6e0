// The library's own rules, imported once for the site build: which title a
// member holds on a date (src/domain/titles.ts and its siblings), where a badge
// links (src/domain/badge-link.ts), the badge's wording (src/domain/badge-look.ts),
// the counter's words (src/member-count/messages.ts).
// The site never re-derives any of them.
import { importTs } from '../lib/import-ts.mjs';

export const titles = await importTs('src/domain/titles.ts');
export const sentences = await importTs('src/domain/title-sentences.ts');
export const choice = await importTs('src/domain/title-choice.ts');
export const link = await importTs('src/domain/badge-link.ts');
export const look = await importTs('src/domain/badge-look.ts');
/** The counter's own words, for its plain-HTML fallback. */
export const countMessages = await importTs('src/member-count/messages.ts');
