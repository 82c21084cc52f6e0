import {
  LitElement,
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { errorMessage, common } from '../i18n/messages.js';
import { resolveLang, toLang, type Lang } from '../i18n/lang.js';
import { DataController } from './data-controller.js';
import type { DataError } from '../data/errors.js';
import type { DataFileSpec } from '../data/file-spec.js';
import { DEFAULT_TIMEOUT_MS, timeoutOf } from '../data/load.js';
import { locate, type Located } from '../data/locate.js';
import type { FileMeta } from '../data/model.js';
import { VaeErrorEvent, VaeLoadEvent } from './events.js';
import { VERSION } from './version.js';

/** `date="2024-05-01"` → that day at local noon; anything else → undefined (today). */
export const dateAttribute = {
  fromAttribute(value: string | null): Date | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value?.trim() ?? '');
    if (!match) return undefined;
    const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
    return date.getDate() === Number(match[3]) ? date : undefined;
  },
};

/** The state every element reflects in its `state` attribute. */
export type ElementState = 'loading' | 'ready' | 'empty' | 'error';

/** What every data file holds: a schema version and its release's meta. */
export interface DataFileContent {
  schemaVersion: number;
  meta: FileMeta;
}

/** What an element derives from its data file and its attributes: what to show, or why nothing. */
export type DerivedView<View> =
  | { state: 'ready'; view: View }
  | { state: 'empty'; reason?: string }
  | { state: 'error'; message: string };

/**
 * The common shell of every vae-* element: the `src`, `lang`, `timeout` and
 * `state` attributes, the shared data controller, the `vae-load` and
 * `vae-error` events, and a default rendering per state. An element names the
 * data file it reads (`dataFile`, see docs/data.md) and supplies `select()`
 * (a pure function of that file and its attributes) and `renderReady()`.
 *
 * @fires vae-load - The element has its data and renders it; `detail` is what it shows.
 * @fires vae-error - The data cannot be used; `detail` is `{ error, message }`.
 * @slot - Fallback content, shown while loading and on error (e.g. a static badge or number).
 * @slot empty - Shown instead of the built-in message when there is nothing to show.
 * @slot error - Shown instead of the built-in message when the data cannot be used.
 * @csspart message - The built-in loading, empty or error message.
 */
export abstract class VaeDataElement<
  View,
  Data extends DataFileContent = DataFileContent,
