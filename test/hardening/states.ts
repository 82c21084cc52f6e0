// Puts any element in any of its states, for the accessibility sweep.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { Lang } from '../../src/i18n/lang.js';
import { DATASET_URL, settled } from '../helpers.js';
import { mount, type ElementCase } from './elements.js';
import { slow } from './faults.js';
import { uniqueKey } from './host-page.js';

export type UiState = 'loading' | 'ready' | 'empty' | 'error';
export const STATES: UiState[] = ['loading', 'ready', 'empty', 'error'];

/** A query no commune name, postcode or department matches. */
export const NO_MATCH = 'zzzzqqq';

/**
 * Mounts `element` in `state`. The search has no `empty` state of its own while
 * the dataset lists members: its "empty" is a query matching nothing (state
 * stays `ready`, no option, "no result" announced).
 */
export async function inState(
  parent: HTMLElement,
  element: ElementCase,
  state: UiState,
  lang: Lang,
  extra: Record<string, string> = {},
) {
  const attributes = { ...element.ready, lang, ...extra };
  const key = uniqueKey();
  switch (state) {
    case 'loading': {
      const el = mount(parent, element.tag, { ...attributes, src: slow(key, 8000) });
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('loading');
      return el;
    }
    case 'error': {
      const el = mount(parent, element.tag, { ...attributes, src: `/faults/404?k=${key}` });
      await settled(el, ['error']);
      return el;
    }
    case 'ready': {
      const el = mount(parent, element.tag, { ...attributes, src: DATASET_URL });
      await settled(el, ['ready']);
      return el;
    }
    case 'empty': {
      const el = mount(parent, element.tag, {
        ...attributes,
        ...element.empty,
        src: DATASET_URL,
      });
      if (element.tag !== 'vae-city-search') {
        await settled(el, ['empty']);
        return el;
      }
      await settled(el, ['ready']);
      const input = el.shadowRoot!.querySelector('input')!;
      input.value = NO_MATCH;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      // The live region speaks after a 250 ms pause; with three engines sharing two cores,
      // a timer can fire late, so wait for the words rather than a fixed 300 ms.
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      await waitUntil(
        () => status.textContent!.includes(NO_MATCH),
        `the live region did not announce "${NO_MATCH}"`,
      );
      expect(el.shadowRoot!.querySelectorAll('[role="option"]')).to.have.length(0);
      return el;
    }
  }
}
