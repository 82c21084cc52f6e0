import { expect, fixture, html } from '@open-wc/testing';
import { clearDataCache } from '../../src/data/load.js';
import { loadDataset } from '../../src/data/dataset.js';
import { errorMessage } from '../../src/i18n/messages.js';
import type { DataErrorKind } from '../../src/data/errors.js';
import { VaeErrorEvent, VaeLoadEvent } from '../../src/core/events.js';
import type { VaeTestProbe } from './probe-element.js';
import './probe-element.js';
import {
  DATASET_URL,
  flushTasks,
  responseArrived,
  settled,
  shadowText,
  watchPageErrors,
} from '../helpers.js';

const unique = () => Math.random().toString(36).slice(2);

async function requestCount(key: string): Promise<number> {
  const response = await fetch(`/faults/requests/${key}`);
  return (await response.json()).count;
}

describe('data layer: one fetch per URL', () => {
  beforeEach(() => clearDataCache());

  it('ten elements sharing a URL make one request', async () => {
    const key = unique();
    const src = `/faults/count/${key}/vae.json`;
    const container = await fixture<HTMLDivElement>(
      html`<div>
        ${Array.from({ length: 10 }, () => html`<vae-test-probe src=${src}></vae-test-probe>`)}
      </div>`,
    );
    const probes = [...container.querySelectorAll('vae-test-probe')];
    await Promise.all(probes.map((probe) => settled(probe)));
    expect(probes.map((probe) => probe.state)).to.deep.equal(Array(10).fill('ready'));
    expect(await requestCount(key)).to.equal(1);
  });

  it('a relative and an absolute spelling of one URL are one request', async () => {
    const key = unique();
    const relative = `/faults/count/${key}/vae.json`;
    const absolute = new URL(relative, location.href).href;
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <vae-test-probe src=${relative}></vae-test-probe
        ><vae-test-probe src=${absolute}></vae-test-probe>
      </div>`,
    );
    await Promise.all([...container.children].map((probe) => settled(probe)));
    expect(await requestCount(key)).to.equal(1);
  });

  it('is shared with another copy of the library on the page (the built bundle)', async () => {
    const key = unique();
    const url = new URL(`/faults/count/${key}/vae.json`, location.href).href;
    const bundle = await import(/* @vite-ignore */ '/dist/vae-widgets.js' as string);
    const [fromSource, fromBundle] = await Promise.all([loadDataset(url), bundle.loadDataset(url)]);
    expect(fromBundle).to.equal(fromSource);
    expect(await requestCount(key)).to.equal(1);
  });
});

describe('data layer: states and events', () => {
  beforeEach(() => clearDataCache());

  it('goes from loading to ready and fires vae-load (bubbling, composed)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const events: Event[] = [];
    wrapper.addEventListener('vae-load', (event) => events.push(event));
    const probe = document.createElement('vae-test-probe');
    probe.src = `/faults/slow?ms=300&k=${unique()}`;
    wrapper.append(probe);
    await probe.updateComplete;
    expect(probe.getAttribute('state')).to.equal('loading');
    await settled(probe);
    expect(probe.state).to.equal('ready');
    expect(events).to.have.length(1);
    const event = events[0] as VaeLoadEvent<{ members: number }>;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.members).to.equal(300);
  });

  it('uses <meta name="vae:data"> when no src is set, and src over the meta', async () => {
    const key = unique();
    const meta = Object.assign(document.createElement('meta'), {
      name: 'vae:data',
      content: `/faults/count/${key}/vae.json`,
    });
    document.head.append(meta);
    try {
      const probe = await fixture<VaeTestProbe>(html`<vae-test-probe></vae-test-probe>`);
      await settled(probe);
      expect(await requestCount(key)).to.equal(1);
      const other = unique();
      const withSrc = await fixture<VaeTestProbe>(
        html`<vae-test-probe src=${`/faults/count/${other}/vae.json`}></vae-test-probe>`,
      );
      await settled(withSrc);
      expect(await requestCount(other)).to.equal(1);
      expect(await requestCount(key)).to.equal(1);
    } finally {
      meta.remove();
    }
  });

  it('states the data release it shows: dataVersion and dataBuildDate, on the element and on vae-load', async () => {
    const members = await (await fetch('/data/members.json')).json();
    expect(members.meta.dataVersion).to.match(/^1\.\d+\.\d+(\+dev\.[0-9a-f]{8})?$/);
    const loads: VaeLoadEvent[] = [];
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.addEventListener('vae-load', (event) => loads.push(event as VaeLoadEvent));
    const probe = document.createElement('vae-test-probe');
    expect(probe.dataVersion, 'before it loads').to.equal(undefined);
    holder.append(probe);
    await settled(probe);
    expect([probe.dataVersion, probe.dataBuildDate]).to.deep.equal([
      members.meta.dataVersion,
      members.meta.buildDate,
    ]);
    expect(loads.map((event) => [event.dataVersion, event.dataBuildDate])).to.deep.equal([
      [members.meta.dataVersion, members.meta.buildDate],
    ]);
  });

  it('defaults to its own file beside the library (data/members.json)', async () => {
    const probe = await fixture<VaeTestProbe>(html`<vae-test-probe></vae-test-probe>`);
    await settled(probe);
    expect(probe.state).to.equal('ready');
    const requested = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    expect(requested).to.include('/data/members.json');
    expect(requested).not.to.include('/data/vae.json');
  });

  it('drops the result of a URL the element no longer uses', async () => {
    const slow = `/faults/slow?ms=800&k=${unique()}`;
    const probe = await fixture<VaeTestProbe>(html`<vae-test-probe src=${slow}></vae-test-probe>`);
    probe.src = '/faults/404';
    await settled(probe);
    expect(probe.state).to.equal('error');
    await responseArrived(slow); // the slow answer arrives
    expect(probe.state).to.equal('error');
  });

  it('survives removal while loading, and loads when inserted again', async () => {
    const watcher = watchPageErrors();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const probe = document.createElement('vae-test-probe');
    const slow = `/faults/slow?ms=400&k=${unique()}`;
    probe.src = slow;
    wrapper.append(probe);
    await probe.updateComplete;
    probe.remove();
    await responseArrived(slow); // it arrives while the element is out of the page
    wrapper.append(probe);
    await settled(probe);
    expect(probe.state).to.equal('ready');
    await flushTasks();
    expect(watcher.stop()).to.deep.equal([]);
  });

  it('follows the nearest lang ancestor, and its own lang first', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB">
        <vae-test-probe src="/faults/404"></vae-test-probe>
        <vae-test-probe src="/faults/404" lang="fr"></vae-test-probe>
      </div>`,
    );
    const [english, french] = [...wrapper.querySelectorAll('vae-test-probe')];
    await Promise.all([settled(english), settled(french)]);
    expect(shadowText(english)).to.equal(errorMessage('http', 'en', 404));
    expect(shadowText(french)).to.equal(errorMessage('http', 'fr', 404));
  });
});

