// The faults every element must survive. Add a row to extend the sweep: the
// test runs each row for every element (test/hardening/elements.ts) in fr and en.
import type { DataErrorKind } from '../../src/data/errors.js';

export type Scenario =
  /** The element is created with `src` and left alone. */
  | 'plain'
  /** Created on a slow dataset; `src` changes to the fault's `src` before it arrives. */
  | 'url-changed-while-loading'
  /** Created on a slow dataset, removed while it loads, put back. */
  | 'removed-while-loading'
  /** Loaded in the other language; `lang` and the element's `change` attributes are then set. */
  | 'attributes-changed-after-load';

export interface Fault {
  name: string;
  scenario: Scenario;
  /** The dataset URL (`key` keeps it unique, so no cached result hides the fault). */
  src: (key: string) => string;
  /** For `url-changed-while-loading`: the slow URL the element starts on. */
  from?: (key: string) => string;
  /** The element's `timeout` attribute, when the fault needs one. */
  timeout?: number;
  /** The state the element must end in, and for `error`, the data error it shows. */
  expect: { state: 'ready' } | { state: 'error'; kind: DataErrorKind; status?: number };
}

/** A slow dataset (valid, or a 404) with the base map beside it (test/server/hardening-routes.mjs). */
export const slow = (key: string, ms: number, status = '') =>
  `/hardening/${key}/slow-${ms}${status}/vae.json`;

/** How long the slow dataset of the loading scenarios takes (short: the file must stay fast). */
export const SLOW_MS = 600;

/** A data folder (`src` ending in `/`) whose every file has `fault` (test/server/faults.mjs). */
const folder = (fault: string) => (key: string) => `/faults/in/${fault}/${key}/`;

export const FAULTS: Fault[] = [
  // The element's own files, read from a data folder (issue 13): members.json or
  // members/<code>.json, search.json, partners.json, news.json, the map geometry.
  {
    name: 'data folder: HTTP 404 on its files',
    scenario: 'plain',
    src: folder('404'),
    expect: { state: 'error', kind: 'http', status: 404 },
  },
  {
    name: 'data folder: HTTP 500 on its files',
    scenario: 'plain',
    src: folder('500'),
    expect: { state: 'error', kind: 'http', status: 500 },
  },
  {
    name: 'data folder: timeout (timeout="300", files after 1.5 s)',
    scenario: 'plain',
    src: folder('slow'),
    timeout: 300,
    expect: { state: 'error', kind: 'timeout' },
  },
  {
    name: 'data folder: not JSON',
    scenario: 'plain',
    src: folder('not-json'),
    expect: { state: 'error', kind: 'not-json' },
  },
  {
    name: 'data folder: truncated JSON',
    scenario: 'plain',
    src: folder('truncated'),
    expect: { state: 'error', kind: 'not-json' },
  },
  {
    name: 'data folder: wrong shape',
    scenario: 'plain',
    src: folder('wrong-shape'),
    expect: { state: 'error', kind: 'schema' },
  },
  {
    name: 'data folder: future schema version',
    scenario: 'plain',
    src: folder('future-version'),
    expect: { state: 'error', kind: 'version' },
  },
  {
    name: 'data folder: a newer minor with unknown optional fields',
    scenario: 'plain',
    src: folder('newer-minor'),
    expect: { state: 'ready' },
  },
  {
    name: 'HTTP 404',
    scenario: 'plain',
    src: (k) => `/faults/404?k=${k}`,
    expect: { state: 'error', kind: 'http', status: 404 },
  },
  {
    name: 'HTTP 500',
    scenario: 'plain',
    src: (k) => `/faults/500?k=${k}`,
    expect: { state: 'error', kind: 'http', status: 500 },
  },
  {
    name: 'connection refused',
    scenario: 'plain',
    src: (k) => `http://127.0.0.1:9/vae.json?k=${k}`,
    expect: { state: 'error', kind: 'network' },
  },
  {
    name: 'timeout (timeout="300", dataset after 1.5 s)',
    scenario: 'plain',
    src: (k) => `/faults/slow?ms=1500&k=${k}`,
    timeout: 300,
    expect: { state: 'error', kind: 'timeout' },
  },
  {
    name: 'truncated JSON',
    scenario: 'plain',
    src: (k) => `/faults/truncated?k=${k}`,
    expect: { state: 'error', kind: 'not-json' },
  },
  {
    name: 'an HTML page instead of JSON',
    scenario: 'plain',
    src: (k) => `/faults/not-json?k=${k}`,
    expect: { state: 'error', kind: 'not-json' },
  },
  {
    // Decision: the body decides, not the Content-Type. A valid dataset served
    // as text/html (a misconfigured static host) is used: JSON.parse never runs
    // code, and the schema check still guards what is shown.
    name: 'a valid dataset served as text/html',
    scenario: 'plain',
    src: (k) => `/hardening/${k}/html/vae.json`,
    expect: { state: 'ready' },
  },
  {
    name: 'schema mismatch',
    scenario: 'plain',
    src: (k) => `/faults/wrong-shape?k=${k}`,
    expect: { state: 'error', kind: 'schema' },
  },
  {
    name: 'future schema version',
    scenario: 'plain',
    src: (k) => `/faults/future-version?k=${k}`,
    expect: { state: 'error', kind: 'version' },
  },
  {
    name: 'dataset URL changed (to a 404) while loading',
    scenario: 'url-changed-while-loading',
    from: (k) => slow(k, SLOW_MS),
    src: (k) => `/faults/404?k=${k}`,
    expect: { state: 'error', kind: 'http', status: 404 },
  },
  {
    name: 'dataset URL changed (from a slow 404 to a good one) while loading',
    scenario: 'url-changed-while-loading',
    from: (k) => slow(k, SLOW_MS, '-404'),
    src: (k) => `/hardening/${k}/ok/vae.json`,
    expect: { state: 'ready' },
  },
  {
    name: 'element removed while loading and re-inserted',
    scenario: 'removed-while-loading',
    src: (k) => slow(k, SLOW_MS),
    expect: { state: 'ready' },
  },
  {
    name: 'attributes changed after load',
    scenario: 'attributes-changed-after-load',
    src: (k) => `/hardening/${k}/ok/vae.json`,
    expect: { state: 'ready' },
  },
];
