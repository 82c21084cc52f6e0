import type { ReactiveControllerHost } from 'lit';

/**
 * Roving tabindex over a list of keys: one tab stop, arrows move. The order is
 * the list's (the map passes departments with members in number order).
 * Returns the key to focus for a key press, or undefined if the key is not ours.
 */
function nextKey(keys: readonly string[], current: string | undefined, key: string) {
  if (!keys.length) return undefined;
  const index = current === undefined ? -1 : keys.indexOf(current);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return keys[Math.min(index + 1, keys.length - 1)];
    case 'ArrowLeft':
    case 'ArrowUp':
      return keys[Math.max(index - 1, 0)];
    case 'Home':
      return keys[0];
    case 'End':
      return keys[keys.length - 1];
    default:
      return undefined;
  }
}

/** Which key holds the tab stop, and moving the focus between keys' elements. */
export class RovingFocus {
  /** The key holding the tab stop (the last focused or moved to). */
  active?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The focusable element of a key, once rendered. */
    private readonly elementOf: (key: string) => HTMLElement | SVGElement | null | undefined,
  ) {}

  /** The key that takes the tab stop among `keys`. */
  tabStop(keys: readonly string[]): string | undefined {
    return this.active && keys.includes(this.active) ? this.active : keys[0];
  }

  /** Remembers `key` as the tab stop (a focus or a click landed on it). */
  setActive(key: string): void {
    if (this.active === key) return;
    this.active = key;
    this.host.requestUpdate();
  }

  /** Moves the focus for an arrow, Home or End on `current`; false if the key is not ours. */
  move(keys: readonly string[], current: string, key: string): boolean {
    const next = nextKey(keys, current, key);
    if (next === undefined) return false;
    void this.focus(next);
    return true;
  }

  async focus(key: string): Promise<void> {
    this.setActive(key);
    await this.host.updateComplete;
    this.elementOf(key)?.focus();
  }
}
