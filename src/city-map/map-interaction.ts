/**
 * What the reader does on the map: the department whose tooltip shows (hover
 * or focus), the one whose member list is open, and the keys that move between
 * departments (one tab stop, roving-focus.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import type { MapContext } from './map-view.js';
import { RovingFocus } from './roving-focus.js';

type Host = ReactiveControllerHost & { renderRoot: ParentNode };

/** The parts of the map's context that come from the element. */
export type MapBase = Pick<MapContext, 't' | 'lang' | 'uid' | 'byCode' | 'keys'>;

export class MapInteraction {
  /** The department whose tooltip shows. */
  tipCode?: string;
  /** The department whose member list is open. */
  openCode?: string;
  private readonly roving: RovingFocus;

  constructor(private readonly host: Host) {
    this.roving = new RovingFocus(host, (code) =>
      host.renderRoot.querySelector<SVGPathElement>(`path[data-code="${code}"][tabindex]`),
    );
  }

  /** The map's templates' context: the element's part, this state and its handlers. */
  context(base: MapBase): MapContext {
    return {
      ...base,
      tabStop: this.roving.tabStop(base.keys),
      openCode: this.openCode,
      tipCode: this.tipCode,
      onHover: (code) => this.showTip(code),
      onOpen: (code) => this.open(code),
      onKeydown: (event) => this.onKeydown(event, base),
      onFocusIn: (event) => this.onFocusIn(event),
      onFocusOut: () => this.showTip(undefined),
    };
  }

  /** Closes the list and the tooltip (the view changed). */
  reset(): void {
    this.openCode = this.tipCode = undefined;
    this.host.requestUpdate();
  }

  /** Renders again only when the tooltip's department changes (as a lit state would). */
  private showTip(code: string | undefined) {
    if (code === this.tipCode) return;
    this.tipCode = code;
    this.host.requestUpdate();
  }

  private onKeydown(event: KeyboardEvent, { keys, byCode }: MapBase) {
    const code = (event.target as Element).getAttribute('data-code') ?? undefined;
    if (!code || !byCode.has(code)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void this.open(code);
    } else if (event.key === 'Escape') {
      if (!this.tipCode) return;
      event.preventDefault();
      this.showTip(undefined);
    } else if (this.roving.move(keys, code, event.key)) {
      event.preventDefault();
    }
  }

  private onFocusIn(event: FocusEvent) {
    const code = (event.target as Element).getAttribute?.('data-code');
    if (!code) return;
    this.roving.setActive(code);
    this.showTip(code);
  }

  /** Opens the department's list and focuses its first member. */
  private async open(code: string) {
    this.roving.setActive(code);
    this.openCode = code;
    this.tipCode = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.panel [part="member"]')?.focus();
  }

  /** Closes the open list and gives the focus back to its department. */
  async close(): Promise<void> {
    const code = this.openCode;
    this.openCode = undefined;
    this.host.requestUpdate();
    if (code) await this.roving.focus(code);
  }
}
