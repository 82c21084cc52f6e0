// Privacy: with every element on a page and used, the page talks only to the
// dataset's origin (and its own, for code), sends and sets no cookie, writes
// no storage. Requests are logged through DevTools (test/server/network-log-plugin.mjs),
// or resource timing in engines without DevTools;
// the dataset server records the headers it received (test/server/privacy.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { engine, idle, settled, shadowText } from '../helpers.js';
import { deepElements } from './dom-walk.js';
import { ELEMENT_TAGS } from '../element-tags.js';

interface Logged {
  url: string;
  type: string;
  method: string;
}
interface Received {
  path: string;
  cookie: string;
  referer: string;
  origin: string;
}

const HOST_COOKIE = 'host-session=abc123';

/** Every storage write the page makes, recorded before passing it on (observation only). */
const writes: string[] = [];
function observeStorage() {
  const observe = <T extends object>(target: T, name: keyof T & string, label: string) => {
    const original = target[name] as unknown as (...args: unknown[]) => unknown;
    Object.defineProperty(target, name, {
      configurable: true,
      writable: true,
      value(this: unknown, ...args: unknown[]) {
        writes.push(`${label}.${name}(${args.map(String).join(', ')})`);
        return original.apply(this, args);
      },
    });
  };
  for (const name of ['setItem', 'removeItem', 'clear'] as const)
    observe(Storage.prototype, name, 'Storage');
  observe(IDBFactory.prototype, 'open', 'indexedDB');
  observe(IDBFactory.prototype, 'deleteDatabase', 'indexedDB');
  observe(CacheStorage.prototype, 'open', 'caches');
  observe(ServiceWorkerContainer.prototype, 'register', 'serviceWorker');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get: cookie.get,
    set(value: string) {
      writes.push(`document.cookie = ${value}`);
      cookie.set!.call(this, value);
    },
  });
}

/**
 * Every request the page makes between start and stop. Chromium: the DevTools
 * network log. Firefox and WebKit have no DevTools protocol here: the page's own
 * resource timing entries (fetch, module imports, images, beacons, CSS) stand in.
 */
async function network(action: 'start' | 'stop'): Promise<Logged[]> {
  if (engine === 'chromium') {
    return executeServerCommand('network-log', { action }) as Promise<Logged[]>;
  }
  if (action === 'start') {
    performance.setResourceTimingBufferSize(100_000); // a dev-server import graph is large
    performance.clearResourceTimings();
    return [];
  }
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => !isBrowserFavicon(entry))
    .map((entry) => ({
      url: entry.name,
      type: entry.initiatorType === 'script' ? 'Script' : entry.initiatorType,
      method: 'GET',
    }));
}

/**
 * WebKitGTK asks the page's origin for /favicon.ico on its own, at a moment of its choosing,
 * and lists that request in resource timing as `icon`: the browser's, not the page's.
 */
function isBrowserFavicon(entry: PerformanceResourceTiming) {
  return entry.initiatorType === 'icon' && entry.name === `${location.origin}/favicon.ico`;
}

/** The same server under its other name: localhost ⇄ 127.0.0.1 (another origin). */
function otherOrigin() {
  const url = new URL(location.href);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.origin;
}

/** A badge on `/privacy/<key>/vae.json`, which the page preloads first with `crossOrigin`. */
async function badgeAfterPreload(key: string, crossOrigin: string): Promise<Received[]> {
  const src = `/privacy/${key}/vae.json`;
  const link = Object.assign(document.createElement('link'), { rel: 'preload', href: src });
  link.as = 'fetch';
  link.crossOrigin = crossOrigin;
  link.referrerPolicy = 'no-referrer';
  const preloaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', () => reject(new Error(`the preload of ${src} failed`)));
  });
  document.head.append(link);
  try {
    const badge = await fixture(html`<vae-city-badge city="34003" src=${src}></vae-city-badge>`);
    await settled(badge as HTMLElement, ['ready']);
    // Both requests (the preload's and any of the element's) have been answered.
    await preloaded;
    return await receivedBy(key);
  } finally {
    link.remove();
  }
}

/** All six elements on `src`, used: search typed into (all communes), a map department opened. */
async function mountAndUse(src: string) {
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  for (const tag of ELEMENT_TAGS) {
    const el = document.createElement(tag);
    el.setAttribute('src', src);
    if (tag === 'vae-city-badge') el.setAttribute('city', '34003');
    if (tag === 'vae-city-search') el.setAttribute('all-communes', '');
    holder.append(el);
  }
  for (const el of holder.children) await settled(el as HTMLElement, ['ready']);
  const search = holder.querySelector('vae-city-search')!;
  search.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: 'chamonix' });
  await waitUntil(() => shadowText(search).includes('Chamonix-Mont-Blanc'), 'no commune option');
  const map = holder.querySelector('vae-city-map')!;
  map.shadowRoot!.querySelector<SVGElement>('path[data-code="34"]')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => map.shadowRoot!.querySelector('[part="panel"]'), 'map panel not open');
  // Late requests (images, beacons, deferred loads) would have started once the page is idle.
  const images = deepElements(holder).filter((node) => node instanceof HTMLImageElement);
  await waitUntil(() => images.every((image) => image.complete), 'an image is still loading');
  await idle();
  return holder;
}

