// A page with only dist/elements/vae-city-badge.js: the badge renders, and the
// page downloads no search (fuse.js) or map code, nor their data files. The
// check reads the CONTENT of every script the page loaded, not just its name.
import { expect } from '@open-wc/testing';
import { openFrame, allSettled, requested, whenIdle, type Frame } from './frame.js';

// Strings that only fuse.js and the map element contain (checked below against
// their real sources, so a renamed marker fails the test instead of passing it).
const FUSE_MARKERS = ['Pattern length exceeds max of', 'Invalid value for key'];
const MAP_MARKERS = ['vae-city-map', 'map-departments'];
const SEARCH_MARKERS = ['vae-city-search', 'communes/index.json'];

const text = async (url: string) => (await fetch(url)).text();

/** An entry's code with every chunk it imports, statically or lazily (`import("./…")`). */
async function codeWithChunks(entry: string): Promise<string> {
  const seen = new Map<string, string>();
  const visit = async (url: string) => {
    if (seen.has(url)) return;
    const code = await text(url);
    seen.set(url, code);
    for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+\.js)"/g))
      await visit(new URL(specifier, new URL(url, location.href)).href);
  };
  await visit(entry);
  return [...seen.values()].join('\n');
}

describe('a badge-only page (dist/elements/vae-city-badge.js)', () => {
  let frame: Frame;

  before(async () => {
    frame = await openFrame(
      `<vae-city-badge city="69123">Lyon</vae-city-badge>
       <script type="module" src="/dist/elements/vae-city-badge.js"></script>`,
    );
    await allSettled(frame, 'vae-city-badge');
    // Anything lazy (an idle callback, a late import) would have started by now.
    await whenIdle(frame);
  });
  after(() => frame.remove());

  it('renders the verified badge without errors', () => {
    const badge = frame.doc.querySelector('vae-city-badge')!;
    expect(badge.shadowRoot!.textContent).to.contain('Lyon');
    expect(frame.errors).to.deep.equal([]);
  });

  it('the markers are real: fuse.js and the map bundle contain them', async () => {
    const fuse = await text('/node_modules/fuse.js/dist/fuse.mjs');
    for (const marker of FUSE_MARKERS) expect(fuse, marker).to.contain(marker);
    // fuse.js sits in a chunk the search imports lazily (on first focus).
    const search = await codeWithChunks('/dist/elements/vae-city-search.js');
    for (const marker of [...FUSE_MARKERS, ...SEARCH_MARKERS])
      expect(search, marker).to.contain(marker);
    const map = await text('/dist/elements/vae-city-map.js');
    for (const marker of MAP_MARKERS) expect(map, marker).to.contain(marker);
  });

  it('loads scripts that contain no fuse.js, search or map code', async () => {
    const scripts = requested(frame).filter((url) => new URL(url).pathname.endsWith('.js'));
    expect(scripts.some((url) => url.endsWith('/dist/elements/vae-city-badge.js'))).to.equal(true);
    expect(scripts.some((url) => url.includes('/elements/chunks/'))).to.equal(true);
    for (const url of scripts) {
      const code = await text(url);
      for (const marker of [...FUSE_MARKERS, ...MAP_MARKERS, ...SEARCH_MARKERS])
        expect(code, `${url} contains "${marker}"`).not.to.contain(marker);
    }
  });

  it("fetches its member's own file once: not the full dataset, the communes or the map files", () => {
    const urls = requested(frame).map((url) => new URL(url).pathname);
    // Self-hosted (no data folder named, a copy of dist/): the member's own file beside the code.
    expect(urls.filter((path) => path.endsWith('.json'))).to.deep.equal([
      '/dist/data/members/69123.json',
    ]);
    expect(urls.filter((path) => /communes|map-departments|fuse/.test(path))).to.deep.equal([]);
  });
});
