import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
    max-width: var(--vae-search-max-width, 32rem);
    --_bg: var(--vae-search-background, var(--_vae-surface));
    --_border: var(--vae-search-border-color, var(--_vae-border));
    --_accent: var(--vae-search-accent, var(--_vae-accent));
    --_mark: var(--vae-search-mark-background, #ffe08a);
    --_active: var(--vae-search-active-background, #e6f0f6);
  }
  [part='label'] {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  [part='field'] {
    display: flex;
    align-items: center;
    border: 2px solid var(--_border);
    border-radius: var(--_vae-radius);
    background: var(--_bg);
  }
  [part='input'] {
    flex: 1;
    min-width: 0;
    font: inherit;
    color: inherit;
    padding: 0.5rem 0.75rem;
    border: 0;
    background: transparent;
  }
  [part='input']:focus-visible {
    outline: none;
  }
  [part='field']:focus-within {
    outline: 3px solid var(--_vae-focus);
    outline-offset: 2px;
  }
  [part='clear'] {
    font: inherit;
    border: 0;
    background: transparent;
    color: var(--_vae-muted);
    padding: 0.25rem 0.6rem;
    cursor: pointer;
    min-width: 2.75rem;
    min-height: 2.75rem;
  }
  [part='listbox'] {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0.25rem;
    position: absolute;
    inset-inline: 0;
    z-index: var(--vae-search-z-index, 10);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_vae-radius);
    max-height: var(--vae-search-max-height, 24rem);
    overflow: auto;
    box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
  }
  [part~='option'] {
    padding: 0.4rem 0.6rem;
    border-radius: calc(var(--_vae-radius) / 2);
    cursor: pointer;
  }
  [part~='option'][aria-selected='true'] {
    background: var(--_active);
    outline: 2px solid var(--_accent);
  }
  [part~='option'] a {
    color: inherit;
    text-decoration: none;
  }
  [part='name'] {
    font-weight: 600;
  }
  [part='status'] {
    display: block;
    font-size: 0.875em;
    color: var(--_vae-muted);
  }
  [part~='option'][data-status='member'] [part='status'] {
    color: var(--_accent);
  }
  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 2px;
  }
  [part='group-label'] {
    padding: 0.4rem 0.6rem 0.2rem;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_vae-muted);
    border-top: 1px solid var(--_border);
  }
  [part='notice'] {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
    color: var(--_vae-muted);
  }
`;