const FAULTS: { name: string; src: string; kind: DataErrorKind; timeout?: number }[] = [
  { name: '404', src: '/faults/404', kind: 'http' },
  { name: '500', src: '/faults/500', kind: 'http' },
  { name: 'connection refused', src: 'http://127.0.0.1:9/vae.json', kind: 'network' },
  { name: 'slow beyond the timeout', src: '/faults/slow?ms=5000', kind: 'timeout', timeout: 500 },
  { name: 'not JSON', src: '/faults/not-json', kind: 'not-json' },
  { name: 'truncated JSON', src: '/faults/truncated', kind: 'not-json' },
  { name: 'valid JSON of the wrong shape', src: '/faults/wrong-shape', kind: 'schema' },
  { name: 'a future schema version', src: '/faults/future-version', kind: 'version' },
];

describe('data layer: every fault ends in state="error" with a message', () => {
  beforeEach(() => clearDataCache());

  for (const fault of FAULTS) {
    for (const lang of ['fr', 'en'] as const) {
      it(`${fault.name} (${lang})`, async () => {
        const watcher = watchPageErrors();
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
        const events: VaeErrorEvent[] = [];
        wrapper.addEventListener('vae-error', (event) => events.push(event));
        const probe = document.createElement('vae-test-probe');
        probe.src = `${fault.src}${fault.src.includes('?') ? '&' : '?'}k=${unique()}`;
        if (fault.timeout) probe.timeout = fault.timeout;
        wrapper.append(probe);
        await settled(probe);
        expect(probe.state).to.equal('error');
        const status = fault.kind === 'http' ? Number(fault.name) : undefined;
        const message = errorMessage(fault.kind, lang, status);
        expect(shadowText(probe)).to.equal(message);
        expect(events).to.have.length(1);
        expect(events[0].detail.error?.kind).to.equal(fault.kind);
        expect(events[0].detail.message).to.equal(message);
        await flushTasks();
        expect(watcher.stop()).to.deep.equal([]);
      });
    }
  }

  it('reports the path of the first bad field', async () => {
    const error = await loadDataset(`/faults/wrong-shape?k=${unique()}`).catch((e) => e);
    expect(error.kind).to.equal('schema');
    expect(error.detail.path).to.be.a('string').and.not.equal('');
  });

  it('hands every element the same frozen dataset (it is shared)', async () => {
    const dataset = await loadDataset(new URL(DATASET_URL, location.href).href);
    expect(Object.isFrozen(dataset.members[0])).to.be.true;
  });

  it('sends no cookie and no referrer with the dataset request', async () => {
    const key = unique();
    document.cookie = 'vae-test=visible-to-same-origin; path=/';
    try {
      await loadDataset(new URL(`/faults/count/${key}/vae.json`, location.href).href);
      const seen = await (await fetch(`/faults/requests/${key}`)).json();
      expect(seen).to.deep.equal({ count: 1, referer: [], cookie: [] });
    } finally {
      document.cookie = 'vae-test=; path=/; max-age=0';
    }
  });
});