// The server's log is shared by the engines running side by side: one key per run and engine.
const CROSS = `cross-${engine}-${Date.now().toString(36)}`;
const SAME = `same-${engine}-${Date.now().toString(36)}`;
const PRELOADED = `preloaded-${engine}-${Date.now().toString(36)}`;

const receivedBy = async (key: string): Promise<Received[]> =>
  (await fetch(`/privacy/log/${key}`)).json();

describe('privacy', () => {
  let codeRequests: Logged[];

  before(async () => {
    observeStorage();
    document.cookie = `${HOST_COOKIE}; path=/`;
    await network('start');
    await import('../../src/index.js');
    codeRequests = await network('stop');
  });

  after(() => {
    document.cookie = `${HOST_COOKIE.split('=')[0]}=; path=/; max-age=0`;
  });

  it('the library code comes from the page origin only', () => {
    expect(codeRequests.length).to.be.greaterThan(5);
    for (const { url } of codeRequests) expect(new URL(url).origin).to.equal(location.origin);
  });

  it('a dataset on a second origin: every data request goes to that origin, code only to its own', async () => {
    const other = otherOrigin();
    await network('start');
    await mountAndUse(`${other}/privacy/${CROSS}/vae.json`);
    const requested = await network('stop');
    // Code the search imports lazily (fuse.js, the all-communes code) comes from where the
    // host serves the library, like the rest of the code; every other request is data.
    const lazyCode = requested.filter(
      ({ type, url }) => type === 'Script' && new URL(url).origin === location.origin,
    );
    for (const { url } of lazyCode)
      expect(new URL(url).pathname).to.match(/^\/(src|dist|node_modules)\//);
    const requests = requested.filter((request) => !lazyCode.includes(request));
    const elsewhere = requests.filter(({ url }) => new URL(url).origin !== other);
    expect(elsewhere, 'requests off the dataset origin').to.deep.equal([]);
    const paths = requests.map(({ url }) => new URL(url).pathname).sort();
    expect(paths).to.deep.equal([
      `/privacy/${CROSS}/communes/index.json`,
      `/privacy/${CROSS}/communes/n-ch.json`,
      `/privacy/${CROSS}/map-departments.json`,
      `/privacy/${CROSS}/vae.json`,
    ]);
    const received = await receivedBy(CROSS);
    expect(received).to.have.length(4);
    for (const request of received) {
      expect(request.cookie, request.path).to.equal('');
      expect(request.referer, request.path).to.equal('');
    }
  });

  it('a dataset on the page origin: the host page cookie is not sent', async () => {
    expect(document.cookie).to.include(HOST_COOKIE); // the cookie exists, so it could be sent
    await mountAndUse(`/privacy/${SAME}/vae.json`);
    const received = await receivedBy(SAME);
    expect(received.map((r) => r.path).sort()).to.deep.equal([
      `/privacy/${SAME}/communes/index.json`,
      `/privacy/${SAME}/communes/n-ch.json`,
      `/privacy/${SAME}/map-departments.json`,
      `/privacy/${SAME}/vae.json`,
    ]);
    for (const request of received) {
      expect(request.cookie, request.path).to.equal('');
      expect(request.referer, request.path).to.equal('');
    }
  });

  // The builder's self-hosted snippet preloads the badge's file from the page's own origin
  // (`crossorigin="anonymous"`: the page's own request, with the page's cookies, to its own
  // server), and the element asks in the same mode so that the browser can give it that
  // response: Chromium and Firefox do; WebKitGTK 2.50.6 asks again, as the page did. Either
  // way nothing goes to that server that the page's own preload did not already send.
  // (That the element takes the preload when its code arrives after it is shown by
  // test/scripts/site-builder.test.mjs, "local URLs": it fails on an element asking with `omit`.)
  it('a page-origin file the page preloads: taken in Chromium and Firefox; WebKit asks again as the page did', async () => {
    const received = await badgeAfterPreload(PRELOADED, 'anonymous');
    const path = `/privacy/${PRELOADED}/vae.json`;
    const expected = engine === 'webkit' ? [path, path] : [path];
    expect(received.map((r) => r.path)).to.deep.equal(expected);
    for (const request of received) {
      expect(request.cookie).to.equal(HOST_COOKIE);
      expect(request.referer).to.equal('');
    }
  });

  it('no cookie, storage, IndexedDB, cache or service worker written', async () => {
    expect(document.cookie).to.equal(HOST_COOKIE);
    expect(writes.filter((w) => !w.includes(HOST_COOKIE.split('=')[0]))).to.deep.equal([]);
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(await indexedDB.databases()).to.deep.equal([]);
    expect(await caches.keys()).to.deep.equal([]);
    expect(await navigator.serviceWorker.getRegistrations()).to.deep.equal([]);
  });

  it('the observers see a write (they can fail)', () => {
    const before = writes.length;
    sessionStorage.setItem('probe', '1');
    sessionStorage.removeItem('probe');
    expect(writes.slice(before)).to.deep.equal([
      'Storage.setItem(probe, 1)',
      'Storage.removeItem(probe)',
    ]);
  });
});
