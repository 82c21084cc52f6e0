import { css, type CSSResult } from 'lit';

/**
 * `rules` for `theme="dark"`, and for `theme="auto"` when the reader's system
 * prefers dark: the one place that says when an element is dark.
 */
export function whenDark(rules: CSSResult): CSSResult {
  return css`
    :host([theme='dark']) {
      ${rules}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${rules}
      }
    }
  `;
}

/**
 * The shared tokens (tokens.ts) in the dark theme, and the surface painted on
 * the host so its text never sits on a light page. The colours are the badge's
 * dark palette (`PALETTES.dark` in look/badge-look.ts), written here so that no
 * other element downloads the badge's look; test/city-map/city-map-look.test.ts
 * holds them equal.
 */
export const darkTokens = whenDark(css`
  --_vae-ink: var(--vae-color-ink, #f4f6f8);
  --_vae-muted: var(--vae-color-muted, #c9d4dc);
  --_vae-surface: var(--vae-color-surface, #13222d);
  --_vae-accent: var(--vae-color-accent, #8ccdf2);
  --_vae-accent-ink: var(--vae-color-accent-ink, #13222d);
  --_vae-border: var(--vae-color-border, #8ccdf2);
  --_vae-focus: var(--vae-color-focus, #ffb067);
  color-scheme: dark;
  background: var(--_vae-surface);
  color: var(--_vae-ink);
`);
