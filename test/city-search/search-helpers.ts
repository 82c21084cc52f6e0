// What the city-search tests share: a search in a page of a given language,
// typing with real key presses, and reading what the reader sees and hears.
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/city-search/city-search.define.js';
import type { VaeCitySearch } from '../../src/city-search/city-search.js';
import { DATASET_URL, settled } from '../helpers.js';

export const input = (el: VaeCitySearch) => el.shadowRoot!.querySelector('input')!;
export const options = (el: VaeCitySearch) => [
  ...el.shadowRoot!.querySelectorAll('[role="option"]'),
];
/** The options shown as matches (outside the "did you mean" group). */
export const matchOptions = (el: VaeCitySearch) =>
  options(el).filter((option) => !option.closest('[role="group"]'));
/** The typo-only suggestions (inside the group). */
export const suggestionOptions = (el: VaeCitySearch) =>
  options(el).filter((option) => option.closest('[role="group"]'));
const liveRegion = (el: VaeCitySearch) =>
  el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
export const live = (el: VaeCitySearch) => liveRegion(el).textContent!.trim();

/**
 * Waits until the live region speaks of `query` (and `also` holds): it speaks
 * after a pause, never of an older query, and names the query it answers in `data-query`.
 */
export async function announced(
  el: VaeCitySearch,
  query: string,
  also: (text: string) => boolean = () => true,
  timeout = 5000,
) {
  const said = () => liveRegion(el).dataset.query === query && also(live(el));
  await waitUntil(said, `live region for « ${query} »: ${live(el)}`, { timeout });
  return live(el);
}
export const optionText = (option: Element) => option.textContent!.replace(/\s+/g, ' ').trim();

export async function makeSearch(attrs = '', lang = 'fr'): Promise<VaeCitySearch> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      ${document
        .createRange()
        .createContextualFragment(
          `<vae-city-search src="${DATASET_URL}" ${attrs}></vae-city-search>`,
        )}
    </div>`,
  );
  const el = wrapper.querySelector('vae-city-search')!;
  await settled(el);
  return el;
}

/** Focuses the field and types `text` with real key presses (replacing what was there). */
export async function typeInto(el: VaeCitySearch, text: string) {
  const field = input(el);
  field.focus();
  if (field.value) {
    field.select();
    await sendKeys({ press: 'Backspace' });
  }
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Waits until the first option's text satisfies `test`. */
export async function firstOption(el: VaeCitySearch, test: (text: string) => boolean) {
  await waitUntil(
    () => options(el).length > 0 && test(optionText(options(el)[0])),
    `first option: ${options(el).map(optionText)[0]}`,
    { timeout: 15_000 },
  );
  return optionText(options(el)[0]);
}
