// Each element fetches only its own data files (docs/data.md, "The files, and
// who reads them"), once, however many elements of its kind are on the page;
// on a page with ten of every kind, each file is still fetched once. Built
// files (dist/elements/), self-hosted: the data is read beside the code.
import { expect } from '@open-wc/testing';
import { openFrame, allSettled, requested } from './frame.js';

const EXPECTED: Record<string, { attrs: string; files: string[] }> = {
  'vae-city-badge': { attrs: 'city="69123"', files: ['members.json'] },
  'vae-member-count': { attrs: '', files: ['members.json'] },
  'vae-city-map': { attrs: '', files: ['map-departments.json', 'members.json'] },
  'vae-city-search': { attrs: '', files: ['search.json'] },
  'vae-partner-list': { attrs: '', files: ['partners.json'] },
  'vae-news-list': { attrs: '', files: ['news.json'] },
};

/** The data files the frame fetched, each as often as it was fetched, sorted. */
const dataFiles = (urls: string[]) =>
  urls
    .map((url) => new URL(url).pathname)
    .filter((path) => path.startsWith('/dist/data/'))
    .map((path) => path.slice('/dist/data/'.length))
    .sort();

const tenOf = (tag: string) =>
  Array.from({ length: 10 }, () => `<${tag} ${EXPECTED[tag].attrs}></${tag}>`).join('');

describe('each element fetches only its own data files, once per page', () => {
  for (const [tag, { files }] of Object.entries(EXPECTED)) {
    it(`ten <${tag}>: ${files.join(', ')}, once each`, async () => {
      const frame = await openFrame(
        `${tenOf(tag)}<script type="module" src="/dist/elements/${tag}.js"></script>`,
      );
      try {
        await allSettled(frame, tag, ['ready'], 20_000);
        expect(dataFiles(requested(frame))).to.deep.equal(files);
        expect(frame.errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  it('ten of every kind on one page: every file once, members.json shared', async () => {
    const tags = Object.keys(EXPECTED);
    const frame = await openFrame(
      tags.map(tenOf).join('') +
        tags
          .map((tag) => `<script type="module" src="/dist/elements/${tag}.js"></script>`)
          .join(''),
    );
    try {
      await allSettled(frame, tags.join(','), ['ready'], 30_000);
      const all = [...new Set(Object.values(EXPECTED).flatMap((entry) => entry.files))].sort();
      expect(dataFiles(requested(frame))).to.deep.equal(all);
      expect(frame.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
