// Issue 23: two different versions of the library on one page (the built
// element file, then the same built file saying another version: see
// test/server/other-version.mjs). The first copy keeps the tag; the second
// warns once, naming both versions, and nothing reports an error.
import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/core/version.js';
import { allSettled, openFrame, requested, type Frame } from './frame.js';

const OTHER = '0.0.9';
// Classic inline script, before the modules: what console.warn is told.
const WARNINGS = `<script>
  window.warnings = [];
  const warn = console.warn.bind(console);
  console.warn = (...args) => { warnings.push(args.join(' ')); warn(...args); };
</script>`;

describe('two versions of the library on one page', () => {
  let frame: Frame;
  before(async () => {
    frame = await openFrame(
      `<vae-city-badge city="69123"></vae-city-badge>
      <script type="module" src="/dist/elements/vae-city-badge.js"></script>
      <script type="module" src="/other-version/${OTHER}/dist/elements/vae-city-badge.js"></script>`,
      WARNINGS,
    );
    await allSettled(frame, 'vae-city-badge');
  });
  after(() => frame.remove());

  it('really loaded both copies', () => {
    const paths = requested(frame).map((url) => new URL(url).pathname);
    expect(paths).to.include('/dist/elements/vae-city-badge.js');
    expect(paths).to.include(`/other-version/${OTHER}/dist/elements/vae-city-badge.js`);
  });

  it('warns once, naming both versions, and reports no error', async () => {
    // The second copy's module has run once its script's load event is past: wait for the badge.
    const warnings = (frame.win as unknown as { warnings: string[] }).warnings;
    const defineWarnings = warnings.filter((w) => w.includes('already defined'));
    expect(defineWarnings).to.have.length(1);
    expect(defineWarnings[0]).to.include(`vae-widgets ${VERSION}`);
    expect(defineWarnings[0]).to.include(`this copy (${OTHER})`);
    expect(frame.errors).to.deep.equal([]);
  });

  it('the first copy keeps the tag and works', () => {
    const badge = frame.doc.querySelector('vae-city-badge')!;
    expect(badge.getAttribute('state')).to.equal('ready');
    expect((badge.constructor as unknown as { vaeVersion: string }).vaeVersion).to.equal(VERSION);
  });
});
