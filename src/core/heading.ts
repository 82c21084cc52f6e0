import { html, type TemplateResult } from 'lit';

/** Clamps a heading level to 2–6 (1 belongs to the host page); `fallback` when not a number ≥ 1. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Math.trunc(Number(value));
  return Number.isFinite(level) && level > 0 ? Math.min(6, Math.max(2, level)) : fallback;
}

/**
 * A real `<h2>`…`<h6>` (lit cannot bind a tag name, so one static template per
 * level), so the element fits the host page's outline.
 */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  switch (headingLevel(level, 2)) {
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part}>${content}</h6>`;
    default:
      return html`<h2 part=${part}>${content}</h2>`;
  }
}
