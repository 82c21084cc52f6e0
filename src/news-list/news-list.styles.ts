import { css } from 'lit';
import { baseStyles } from '../core/tokens.js';

export const styles = [
  ...baseStyles,
  css`
    :host {
      display: block;
      --_gap: var(--vae-news-list-gap, calc(var(--_vae-gap) * 2));
    }
    [part~='list'] {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_gap);
    }
    [part~='article'] {
      padding: var(--vae-news-list-padding, 1rem);
      background: var(--vae-news-list-background, var(--_vae-surface));
      border: var(--vae-news-list-border, 1px solid var(--_vae-border));
      border-radius: var(--vae-news-list-radius, var(--_vae-radius));
    }
    [part~='title'] {
      margin: 0;
      font-size: var(--vae-news-list-title-size, 1.125rem);
      color: var(--vae-news-list-title-color, var(--_vae-ink));
    }
    [part~='meta'] {
      margin: 0.25rem 0 0;
      color: var(--vae-news-list-meta-color, var(--_vae-muted));
      font-size: 0.875rem;
    }
    [part~='places']::before {
      content: ' · ';
    }
    [part~='summary'] {
      margin: 0.5rem 0 0;
    }
    [part~='tags'] {
      list-style: none;
      margin: 0.5rem 0 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    [part~='tag'] {
      padding: 0.125rem 0.5rem;
      border-radius: 999px;
      font-size: 0.8125rem;
      background: var(--vae-news-list-tag-background, var(--_vae-accent));
      color: var(--vae-news-list-tag-color, var(--_vae-accent-ink));
    }
  `,
];
