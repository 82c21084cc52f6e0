import { defineElement } from '../core/define.js';
import { VaeNewsList } from './news-list.js';

export { VaeNewsList };

defineElement('vae-news-list', VaeNewsList);

declare global {
  interface HTMLElementTagNameMap {
    'vae-news-list': VaeNewsList;
  }
}
