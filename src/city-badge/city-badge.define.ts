import { VaeCityBadge } from './city-badge.js';

export { VaeCityBadge };

if (!customElements.get('vae-city-badge')) customElements.define('vae-city-badge', VaeCityBadge);

declare global {
  interface HTMLElementTagNameMap {
    'vae-city-badge': VaeCityBadge;
  }
}
