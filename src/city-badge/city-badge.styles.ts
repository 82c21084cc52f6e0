import { css, unsafeCSS } from 'lit';
import { baseStyles } from '../core/tokens.js';
import { METRICS, PALETTES, type BadgeVariant, type Palette } from '../domain/badge-look.js';

// Values from the shared look (constants, never data).
const palette = (p: Palette) => css`
  --_surface: var(--vae-badge-surface, ${unsafeCSS(p.surface)});
  --_ink: var(--vae-badge-ink, ${unsafeCSS(p.ink)});
  --_muted: var(--vae-badge-muted, ${unsafeCSS(p.muted)});
  --_accent: var(--vae-badge-accent, ${unsafeCSS(p.accent)});
  --_border: var(--vae-badge-border, ${unsafeCSS(p.border)});
`;
// A variant is its sizes: the reserved box, the mark and the text sizes (title, name, lines).
const sizes = (variant: BadgeVariant, title: number, name: number, line: number) => {
  const { inline, block, mark } = METRICS[variant];
  return unsafeCSS(
    `--_inline:${inline}em;--_block:${block}em;--_mark:${mark}em;--_title:${title}em;--_name:${name}em;--_line:${line}em;`,
  );
};

export const styles = [
  ...baseStyles,
  css`
    :host {
      ${palette(PALETTES.light)}
      ${sizes('full', 0.85, 1.05, 0.8)}
      display: inline-block;
      vertical-align: middle;
      max-inline-size: 100%;
      font-family: var(--vae-badge-font, var(--_vae-font));
      /* Reserved from the first paint, the same while loading and ready: no layout shift. */
      inline-size: var(--_inline);
      min-block-size: var(--_block);
    }
    :host([theme='dark']) {
      ${palette(PALETTES.dark)}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${palette(PALETTES.dark)}
      }
    }
    :host([variant='compact']) {
      ${sizes('compact', 0.85, 0.85, 0.85)}
    }
    :host([variant='seal']) {
      ${sizes('seal', 0.7, 0.7, 0.65)}
    }
    /* No badge: nothing reserved, only the host's fallback content. */
    :host([state='empty']),
    :host([state='error']) {
      inline-size: auto;
      min-block-size: 0;
    }

    [part~='badge'] {
      display: grid;
      grid-template-columns: auto 1fr;
      align-items: center;
      column-gap: 0.75em;
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: var(--_block);
      padding: 0.5em 0.75em;
      border: 2px solid var(--_border);
      border-radius: var(--vae-badge-radius, var(--_vae-radius));
      background: var(--_surface);
      color: var(--_ink);
      text-decoration: none;
      line-height: 1.25;
      overflow-wrap: anywhere;
    }
    a[part~='badge']:hover [part~='name'] {
      text-decoration: underline;
    }
    [part~='mark'] {
      display: flex;
      inline-size: var(--_mark);
      block-size: var(--_mark);
      color: var(--_accent);
    }
    [part~='mark'] svg,
    ::slotted([slot='logo']) {
      inline-size: 100%;
      block-size: 100%;
      object-fit: contain;
    }
    .accent {
      fill: var(--_accent);
    }
    .surface {
      fill: var(--_surface);
    }
    .text {
      display: flex;
      flex-direction: column;
      min-inline-size: 0;
    }
    [part~='title'] {
      color: var(--_accent);
      font-weight: 700;
      font-size: var(--_title);
    }
    [part~='name'] {
      font-weight: 700;
      font-size: var(--_name);
    }
    [part~='place'] {
      color: var(--_muted);
    }
    [part~='place'],
    [part~='period'] {
      font-size: var(--_line);
    }
    /* A candidacy is not the title: no mark, a dashed muted frame, the words in ink. */
    [part~='candidate'] {
      border-style: dashed;
      border-color: var(--_muted);
    }
    [part~='candidate'] [part~='mark'] {
      display: none;
    }
    [part~='candidate'] .text {
      grid-column: 1 / -1;
    }
    [part~='candidate'] [part~='title'] {
      color: var(--_ink);
      font-weight: 400;
    }

    :host([variant='compact']) [part~='badge'] {
      padding: 0.25em 0.6em;
      column-gap: 0.5em;
    }
    :host([variant='compact']) .text {
      display: block;
    }
    :host([variant='compact']) [part~='place'] {
      margin-inline-start: 0.3em;
    }
    .sep {
      color: var(--_muted);
    }

    :host([variant='seal']) [part~='badge'] {
      grid-template-columns: 1fr;
      justify-items: center;
      align-content: center;
      text-align: center;
      aspect-ratio: 1;
      /* auto: a long name may grow the circle rather than overflow it. */
      min-block-size: auto;
      padding: 0.75em;
      border-radius: 50%;
      border-width: 3px;
    }
    :host([variant='seal']) .text {
      align-items: center;
    }

    @media (forced-colors: active) {
      [part~='badge'] {
        border-color: LinkText;
        color: LinkText;
        background: Canvas;
      }
      [part~='title'],
      [part~='name'],
      [part~='place'],
      [part~='period'] {
        color: LinkText;
      }
      .accent {
        fill: LinkText;
      }
      .surface {
        fill: Canvas;
      }
    }
  `,
];
