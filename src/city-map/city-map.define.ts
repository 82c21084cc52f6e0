import { VaeCityMap } from './city-map.js';

export { VaeCityMap };
export type { CityMapView, MapTheme, MapViewMode } from './city-map.js';

if (!customElements.get('vae-city-map')) customElements.define('vae-city-map', VaeCityMap);

declare global {
  interface HTMLElementTagNameMap {
    'vae-city-map': VaeCityMap;
  }
}
