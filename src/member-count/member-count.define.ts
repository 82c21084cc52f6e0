import { defineElement } from '../core/define.js';
import { VaeMemberCount } from './member-count.js';

export { VaeMemberCount };

defineElement('vae-member-count', VaeMemberCount);

declare global {
  interface HTMLElementTagNameMap {
    'vae-member-count': VaeMemberCount;
  }
}
