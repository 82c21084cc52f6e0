// 500 badges on one page, as a directory of members would have: one data
// request, every badge ready with one `vae-load`, and the renders spread over
// several tasks so the page stays responsive (the timings are the bench's:
// `node bench/many-badges.mjs`; no test asserts a duration).
import { expect } from '@open-wc/testing';
import { clearDataCache } from '../../src/data/load.js';
import '../../src/city-badge/city-badge.define.js';
import { builtDataset, settled } from '../helpers.js';

const COUNT = 500;

describe('vae-city-badge: 500 badges on one page', () => {
  let wrapper: HTMLDivElement;
  beforeEach(() => {
    clearDataCache();
    wrapper = document.createElement('div');
    document.body.append(wrapper);
  });
  afterEach(() => wrapper.remove());

  it('each ends ready with one vae-load, the data requested once, rendered over several tasks', async () => {
    const { members } = (await builtDataset()) as { members: { code: string }[] };
    const key = `many-${Math.random().toString(36).slice(2)}`;
    // A data folder, as from the CDN: each badge reads its file there (members.json, once for all).
    const src = `/faults/count/${key}/`;
    const loads = new Map<EventTarget, number>();
    // A message posted when the first badge is shown: it runs in a task of its
    // own, so if every badge rendered in the task the data arrived in, it would
    // find all of them ready already.
    let readyWhenThePageGotATurn: number | undefined;
    wrapper.addEventListener('vae-load', (event) => {
      loads.set(event.target!, (loads.get(event.target!) ?? 0) + 1);
      if (loads.size === 1) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          readyWhenThePageGotATurn = wrapper.querySelectorAll('[state="ready"]').length;
          channel.port1.close();
        };
        channel.port2.postMessage(null);
      }
    });
    for (let index = 0; index < COUNT; index += 1) {
      const badge = document.createElement('vae-city-badge');
      badge.src = src;
      badge.city = members[index % members.length].code;
      wrapper.append(badge);
    }
    const badges = [...wrapper.querySelectorAll('vae-city-badge')];
    await Promise.all(badges.map((el) => settled(el, ['ready', 'empty', 'error'], 60_000)));

    expect(badges.filter((el) => el.state !== 'ready')).to.have.length(0);
    expect(loads.size).to.equal(COUNT);
    expect([...loads.values()].every((count) => count === 1)).to.be.true;
    const seen = await (await fetch(`/faults/requests/${key}`)).json();
    expect(seen.count).to.equal(1);
    expect(readyWhenThePageGotATurn).to.be.a('number');
    expect(readyWhenThePageGotATurn).to.be.below(COUNT);
  });
});
