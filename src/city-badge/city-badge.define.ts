import { defineElement } from '../core/define.js';
import { VaeCityBadge } from './city-badge.js';

export { VaeCityBadge };

defineElement('vae-city-badge', VaeCityBadge);
declare global {
  interface HTMLElementTagNameMap {
    'vae-city-badge': VaeCityBadge;
  }
}
