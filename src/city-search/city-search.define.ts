import { VaeCitySearch } from './city-search.js';

export { VaeCitySearch };

if (!customElements.get('vae-city-search')) customElements.define('vae-city-search', VaeCitySearch);

declare global {
  interface HTMLElementTagNameMap {
    'vae-city-search': VaeCitySearch;
  }
}
