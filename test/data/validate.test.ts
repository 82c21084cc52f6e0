import { expect } from '@open-wc/testing';
import { checkDataset } from '../../src/data/load-dataset.js';
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
  {
    name: 'an unexpected property',
    path: '/members/0/onclick',
    mutate: (d) => (d.members[0].onclick = 'x'),
  },
  { name: 'members that are not a list', path: '/members', mutate: (d) => (d.members = {}) },
  { name: 'an older schema version', path: '/schemaVersion', mutate: (d) => (d.schemaVersion = 0) },
];

describe('dataset schema (in the browser, no eval)', () => {
  it('accepts the built dataset', async () => {
    const dataset = checkDataset(await builtDataset());
    expect(dataset.members).to.have.length(300);
  });

  for (const mutation of MUTATIONS) {
    it(`refuses ${mutation.name}`, async () => {
      const data = await builtDataset();
      mutation.mutate(data);
      let error: any;
      try {
        checkDataset(data);
      } catch (caught) {
        error = caught;
      }
      expect(error?.kind).to.equal('schema');
      expect(error.detail.path).to.equal(mutation.path);
    });
  }

  it('refuses a future schema version as "version", not "schema"', async () => {
    const data = await builtDataset();
    data.schemaVersion = 2;
    expect(() => checkDataset(data))
      .to.throw()
      .with.property('kind', 'version');
  });
});
