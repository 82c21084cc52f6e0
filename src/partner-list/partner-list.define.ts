import { VaePartnerList } from './partner-list.js';

export { VaePartnerList };

if (!customElements.get('vae-partner-list')) {
  customElements.define('vae-partner-list', VaePartnerList);
}

declare global {
  interface HTMLElementTagNameMap {
    'vae-partner-list': VaePartnerList;
  }
}
