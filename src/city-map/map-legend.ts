import { html } from 'lit';
import { format } from '../i18n/messages.js';
import type { MapText } from './map-view.js';
import { classRanges } from './shading.js';

/** The legend: each class of member counts as text beside its swatch. */
export function renderLegend(t: MapText, uid: string) {
  const ranges = classRanges().map(([from, to], index) => ({
    level: index + 1,
    text:
      to === undefined
        ? format(t.orMore, { n: from })
        : from === to
          ? `${from}`
          : format(t.range, { from, to }),
  }));
  return html`<p class="legend-title" id="${uid}-legend">${t.legend}</p>
    <ul class="legend" part="legend" aria-labelledby="${uid}-legend">
      <li><span class="swatch" data-level="0"></span>${t.none}</li>
      ${ranges.map(
        (range) =>
          html`<li><span class="swatch" data-level=${range.level}></span>${range.text}</li>`,
      )}
    </ul>`;
}
