import { VaeMemberCount } from './member-count.js';

export { VaeMemberCount };

if (!customElements.get('vae-member-count')) {
  customElements.define('vae-member-count', VaeMemberCount);
}

declare global {
  interface HTMLElementTagNameMap {
    'vae-member-count': VaeMemberCount;
  }
}
