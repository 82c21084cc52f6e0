import { expect } from '@open-wc/testing';
import { checkDataset } from '../../src/data/dataset.js';
import { builtDataset } from '../helpers.js';

// Mutations of the real built dataset: each must be refused, at the right path.
const MUTATIONS: { name: string; path: string; mutate: (data: any) => void }[] = [
  {
    name: 'a missing member name',
    path: '/members/0/name',
    mutate: (d) => delete d.members[0].name,
  },
  {
    name: 'a population given as text',
    path: '/members/1/population',
    mutate: (d) => (d.members[1].population = '1000'),
  },
  {
    name: 'a malformed INSEE code',
    path: '/members/2/code',
    mutate: (d) => (d.members[2].code = '<img>'),
  },
  {
    name: 'a non-https website',
    path: '/partners/1/website',
    mutate: (d) => (d.partners[1].website = 'http://example.org'),
  },
  {
    name: 'a javascript: website',
    path: '/partners/1/website',
    mutate: (d) => (d.partners[1].website = 'javascript:alert(1)'),
  },
  {
    name: 'an unknown title',
    path: '/members/0/titles/0/title',
    mutate: (d) => (d.members[0].titles[0].title = 'Ville amie'),
  },
  { name: 'members that are not a list', path: '/members', mutate: (d) => (d.members = {}) },
  { name: 'an older schema version', path: '/schemaVersion', mutate: (d) => (d.schemaVersion = 0) },
];

describe('dataset schema (in the browser, no eval)', () => {
  // A newer minor release of the data may add optional fields: code pinned to
  // an older release reads the file and ignores them (the build refuses
  // unknown fields in what it publishes: test/scripts/schema.test.mjs).
  it('accepts a property it does not know, and keeps checking the known ones', async () => {
    const data = await builtDataset();
    data.members[0].onclick = 'x';
    data.meta.newField = { anything: true };
    expect((await checkDataset(data)).members[0].name).to.equal(data.members[0].name);
    const broken = await builtDataset(); // the checked copy is frozen
    broken.members[0].onclick = 'x';
    broken.members[0].name = '';
    const error = await checkDataset(broken).catch((caught: unknown) => caught);
    expect(String(error)).to.include('/members/0/name');
  });

  it('accepts the built dataset', async () => {
    const dataset = await checkDataset(await builtDataset());
    expect(dataset.members).to.have.length(300);
  });

  for (const mutation of MUTATIONS) {
    it(`refuses ${mutation.name}`, async () => {
      const data = await builtDataset();
      mutation.mutate(data);
      const error: any = await checkDataset(data).catch((caught: unknown) => caught);
      expect(error?.kind).to.equal('schema');
      expect(error.detail.path).to.equal(mutation.path);
    });
  }

  it('refuses a future schema version as "version", not "schema"', async () => {
    const data = await builtDataset();
    data.schemaVersion = 2;
    const error = await checkDataset(data).catch((caught: unknown) => caught);
    expect(error).to.have.property('kind', 'version');
  });
});
