import { css } from 'lit';

/**
 * Design tokens shared by every element. Each element maps them to its own
 * `--vae-<element>-*` custom properties, so a host can theme one element or all
 * (`--vae-color-*` on an ancestor). Colours meet 4.5:1 on their background.
 */
export const tokens = css`
  :host {
    --_vae-font: var(--vae-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_vae-ink: var(--vae-color-ink, #1a1a1a);
    --_vae-muted: var(--vae-color-muted, #4d4d4d);
    --_vae-surface: var(--vae-color-surface, #ffffff);
    --_vae-accent: var(--vae-color-accent, #005a8c);
    --_vae-accent-ink: var(--vae-color-accent-ink, #ffffff);
    --_vae-border: var(--vae-color-border, #6b6b6b);
    --_vae-focus: var(--vae-color-focus, #b34700);
    --_vae-radius: var(--vae-radius, 0.5rem);
    --_vae-gap: var(--vae-gap, 0.5rem);
  }
`;

/** Resets that keep our elements readable whatever the host page's global CSS. */
export const hostReset = css`
  :host {
    box-sizing: border-box;
    font-family: var(--_vae-font);
    color: var(--_vae-ink);
    line-height: 1.4;
    text-align: start;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* A page's rules for our host beat :host ones: with "* { line-height: 0 }" every
     line of our text would stack on one. Our content sets its own. */
  :host > * {
    line-height: 1.4;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Form controls do not inherit text spacing by default: the reader's spacing
     must reach them too (WCAG 1.4.12, RGAA 10.12). */
  button,
  input {
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_vae-focus);
    outline-offset: 2px;
  }
`;

/** Text kept for screen readers only. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** What every element's styles start with: the tokens, the resets, the screen-reader-only class. */
export const baseStyles = [tokens, hostReset, visuallyHidden];
