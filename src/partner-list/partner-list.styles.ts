import { css } from 'lit';
import { baseStyles } from '../core/tokens.js';

export const styles = [
  ...baseStyles,
  css`
    :host {
      display: block;
      --_gap: var(--vae-partners-gap, calc(var(--_vae-gap) * 2));
    }
    [part~='group'] + [part~='group'] {
      margin-block-start: calc(var(--_gap) * 1.5);
    }
    [part~='heading'] {
      margin: 0 0 var(--_gap);
      font-size: var(--vae-partners-heading-size, 1.25rem);
      color: var(--vae-partners-heading-color, var(--_vae-ink));
    }
    [part~='list'] {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_gap);
    }
    :host([layout='grid']) [part~='list'] {
      grid-template-columns: repeat(
        auto-fill,
        minmax(min(100%, var(--vae-partners-min-width, 16rem)), 1fr)
      );
    }
    [part~='partner'] {
      padding: var(--vae-partners-padding, 1rem);
      background: var(--vae-partners-background, var(--_vae-surface));
      border: var(--vae-partners-border, 1px solid var(--_vae-border));
      border-radius: var(--vae-partners-radius, var(--_vae-radius));
    }
    [part~='name'] {
      margin: 0;
      font-size: 1rem;
    }
    [part~='description'] {
      margin: 0.25rem 0 0;
      color: var(--vae-partners-description-color, var(--_vae-muted));
    }
    [part~='website'] {
      margin: 0.5rem 0 0;
      overflow-wrap: anywhere;
    }
    [part~='link'] {
      color: var(--vae-partners-link-color, var(--_vae-accent));
    }
  `,
];
