import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { errorMessage, common } from '../i18n/messages.js';
import { resolveLang, toLang, type Lang } from '../i18n/lang.js';
import { DatasetController } from './dataset-controller.js';
import { DATASET_FILE, type DataFile } from './data-files.js';
import { dataFileUrl, namesDatasetFile } from './data-location.js';
import type { DataError } from './errors.js';
import { VaeErrorEvent, VaeLoadEvent } from './events.js';
import { DEFAULT_TIMEOUT_MS, type DataFileSpec } from './load-data-file.js';
import type { FileMeta } from './model.js';

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

/** What an element makes of the dataset, given its attributes. */
export type Selection<View> =
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
  /**
   * Where the data is: a data folder (ending in `/`, e.g. the data package) or a
   * full dataset file (`vae.json`). Default: `<meta name="vae:data">`, else the
   * data package on jsDelivr when the code comes from jsDelivr, else the data
   * files beside the code (docs/data.md).
   */
  @property() src?: string;

  /** Interface language, `fr` or `en`. Default: the nearest `lang` ancestor, else `fr`. */
  @property({ reflect: true }) override lang!: string;

  /** Milliseconds before a dataset request is given up (default 10 000). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /**
   * The day titles are judged on (which mandate runs, whether a title has
   * ended): a `Date`, or the attribute `date="YYYY-MM-DD"`. Default: today.
   * One place for every element, so a page (or a test) can show any date.
   */
  @property({ converter: dateAttribute }) date?: Date;

  /** Reflected, read-only for users: `loading` | `ready` | `empty` | `error`. */
  @property({ reflect: true }) state: ElementState = 'loading';

  /** The data file this element reads (its name in the data folder, and its schema). */
  protected abstract readonly dataFile: DataFile<Data>;

  protected readonly data = new DatasetController<Data>(
    this,
    () => this.fileSpec(),
    () => [
      this.dataUrl(),
      this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS,
      this.dataUrlIfMissing(),
    ],
  );

  /** The data release shown (`meta.dataVersion` of the file read), once loaded. */
  get dataVersion(): string | undefined {
    return this.data.dataset?.meta.dataVersion;
  }

  /** When the data shown was built (`meta.buildDate`, ISO date-time), once loaded. */
  get dataBuildDate(): string | undefined {
    return this.data.dataset?.meta.buildDate;
  }

  /**
   * How the file read is checked: a full dataset named by `src` (or the page's
   * meta) is checked whole, as a tampered dataset must be refused by every
   * element; an element's own file, against that file's schema.
   */
  private fileSpec(): DataFileSpec<Data> {
    // A full dataset holds everything each per-element file holds.
    return namesDatasetFile(this.src, this.ownerDocument)
      ? (DATASET_FILE as DataFileSpec<unknown> as DataFileSpec<Data>)
      : this.dataFile;
  }

  /** The URL of the file to read; an element may choose a smaller file (the badge). */
  protected dataUrl(): string {
    return dataFileUrl(this.dataFile, this.src, this.ownerDocument);
  }

  /** Where to read instead when `dataUrl()` does not exist (HTTP 404); none by default. */
  protected dataUrlIfMissing(): string | undefined {
    return undefined;
  }

  /** The current selection, recomputed before each render. */
  protected selection?: Selection<View>;
  private selectedFrom?: Data;
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

  /** Turns the dataset and the element's attributes into what to show. */
  protected abstract select(data: Data): Selection<View>;

  protected abstract renderReady(view: View): TemplateResult | typeof nothing;

  /** The payload of `vae-load`; by default the view. */
  protected loadDetail(view: View): unknown {
    return view;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const dataset = this.data.dataset;
    const status = this.data.status;
    if (status === 'ready' && dataset) {
      // Select again only when the data or an attribute changed: the selection
      // (and so the events it causes) stays the same across plain re-renders.
      const inputsChanged = [...changed.keys()].some((key) => key !== 'state');
      if (!this.selection || dataset !== this.selectedFrom || inputsChanged) {
        this.selection = this.safeSelect(dataset);
        this.selectedFrom = dataset;
      }
      this.state = this.selection.state;
    } else {
      this.selection = undefined;
      this.selectedFrom = undefined;
      this.state = status;
    }
  }

  private safeSelect(dataset: Data): Selection<View> {
    try {
      return this.select(dataset);
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
        ? this.data.dataset
        : this.state === 'error'
          ? (this.data.error ?? this.selection)
          : undefined;
    const outcome = `${this.state}`;
    if (outcome === this.lastOutcome && cause === this.lastCause) return;
    this.lastOutcome = outcome;
    this.lastCause = cause;
    if (this.state === 'ready' && this.selection?.state === 'ready') {
      this.dispatchEvent(
        new VaeLoadEvent(this.loadDetail(this.selection.view), this.data.dataset?.meta),
      );
    } else if (this.state === 'error') {
      this.dispatchEvent(new VaeErrorEvent({ error: this.data.error, message: this.message() }));
    }
  }

  /** The reader-facing message for the current error or empty state. */
  protected message(): string {
    const selection = this.selection;
    if (selection?.state === 'error') return selection.message;
    if (selection?.state === 'empty') return selection.reason ?? '';
    const error: DataError | undefined = this.data.error;
    return error ? errorMessage(error.kind, this.locale, error.detail.status) : '';
  }

  override render() {
    switch (this.state) {
      case 'ready':
        return this.selection?.state === 'ready' ? this.renderReady(this.selection.view) : nothing;
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
