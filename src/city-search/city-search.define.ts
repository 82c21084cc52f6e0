import { defineElement } from '../core/define.js';
import { VaeCitySearch } from './city-search.js';

export { VaeCitySearch };

defineElement('vae-city-search', VaeCitySearch);
declare global {
  interface HTMLElementTagNameMap {
    'vae-city-search': VaeCitySearch;
  }
}
