import { expect } from '@open-wc/testing';
import { fold, foldWithOrigin, toOriginalRanges } from '../../src/search/fold.js';
import { SearchIndex, Tier } from '../../src/search/search-index.js';
import { fuseScorer } from '../../src/search/fuse-scorer.js';
import { typoDistance } from '../../src/search/edit-distance.js';
import { pieceNeed, respaced } from '../../src/search/piece-keys.js';

describe('fold: French names as people type them', () => {
  const cases: [string, string][] = [
    ['Saint-Étienne', 'saint etienne'],
    ['st etienne', 'saint etienne'],
    ['S. Étienne', 'saint etienne'],
    ['Ste-Foy', 'sainte foy'],
    ["L'Haÿ-les-Roses", 'l hay les roses'],
    ['Marcq-en-Barœul', 'marcq en baroeul'],
    ['Villeneuve-lès-Avignon', 'villeneuve les avignon'],
    ['villeneuve lez avignon', 'villeneuve les avignon'],
    ['  BÉZIERS  ', 'beziers'],
  ];
  for (const [input, expected] of cases) {
    it(`folds "${input}"`, () => expect(fold(input)).to.equal(expected));
  }

  it('maps folded ranges back to the original characters (for <mark>)', () => {
    const name = 'Ste-Foy-lès-Lyon';
    const folded = foldWithOrigin(name);
    expect(toOriginalRanges(folded, [[0, 6]], name)).to.deep.equal([[0, 3]]);
    const at = folded.text.indexOf('les');
    expect(toOriginalRanges(folded, [[at, at + 3]], name)).to.deep.equal([[8, 11]]);
  });
});

describe('SearchIndex ranking', () => {
  const entry = (
    name: string,
    department: string,
    population: number,
    postcodes: string[] = [],
  ) => ({
    names: [name],
    department,
    postcodes,
    population,
    item: `${name} (${department})`,
  });
  const index = new SearchIndex([
    entry('Saint-Denis', '11', 8),
    entry('Saint-Denis', '93', 51, ['93200']),
    entry('Saint-Denis', '974', 52, ['97400']),
    entry('Saint-Denis-en-Val', '45', 39),
    entry('Denisy', '01', 20),
    entry('Marseille', '13', 59, ['13001']),
    entry('Marseillan', '34', 39),
  ]);

  it('puts exact names first, larger population first among them', () => {
    const { hits } = index.search('saint denis');
    expect(hits.slice(0, 3).map((hit) => hit.item)).to.deep.equal([
      'Saint-Denis (974)',
      'Saint-Denis (93)',
      'Saint-Denis (11)',
    ]);
    expect(hits[3].item).to.equal('Saint-Denis-en-Val (45)');
    expect(hits[0].tier).to.equal(Tier.Exact);
  });

  it('ranks a prefix above a word inside a name', () => {
    expect(index.search('denis').hits[0].item).to.equal('Denisy (01)');
  });

  it('finds a typo, closer typos first', () => {
    const { hits } = index.search('marseile', { fuzzy: fuseScorer });
    expect(hits[0].item).to.equal('Marseille (13)');
    expect(hits[0].tier).to.equal(Tier.Fuzzy);
  });

  it('offers no typo-only match once a name matches exactly, or several as a prefix', () => {
    const exact = index.search('marseille', { fuzzy: fuseScorer }).hits;
    expect(exact.map((hit) => hit.tier)).to.not.include(Tier.Fuzzy);
    const prefixes = index.search('saint den', { fuzzy: fuseScorer });
    expect(prefixes.hits.map((hit) => hit.tier)).to.not.include(Tier.Fuzzy);
    expect(prefixes.total).to.equal(prefixes.hits.length);
  });

  it('counts only real matches in the total, never typo-only suggestions', () => {
    const { hits, total } = index.search('marseile', { fuzzy: fuseScorer });
    expect(hits.length).to.be.greaterThan(0);
    expect(total).to.equal(0);
  });

  it('matches no typo without a fuzzy scorer (it arrives later, lazily)', () => {
    expect(index.search('marseile').hits).to.deep.equal([]);
  });

  it('matches postcodes (full, prefix) and departments', () => {
    expect(index.search('93200').hits.map((hit) => hit.item)).to.deep.equal(['Saint-Denis (93)']);
    expect(index.search('974').hits.map((hit) => hit.item)).to.deep.equal(['Saint-Denis (974)']);
    expect(index.search('1300').hits[0].postcode?.value).to.equal('13001');
  });

  it('narrows by a trailing department and by the department option', () => {
    expect(index.search('saint denis 93').hits.map((hit) => hit.item)).to.deep.equal([
      'Saint-Denis (93)',
    ]);
    expect(
      index.search('saint', { departments: ['45'] }).hits.map((hit) => hit.item),
    ).to.deep.equal(['Saint-Denis-en-Val (45)']);
  });

  it('highlights the matched characters of the original name', () => {
    expect(index.search('st den').hits[0].ranges).to.deep.equal([[0, 9]]);
  });
});

describe('typo ties, misplaced spaces, suggestions beside an exact name', () => {
  const entry = (name: string, population: number) => ({
    names: [name],
    department: '00',
    postcodes: [],
    population,
    item: name,
  });
  const index = new SearchIndex([
    entry('Toulouse', 56),
    entry('Mulhouse', 50),
    entry('Le Havre', 52),
    entry('Saint-Avre', 15),
    entry('Oulon', 18),
    entry('Toulon', 52),
    entry('Marseille', 59),
  ]);
  const names = (query: string) =>
    index.search(query, { fuzzy: fuseScorer }).hits.map((hit) => hit.item);

  it('counts typos as a reader makes them (a swap is one; from a word start)', () => {
    expect(typoDistance('mulouse', 'mulhouse')).to.equal(1);
    expect(typoDistance('mulouse', 'toulouse')).to.equal(2);
    expect(typoDistance('caeynne', 'cayenne')).to.equal(1);
    expect(typoDistance('etiene', 'saint etienne')).to.equal(1);
    expect(typoDistance('marsei', 'marseille')).to.equal(0);
  });

  it('breaks a tie of typo scores by typos before population: "mulouse" is Mulhouse', () => {
    expect(names('mulouse')[0]).to.equal('Mulhouse');
  });

  it('reads a space typed one letter late: "leh avre" is Le Havre, "let ampon" reads "le tampon"', () => {
    expect(respaced('leh avre')).to.equal('le havre');
    expect(respaced('let ampon')).to.equal('le tampon');
    expect(respaced('le havre')).to.equal(undefined);
    expect(pieceNeed('leh avre')).to.equal('n:av,ha');
    expect(pieceNeed('le havre')).to.equal('n:ha');
    expect(names('leh avre')[0]).to.equal('Le Havre');
  });

  it('beside an exact village, suggests the much larger town one typo away: "oulon", Toulon', () => {
    const { hits, total } = index.search('oulon', { fuzzy: fuseScorer });
    expect(hits.map((hit) => [hit.item, hit.tier])).to.deep.equal([
      ['Oulon', Tier.Exact],
      ['Toulon', Tier.Fuzzy],
    ]);
    expect(total).to.equal(1);
    // A larger town is not suggested beside an exact match when it is two typos away.
    expect(names('marseil')).to.deep.equal(['Marseille']);
  });
});
