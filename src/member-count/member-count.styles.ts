import { css } from 'lit';
import { baseStyles } from '../core/tokens.js';

export const styles = [
  ...baseStyles,
  css`
    :host {
      display: block;
    }
    [part~='base'] {
      margin: 0;
      text-align: var(--vae-member-count-align, start);
    }
    [part~='number'] {
      display: inline-grid;
      font-size: var(--vae-member-count-number-size, 2.5rem);
      font-weight: var(--vae-member-count-number-weight, 700);
      line-height: 1.1;
      color: var(--vae-member-count-number-color, var(--_vae-accent));
      font-variant-numeric: tabular-nums;
    }
    /* The final number, invisible, reserves the width: no layout shift while counting. */
    .sizer,
    .shown {
      grid-area: 1 / 1;
      text-align: end;
    }
    .sizer {
      visibility: hidden;
    }
    [part~='label'] {
      display: block;
      font-size: var(--vae-member-count-label-size, 1rem);
      color: var(--vae-member-count-label-color, var(--_vae-ink));
    }
  `,
];
