import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LiveAnnouncer } from './live-region.js';

/** What the combobox asks of the element that owns the text and the options. */
export interface ComboboxActions<T> {
  /** The reader picked `option` (Enter on the active option). */
  choose(option: T): void;
  /** Runs the search again for the current text (ArrowDown on a closed, empty list). */
  refresh(): void;
  /** Empties the field (Escape on a closed list). */
  clear(): void;
  /** The query the field holds now, trimmed ('' when empty; an answer for another one is not announced). */
  asked(): string;
}

type Host = ReactiveControllerHost & { renderRoot: ParentNode };

/**
 * The WAI-ARIA APG editable combobox with a listbox popup, without its markup:
 * which options are shown, whether the popup is open, which option is active
 * (`aria-activedescendant`), the keys, and the polite announcements. Options
 * are `#option-<index>` in the host's render root.
 */
export class Combobox<T> implements ReactiveController {
  open = false;
  active = -1;
  options: readonly T[] = [];
  /** The live region's text. */
  announcement = '';
  /** The query it answers ('' for other news, such as a choice): the live region's `data-query`. */
  announcedFor = '';
  private readonly announcer: LiveAnnouncer;
  private scrolledTo = -1;

  constructor(
    private readonly host: Host,
    private readonly actions: ComboboxActions<T>,
    announceDelayMs?: number,
  ) {
    host.addController(this);
    this.announcer = new LiveAnnouncer((text, forQuery) => {
      // The reader typed on during the pause: this answers a query the field no longer holds.
      if (forQuery !== undefined && this.actions.asked() !== forQuery) return;
      this.announcement = text;
      this.announcedFor = forQuery ?? '';
      host.requestUpdate();
    }, announceDelayMs);
  }

  /** The popup is shown (open, with at least one option). */
  get expanded(): boolean {
    return this.open && this.options.length > 0;
  }

  /** The id for `aria-activedescendant`, or '' when no option is active. */
  get activeId(): string {
    return this.expanded && this.active >= 0 ? `option-${this.active}` : '';
  }

  /** Shows new options, none active, the popup open. */
  show(options: readonly T[]): void {
    this.options = options;
    this.active = -1;
    this.open = true;
    this.host.requestUpdate();
  }

  /** Closes the popup (the one way every path closes it). */
  close(): void {
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  /** No options, closed, nothing announced. */
  reset(): void {
    this.options = [];
    this.close();
    this.announce('');
  }

  /**
   * Says `text` after the polite pause; a text that answers `forQuery` is dropped
   * if, by then, the reader has typed on (the field no longer holds that query).
   */
  announce(text: string, forQuery?: string): void {
    this.announcer.announce(text, forQuery);
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) {
          if (!count && this.actions.asked() !== '') this.actions.refresh();
          this.open = this.options.length > 0 || this.actions.asked() !== '';
          if (!event.altKey && count) this.active = 0;
        } else if (count && !event.altKey) {
          this.active = (this.active + 1) % count;
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.open) {
          this.open = count > 0;
          if (count) this.active = count - 1;
        } else if (count) {
          this.active = this.active <= 0 ? count - 1 : this.active - 1;
        }
        break;
      case 'Home':
      case 'End':
        if (this.open && this.active >= 0 && count) {
          event.preventDefault();
          this.active = event.key === 'Home' ? 0 : count - 1;
        }
        break;
      case 'Enter':
        if (this.open && this.active >= 0 && this.options[this.active] !== undefined) {
          event.preventDefault();
          const option = this.options[this.active];
          this.close();
          this.actions.choose(option);
        }
        return;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.close();
        } else if (this.actions.asked() !== '') {
          event.preventDefault();
          this.actions.clear();
        }
        return;
      case 'Tab':
        this.close();
        return;
      default:
        return;
    }
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    if (this.active === this.scrolledTo) return;
    this.scrolledTo = this.active;
    if (this.active < 0) return;
    this.host.renderRoot
      .querySelector(`#option-${this.active}`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }

  hostDisconnected(): void {
    this.announcer.cancel();
  }
}
