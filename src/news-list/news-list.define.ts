import { VaeNewsList } from './news-list.js';

export { VaeNewsList };

if (!customElements.get('vae-news-list')) {
  customElements.define('vae-news-list', VaeNewsList);
}

declare global {
  interface HTMLElementTagNameMap {
    'vae-news-list': VaeNewsList;
  }
}
