import { html } from 'lit';
import type { MapText } from './map-view.js';

export type MapViewMode = 'map' | 'table';

/** The title and the map/table switch (two toggle buttons). */
export function renderToolbar(
  t: MapText,
  uid: string,
  current: MapViewMode,
  onSwitch: (mode: MapViewMode) => void,
) {
  return html`<div class="toolbar" part="header">
    <h2 id="${uid}-title">${t.title}</h2>
    <div class="switch" part="switch" role="group" aria-label=${t.views}>
      ${(['map', 'table'] as const).map(
        (mode) =>
          html`<button
            type="button"
            aria-pressed=${current === mode ? 'true' : 'false'}
            data-view=${mode}
            @click=${() => onSwitch(mode)}
          >
            ${mode === 'map' ? t.viewMap : t.viewTable}
          </button>`,
      )}
    </div>
  </div>`;
}
