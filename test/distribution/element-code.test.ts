// Issue 24: each element's built entry, loaded alone on a page, fetches only
// its own code and its own file's schema: no other element's chunk, no other
// file's schema module, and none of the other files' schema identifiers
// (`urn:vae-widgets:<file>:…`) anywhere in the bytes it fetched.
import { expect } from '@open-wc/testing';
import { SIGNED_RELEASES_VERIFIED } from '../../src/data/load.js';
import { openFrame, allSettled, requested } from './frame.js';

/** The schemas each element checks its files with (src/data/schemas/). */
const OWN: Record<string, { attrs: string; schemas: string[] }> = {
  'vae-city-badge': { attrs: 'city="69123"', schemas: ['members'] },
  'vae-member-count': { attrs: '', schemas: ['members'] },
  'vae-city-map': { attrs: '', schemas: ['members', 'map-departments'] },
  'vae-city-search': { attrs: '', schemas: ['search'] },
  'vae-partner-list': { attrs: '', schemas: ['partners'] },
  'vae-news-list': { attrs: '', schemas: ['news'] },
};
const ALL_SCHEMAS = [
  'members',
  'search',
  'partners',
  'news',
  'map-departments',
  'communes-index',
  'communes-piece',
];
/** Module names of each schema's chunk (rollup names a chunk after its module). */
const SCHEMA_CHUNK: Record<string, RegExp> = {
  members: /\/members-schema-/,
  search: /\/search-schema-/,
  partners: /\/partners-schema-/,
  news: /\/news-schema-/,
  'map-departments': /\/geometry-schema-/,
  'communes-index': /\/communes-schema-/,
  'communes-piece': /\/communes-schema-/,
};
const OTHER_ELEMENT_CODE = (tag: string) =>
  Object.keys(OWN)
    .filter((other) => other !== tag)
    .map((other) => `/elements/${other}.js`);

for (const [tag, { attrs, schemas }] of Object.entries(OWN)) {
  describe(`<${tag}> alone (dist/elements/${tag}.js)`, () => {
    let scripts: { url: string; code: string }[];
    before(async () => {
      const frame = await openFrame(
        `<${tag} ${attrs}></${tag}><script type="module" src="/dist/elements/${tag}.js"></script>`,
      );
      try {
        await allSettled(frame, tag, ['ready'], 20_000);
        expect(frame.errors).to.deep.equal([]);
        const urls = requested(frame).filter((url) => new URL(url).pathname.endsWith('.js'));
        scripts = await Promise.all(
          urls.map(async (url) => ({ url, code: await (await fetch(url)).text() })),
        );
      } finally {
        frame.remove();
      }
    });

    it("fetches no other element's code", () => {
      const paths = scripts.map((s) => new URL(s.url).pathname);
      expect(paths).to.include(`/dist/elements/${tag}.js`);
      for (const other of OTHER_ELEMENT_CODE(tag)) {
        expect(
          paths.some((p) => p.endsWith(other)),
          other,
        ).to.equal(false);
      }
    });

    it(`fetches its own schema (${schemas.join(', ')}) and no other, by file and by identifier`, () => {
      const paths = scripts.map((s) => new URL(s.url).pathname);
      const bytes = scripts.map((s) => s.code).join('\n');
      for (const schema of ALL_SCHEMAS) {
        // Once releases are verified by signature (issue 25), files beside the code are not checked.
        const own = !SIGNED_RELEASES_VERIFIED && schemas.includes(schema);
        const id = `urn:vae-widgets:${schema}:`;
        expect(bytes.includes(id), `${id} in the bytes`).to.equal(own);
        if (!own && !schemas.some((s) => SCHEMA_CHUNK[s].source === SCHEMA_CHUNK[schema].source)) {
          expect(
            paths.some((p) => SCHEMA_CHUNK[schema].test(p)),
            `${schema} schema chunk`,
          ).to.equal(false);
        }
      }
    });
  });
}
