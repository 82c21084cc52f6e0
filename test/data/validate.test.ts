import { expect } from '@open-wc/testing';
import { checkDataset } from '../../src/data/dataset.js';
import { GEOMETRY_FILE } from '../../src/data/files/geometry-file.js';
import { check } from '../../src/data/load.js';
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

// The geometry's departments are tuples: the schema checks each position
// (prefixItems), for map data the host names (a release is checked at build).
describe('map geometry schema: each position of a department', () => {
  const builtGeometry = async () => (await fetch('/dist/data/map-departments.json')).json();
  const TUPLE_MUTATIONS: { name: string; path: string; mutate: (data: any) => void }[] = [
    {
      name: 'a code that is a list',
      path: '/departments/0/0',
      mutate: (d) => (d.departments[0][0] = ['01']),
    },
    {
      name: 'a name that is a number',
      path: '/departments/1/1',
      mutate: (d) => (d.departments[1][1] = 2),
    },
    {
      name: 'rings that are a list',
      path: '/departments/2/2',
      mutate: (d) => (d.departments[2][2] = ['!']),
    },
    {
      name: 'an inset of three numbers',
      path: '/departments/100/3',
      mutate: (d) => (d.departments[100][3] = [0, 1, 2]),
    },
    {
      name: 'an inset of text',
      path: '/departments/100/3/0',
      mutate: (d) => (d.departments[100][3] = ['0', 1, 2, 3]),
    },
  ];

  it('reads the built geometry', async () => {
    const geometry = await check(await builtGeometry(), GEOMETRY_FILE);
    expect(geometry.departments).to.have.length(101);
    expect(geometry.departments[100].inset).to.have.length(4);
  });

  for (const mutation of TUPLE_MUTATIONS) {
    it(`refuses ${mutation.name}`, async () => {
      const data = await builtGeometry();
      mutation.mutate(data);
      const error: any = await check(data, GEOMETRY_FILE).catch((caught: unknown) => caught);
      expect(error?.kind).to.equal('schema');
      expect(error.detail.path).to.equal(mutation.path);
    });
  }
});