> extends LitElement {
  // lit's static properties, not decorators: no decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    src: {},
    lang: { reflect: true },
    timeout: { type: Number },
    date: { converter: dateAttribute },
    state: { reflect: true },
  };

  /** The library version this class belongs to (two copies on a page: see core/define.ts). */
  static readonly vaeVersion = VERSION;

  /**
   * Where the data is: a data folder (ending in `/`, e.g. the data package) or a
   * full dataset file (`vae.json`). Default: `<meta name="vae:data">`, else the
   * data package on jsDelivr when the code comes from jsDelivr, else the data
   * files beside the code (docs/data.md).
   */
  src?: string;

  /** Interface language, `fr` or `en`. Default: the nearest `lang` ancestor, else `fr`. */
  override lang!: string;

  /** Milliseconds before a dataset request is given up (default 10 000). */
  timeout = DEFAULT_TIMEOUT_MS;

  /**
   * The day titles are judged on (which mandate runs, whether a title has
   * ended): a `Date`, or the attribute `date="YYYY-MM-DD"`. Default: today.
   * One place for every element, so a page (or a test) can show any date.
   */
  date?: Date;

  /** Reflected, read-only for users: `loading` | `ready` | `empty` | `error`. */
  state: ElementState = 'loading';

  /** The data file this element reads (src/data/files/, docs/data.md). */
  protected abstract readonly dataFile: DataFileSpec<Data>;

  protected readonly data = new DataController(this, () => [
    this.dataFiles(),
    timeoutOf(this.timeout),
  ]);

  /** The element's own file, once loaded. */
  protected get loaded(): Data | undefined {
    return this.data.files?.[0] as Data | undefined;
  }

  /** The data release shown (`meta.dataVersion` of the file read), once loaded. */
  get dataVersion(): string | undefined {
    return this.loaded?.meta.dataVersion;
  }

  /** When the data shown was built (`meta.buildDate`, ISO date-time), once loaded. */
  get dataBuildDate(): string | undefined {
    return this.loaded?.meta.buildDate;
  }

  /** Where the element's own file is (an element may choose a smaller file: the badge). */
  protected ownFile(): Located<Data> {
    return locate(this.dataFile, this.src, this.ownerDocument)!;
  }

  /** Every file the element needs before it is ready: its own first (the map adds its geometry). */
  protected dataFiles(): Located<unknown>[] {
    return [this.ownFile()];
  }

  /** The current derived view, recomputed before each render. */
  protected derived?: DerivedView<View>;
  private derivedFrom?: Data;
  private lastOutcome?: string;
  private lastCause?: unknown;

  /** The day the element judges titles on: `date`, else now. */
  protected get judgedOn(): Date {
    return this.date instanceof Date && !Number.isNaN(this.date.getTime()) ? this.date : new Date();
  }

  /** The language the element speaks now. */
  protected get locale(): Lang {
    // The property first: lit writes the reflected attribute only after rendering.
    return this.lang ? toLang(this.lang) : resolveLang(this);
  }

  /** Turns the data file and the element's attributes into what to show. */
  protected abstract deriveView(data: Data): DerivedView<View>;

  protected abstract renderReady(view: View): TemplateResult | typeof nothing;

  /** The payload of `vae-load`; by default the view. */
  protected loadDetail(view: View): unknown {
    return view;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const dataset = this.loaded;
    const status = this.data.status;
    if (status === 'ready' && dataset) {
      // Derive again only when the data or an attribute changed: the view
      // (and so the events it causes) stays the same across plain re-renders.
      const inputsChanged = [...changed.keys()].some((key) => key !== 'state');
      if (!this.derived || dataset !== this.derivedFrom || inputsChanged) {
        this.derived = this.safeDerive(dataset);
        this.derivedFrom = dataset;
      }
      this.state = this.derived.state;
    } else {
      this.derived = undefined;
      this.derivedFrom = undefined;
      this.state = status;
    }
  }

  private safeDerive(dataset: Data): DerivedView<View> {
    try {
      return this.deriveView(dataset);
    } catch (error) {
      // A bug or a data oddity in one element must not break the host page.
      console.error('[vae-widgets]', error);
      return { state: 'error', message: errorMessage('schema', this.locale) };
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // One event per outcome: entering `ready` (or new data), entering `error` (or a new error).
    const cause =
      this.state === 'ready'
        ? this.loaded
        : this.state === 'error'
          ? (this.data.error ?? this.derived)
          : undefined;
    const outcome = `${this.state}`;
    if (outcome === this.lastOutcome && cause === this.lastCause) return;
    this.lastOutcome = outcome;
    this.lastCause = cause;
    if (this.state === 'ready' && this.derived?.state === 'ready') {
      this.dispatchEvent(new VaeLoadEvent(this.loadDetail(this.derived.view), this.loaded?.meta));
    } else if (this.state === 'error') {
      this.dispatchEvent(new VaeErrorEvent({ error: this.data.error, message: this.message() }));
    }
  }

  /** The reader-facing message for the current error or empty state. */
  protected message(): string {
    const derived = this.derived;
    if (derived?.state === 'error') return derived.message;
    if (derived?.state === 'empty') return derived.reason ?? '';
    const error: DataError | undefined = this.data.error;
    return error ? errorMessage(error.kind, this.locale, error.detail.status) : '';
  }

  override render() {
    switch (this.state) {
      case 'ready':
        return this.derived?.state === 'ready' ? this.renderReady(this.derived.view) : nothing;
      case 'loading':
        return this.renderLoading();
      case 'empty':
        return this.renderEmpty();
      default:
        return this.renderError();
    }
  }

  /** Loading: the light-DOM fallback if any, else a short text. */
  protected renderLoading(): TemplateResult {
    return html`<slot><span part="message">${common[this.locale].loading}</span></slot>`;
  }

  /** Empty: host content in the `empty` slot, else the element's message. */
  protected renderEmpty(): TemplateResult {
    return html`<slot name="empty"><p part="message">${this.message()}</p></slot>`;
  }

  /** Error: host content in the `error` slot, else the light-DOM fallback, else the message. */
  protected renderError(): TemplateResult {
    return html`<slot name="error"
      ><slot><p part="message error">${this.message()}</p></slot></slot
    >`;
  }
}
