// A page that uses the data layer (as every other element does) but no map:
// the map's geometry must never be requested. Each test file is its own page.
import { expect } from '@open-wc/testing';
import { loadDataset } from '../../src/data/dataset.js';
// Importing the class (no define, no element) must not fetch anything either.
import { VaeCityMap } from '../../src/city-map/city-map.js';
import { DATASET_URL, flushTasks } from '../helpers.js';

describe('a page without <vae-city-map>', () => {
  it('never requests map-departments.json', async () => {
    expect(VaeCityMap).to.be.a('function');
    const dataset = await loadDataset(new URL(DATASET_URL, location.href).href);
    expect(dataset.members.length).to.be.greaterThan(0);
    await flushTasks();
    const names = performance.getEntriesByType('resource').map((e) => e.name);
    expect(names.some((n) => n.endsWith('/vae.json'))).to.equal(true);
    expect(names.filter((n) => n.includes('map-departments'))).to.deep.equal([]);
  });
});
