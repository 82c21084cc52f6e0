import type { DataError } from '../data/errors.js';
import type { FileMeta } from '../data/model.js';

/**
 * Fired when an element has its data and renders it: `detail` is what it shows,
 * `dataVersion` and `dataBuildDate` which data release it shows. Bubbles, composed.
 */
export class VaeLoadEvent<T = unknown> extends Event {
  static readonly type = 'vae-load';
  readonly dataVersion?: string;
  readonly dataBuildDate?: string;
  constructor(
    readonly detail: T,
    meta?: FileMeta,
  ) {
    super(VaeLoadEvent.type, { bubbles: true, composed: true });
    this.dataVersion = meta?.dataVersion;
    this.dataBuildDate = meta?.buildDate;
  }
}

/**
 * Fired when an element cannot show what it was asked for: `error` is the data
 * failure (absent when the data loaded but the request was invalid, e.g. a
 * malformed code); `message` is the reader-facing text. Bubbles, composed.
 */
export class VaeErrorEvent extends Event {
  static readonly type = 'vae-error';
  constructor(readonly detail: { error?: DataError; message: string }) {
    super(VaeErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vae-load': VaeLoadEvent;
    'vae-error': VaeErrorEvent;
  }
}
