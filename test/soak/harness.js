// The soak page's harness (test/scripts/soak.test.mjs drives it): before the
// library loads, it wraps what an element could leave behind — event listeners,
// timers, animation frames, observers — and fetch, and counts what is still
// live; then it mounts and removes the six elements, cycle after cycle.
// The harness's own observer, kept apart from the counted ones.
const MutationObserverOriginal = window.MutationObserver;
const live = {
  listeners: new Map(),
  timeouts: new Set(),
  intervals: new Set(),
  frames: new Set(),
  observing: {},
};
const fetches = new Map();
/**
 * Listeners are counted on what outlives an element: the window, the document,
 * media queries, the page's own nodes. Those on an element's own nodes go with
 * it, and are not held here (holding them would itself keep every element alive).
 */
const outlivesElements = (target) =>
  !(target instanceof Node) && !(target instanceof AbortSignal)
    ? true
    : [document, document.documentElement, document.body].includes(target) || target?.id === 'host';

const listenerKey = (type, listener, options) =>
  `${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;
const perTarget = new WeakMap();
const { addEventListener, removeEventListener } = EventTarget.prototype;
EventTarget.prototype.addEventListener = function (type, listener, options) {
  if (listener && outlivesElements(this)) {
    let entries = perTarget.get(this);
    if (!entries) perTarget.set(this, (entries = new Map()));
    const key = listenerKey(type, listener, options);
    const set = entries.get(key) ?? new Set();
    entries.set(key, set);
    if (!set.has(listener)) {
      set.add(listener);
      live.listeners.set(listener, { target: this, type, key });
      options?.signal?.addEventListener?.('abort', () =>
        this.removeEventListener(type, listener, options),
      );
    }
  }
  return addEventListener.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (type, listener, options) {
  perTarget
    .get(this)
    ?.get(listenerKey(type, listener, options))
    ?.delete(listener);
  const entry = live.listeners.get(listener);
  if (entry?.target === this && entry.key === listenerKey(type, listener, options))
    live.listeners.delete(listener);
  return removeEventListener.call(this, type, listener, options);
};

const wrapTimer = (set, name, clearName, once) => {
  const start = window[name].bind(window);
  const clear = window[clearName].bind(window);
  window[name] = (callback, ...rest) => {
    const id = start(
      (...args) => {
        if (once) set.delete(id);
        return typeof callback === 'function' ? callback(...args) : undefined;
      },
      ...rest,
    );
    set.add(id);
    return id;
  };
  window[clearName] = (id) => {
    set.delete(id);
    return clear(id);
  };
};
wrapTimer(live.timeouts, 'setTimeout', 'clearTimeout', true);
wrapTimer(live.intervals, 'setInterval', 'clearInterval', false);
wrapTimer(live.frames, 'requestAnimationFrame', 'cancelAnimationFrame', true);

// Observers: how many observations each kind holds (observe − unobserve − disconnected), no references kept.
for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver']) {
  const Original = window[name];
  live.observing[name] = 0;
  window[name] = class extends Original {
    #watching = 0;
    observe(...args) {
      this.#watching++;
      live.observing[name]++;
      return super.observe(...args);
    }
    unobserve(...args) {
      if (this.#watching > 0) {
        this.#watching--;
        live.observing[name]--;
      }
      return super.unobserve(...args);
    }
    disconnect() {
      live.observing[name] -= this.#watching;
      this.#watching = 0;
      return super.disconnect();
    }
  };
}

const originalFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : input, location.href).pathname;
  fetches.set(url, (fetches.get(url) ?? 0) + 1);
  return originalFetch(input, init);
};

const ELEMENTS = [
  ['vae-city-badge', { city: '69123' }],
  ['vae-city-search', {}],
  ['vae-partner-list', {}],
  ['vae-member-count', {}],
  ['vae-news-list', { limit: '3' }],
  ['vae-city-map', {}],
];
const SETTLED = ['ready', 'empty', 'error'];
const host = document.getElementById('host');

/** Mounts the six elements, waits until each has settled, removes them; returns their states. */
async function cycle() {
  const elements = ELEMENTS.map(([tag, attributes]) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  });
  const settled = new Promise((resolve) => {
    const check = () => elements.every((e) => SETTLED.includes(e.getAttribute('state')));
    const watch = new MutationObserverOriginal(() => {
      if (check()) {
        watch.disconnect();
        resolve();
      }
    });
    watch.observe(host, { subtree: true, attributes: true, attributeFilter: ['state'] });
  });
  host.append(...elements);
  await settled;
  const states = elements.map((e) => e.getAttribute('state'));
  for (const element of elements) element.remove();
  return states;
}

/** Forgets every file the library cached on this page (its page-wide caches). */
function clearCaches() {
  for (const symbol of Object.getOwnPropertySymbols(globalThis))
    if (symbol.description?.startsWith('vae-widgets.')) globalThis[symbol].clear?.();
}

/** What is still live, outside the removed elements (whose own listeners go with them). */
function leftovers() {
  const listeners = {};
  for (const { target, type } of live.listeners.values()) {
    const name = `${target.constructor.name} ${type}`;
    listeners[name] = (listeners[name] ?? 0) + 1;
  }
  return {
    listeners,
    timeouts: live.timeouts.size,
    intervals: live.intervals.size,
    frames: live.frames.size,
    observers: { ...live.observing },
  };
}

window.soak = {
  /** Runs `count` cycles, clearing the caches every `clearEvery` cycles (0: never). */
  async run(count, clearEvery = 0) {
    const states = new Set();
    for (let i = 1; i <= count; i++) {
      (await cycle()).forEach((state, n) => states.add(`${ELEMENTS[n][0]}=${state}`));
      if (clearEvery && i % clearEvery === 0) clearCaches();
    }
    return [...states];
  },
  leftovers,
  fetches: () => Object.fromEntries(fetches),
  resetFetches: () => fetches.clear(),
};
