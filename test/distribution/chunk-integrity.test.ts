// Issue 27: the per-element snippet, as the build writes it (dist/snippets.json), pointed at a
// copy of dist/ whose shared chunk changed after its hash was taken. Its import map binds the
// entry's own import of the chunk, so the element never starts and the changed code never runs,
// in every engine (a `modulepreload`'s integrity binds only the preload, and only in Chromium).
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { allSettled, openFrame, type Frame } from './frame.js';
import { onlyIn } from '../helpers.js';

interface Snippets {
  cdnBase: string;
  scripts: Record<string, string>;
}

const FILE = 'elements/vae-city-badge.js';

/** The badge's snippet with its CDN URLs pointed at `base` (as the builder's "local URLs" does). */
async function badgeSnippet(base: string): Promise<string> {
  const snippets = (await (await fetch('/dist/snippets.json')).json()) as Snippets;
  return snippets.scripts[FILE].replaceAll(snippets.cdnBase, new URL(base, location.href).href);
}

const page = (snippet: string) => `<vae-city-badge city="69123">Lyon</vae-city-badge>\n${snippet}`;

describe('the per-element snippet checks every chunk its file imports', () => {
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  it('runs from an unchanged copy (the check itself lets the right bytes through)', async () => {
    frame = await openFrame(page(await badgeSnippet('/dist/')));
    await allSettled(frame, 'vae-city-badge');
    expect(frame.errors).to.deep.equal([]);
  });

  // WebKitGTK 2.50 checks neither an import map's integrity nor a modulepreload's: there the
  // changed chunk runs (seen on this machine). docs/csp.md says so: use the all-in-one file.
  const checking = onlyIn(['chromium', 'firefox'], 'WebKitGTK 2.50 has no import-map integrity');
  checking.it(
    'refuses a changed shared chunk: the entry fails, the element is never defined',
    async () => {
      frame = await openFrame(page(await badgeSnippet('/changed-copy/dist/')));
      const { win } = frame;
      // The entry's module graph failed to load: its script element fired `error`.
      await waitUntil(
        () => frame!.errors.some((error) => error.endsWith(`/changed-copy/dist/${FILE}`)),
        'the entry script did not fail',
      );
      expect(win.customElements.get('vae-city-badge')).to.equal(undefined);
      expect('changedChunkRan' in win).to.equal(false);
      expect(frame.doc.querySelector('vae-city-badge')!.textContent).to.equal('Lyon');
    },
  );
});
