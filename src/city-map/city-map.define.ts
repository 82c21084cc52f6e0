import { defineElement } from '../core/define.js';
import { VaeCityMap } from './city-map.js';

export { VaeCityMap };
export type { CityMapView, MapTheme, MapViewMode } from './city-map.js';

defineElement('vae-city-map', VaeCityMap);
declare global {
  interface HTMLElementTagNameMap {
    'vae-city-map': VaeCityMap;
  }
}
