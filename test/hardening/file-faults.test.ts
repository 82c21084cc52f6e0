// Issue 23: the faults sweep for the files an element reads besides its own:
// the map geometry and the all-communes index and pieces. The data folder
// serves every file as built except the target's, which has the fault
// (test/server/faults.mjs, /faults/only/). Each goes through the one data
// route: one DataError kind per fault, named by file; the element says so in
// the page's language, throws nothing, and a newer minor is read.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/city-map/city-map.define.js';
import type { VaeCityMap } from '../../src/city-map/city-map.js';
import { mapMessages } from '../../src/city-map/messages.js';
import { messages as searchMessages } from '../../src/city-search/messages.js';
import type { DataErrorKind } from '../../src/data/errors.js';
import { COMMUNES_INDEX_FILE, communesPieceFile } from '../../src/data/files/communes-files.js';
import { load } from '../../src/data/load.js';
import { locate } from '../../src/data/locate.js';
import { flushTasks, settled, shadowText, watchPageErrors } from '../helpers.js';
import { makeSearch, optionText, options, typeInto } from '../city-search/search-helpers.js';
import { LANGS, uniqueKey } from './host-page.js';

interface FileFault {
  fault: string;
  /** The DataError kind the route gives, or `ready` when the file is read. */
  expect: DataErrorKind | 'ready';
}

const FAULTS: FileFault[] = [
  { fault: '404', expect: 'http' },
  { fault: '500', expect: 'http' },
  { fault: 'slow', expect: 'timeout' },
  { fault: 'not-json', expect: 'not-json' },
  { fault: 'truncated', expect: 'not-json' },
  { fault: 'wrong-shape', expect: 'schema' },
  { fault: 'future-version', expect: 'version' },
  { fault: 'newer-minor', expect: 'ready' },
];

const folder = (fault: string, target: string) =>
  new URL(`/faults/only/${fault}/${target}/${uniqueKey()}/`, location.href).href;

/** The slow files answer after 1.5 s: a shorter timeout makes them time out (only for that fault). */
const timeoutFor = (fault: string) => (fault === 'slow' ? 1000 : 10_000);

describe('faults on the map geometry (the map, through the data route)', function () {
  this.timeout(15_000);
  for (const { fault, expect: expected } of FAULTS) {
    for (const lang of LANGS) {
      it(`${fault} (${lang}) → ${expected}`, async () => {
        const watch = watchPageErrors();
        const errors: { error?: { kind: string; file?: string } }[] = [];
        const el = await fixture<VaeCityMap>(
          html`<vae-city-map
            src=${folder(fault, 'map')}
            lang=${lang}
            timeout=${timeoutFor(fault)}
            @vae-error=${(e: CustomEvent) => errors.push(e.detail)}
          ></vae-city-map>`,
        );
        await settled(el);
        if (expected === 'ready') {
          expect(el.state).to.equal('ready');
          expect(el.shadowRoot!.querySelectorAll('svg path').length).to.be.above(90);
        } else {
          expect(el.state).to.equal('error');
          const t = mapMessages[lang];
          expect(shadowText(el)).to.include(
            expected === 'timeout' ? t.geometryTimeout : t.geometry,
          );
          expect(errors.map((d) => [d.error?.kind, d.error?.file])).to.deep.equal([
            [expected, 'map-departments'],
          ]);
        }
        await flushTasks();
        expect(watch.stop()).to.deep.equal([]);
      });
    }
  }
});

describe('faults on the all-communes files (the data route)', function () {
  this.timeout(15_000);
  for (const target of ['communes-index', 'communes-pieces']) {
    for (const { fault, expect: expected } of FAULTS) {
      it(`${target}: ${fault} → ${expected}`, async () => {
        const index = locate(COMMUNES_INDEX_FILE, folder(fault, target))!;
        const read = async () => {
          const communes = await load(index, timeoutFor(fault));
          const piece = locate(communesPieceFile('n-ch'), null, document, index)!;
          return { communes, piece: await load(piece, timeoutFor(fault)) };
        };
        const outcome = await read().catch((error: unknown) => error);
        if (expected === 'ready') {
          const { piece } = outcome as Awaited<ReturnType<typeof read>>;
          expect(piece.communes.some((c) => c.name === 'Chamonix-Mont-Blanc')).to.equal(true);
        } else {
          expect(outcome).to.include({
            kind: expected,
            file: target === 'communes-index' ? 'communes/index' : 'communes/n-ch',
          });
        }
      });
    }
  }
});

describe('faults on the all-communes pieces (the search element)', function () {
  this.timeout(20_000);
  // The slow fault is the route's timeout, shown above: the search gives these larger files 20 s.
  for (const { fault, expect: expected } of FAULTS.filter((f) => f.fault !== 'slow')) {
    for (const lang of LANGS) {
      it(`${fault} (${lang}) → ${expected === 'ready' ? 'communes offered' : 'members only, said'}`, async () => {
        const watch = watchPageErrors();
        const el = await makeSearch(
          `all-communes communes-src="${folder(fault, 'communes-pieces')}communes/index.json"`,
          lang,
        );
        await typeInto(el, 'chamonix');
        if (expected === 'ready') {
          await waitUntil(
            () => options(el).some((o) => optionText(o).startsWith('Chamonix-Mont-Blanc (74)')),
            'no commune offered',
            { timeout: 15_000 },
          );
        } else {
          await waitUntil(() => el.shadowRoot!.querySelector('[part="notice"]'), 'no notice', {
            timeout: 15_000,
          });
          expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain(
            searchMessages[lang].allFailed,
          );
        }
        await flushTasks();
        expect(watch.stop()).to.deep.equal([]);
      });
    }
  }
});
