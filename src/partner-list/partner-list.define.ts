import { defineElement } from '../core/define.js';
import { VaePartnerList } from './partner-list.js';

export { VaePartnerList };

defineElement('vae-partner-list', VaePartnerList);

declare global {
  interface HTMLElementTagNameMap {
    'vae-partner-list': VaePartnerList;
  }
}
