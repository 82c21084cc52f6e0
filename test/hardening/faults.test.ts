// Issue 10: every fault of test/hardening/faults.ts, for every element of
// test/hardening/elements.ts, in French and English. Each case must end in a
// defined state, say so in the element's language, throw nothing into the
// page, and leave the host page's later scripts running.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { errorMessage } from '../../src/i18n/messages.js';
import type { Lang } from '../../src/i18n/lang.js';
import {
  settled,
  shadowText,
  watchPageErrors,
  flushTasks,
  nextTask,
  responseArrived,
} from '../helpers.js';
import { ELEMENTS, mount, type ElementCase } from './elements.js';
import { FAULTS, SLOW_MS, type Fault } from './faults.js';
import { LANGS, hostPageStillRuns, isRendered, other, uniqueKey } from './host-page.js';

type Mounted = ReturnType<typeof mount>;

/** Plays the fault's scenario; resolves with the element once it has settled. */
async function play(parent: HTMLElement, element: ElementCase, fault: Fault, lang: Lang) {
  const key = uniqueKey();
  const base: Record<string, string> = { ...element.ready, lang };
  if (fault.timeout) base.timeout = String(fault.timeout);
  let el: Mounted;
  switch (fault.scenario) {
    case 'plain':
      el = mount(parent, element.tag, { ...base, src: fault.src(key) });
      break;
    case 'url-changed-while-loading': {
      el = mount(parent, element.tag, { ...base, src: fault.from!(key) });
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('loading');
      el.setAttribute('src', fault.src(key));
      await settled(el);
      // The first, slow answer arrives now: it must not replace the later one.
      await responseArrived(fault.from!(key), SLOW_MS + 5000);
      break;
    }
    case 'removed-while-loading': {
      el = mount(parent, element.tag, { ...base, src: fault.src(key) });
      await el.updateComplete; // connected: its request is on its way
      expect(el.getAttribute('state')).to.equal('loading');
      el.remove();
      await nextTask(); // out of the page for a turn of the event loop
      parent.append(el);
      break;
    }
    case 'attributes-changed-after-load': {
      el = mount(parent, element.tag, { ...base, lang: other(lang), src: fault.src(key) });
      await settled(el, ['ready']);
      expect(shadowText(el)).to.match(element.readyText[other(lang)]);
      el.setAttribute('lang', lang);
      for (const [name, value] of Object.entries(element.change)) el.setAttribute(name, value);
      break;
    }
  }
  await settled(el);
  await el.updateComplete;
  return el;
}

describe('faults × elements × languages', function () {
  this.timeout(15_000);
  let parent: HTMLElement;
  beforeEach(() => {
    parent = document.createElement('div');
    document.body.append(parent);
  });
  afterEach(() => parent.remove());

  for (const element of ELEMENTS) {
    describe(`<${element.tag}>`, () => {
      for (const fault of FAULTS) {
        for (const lang of LANGS) {
          it(`${fault.name} (${lang}) → ${fault.expect.state}`, async () => {
            const watch = watchPageErrors();
            const events: { message: string }[] = [];
            parent.addEventListener('vae-error', (e) => events.push(e.detail));
            const el = await play(parent, element, fault, lang);
            const text = shadowText(el);
            const expected = fault.expect;
            expect(el.getAttribute('state')).to.equal(expected.state);
            if (expected.state === 'error') {
              const message = errorMessage(expected.kind, lang, expected.status);
              expect(text).to.include(message);
              expect(text).not.to.include(
                errorMessage(expected.kind, other(lang), expected.status),
              );
              expect(isRendered(el.shadowRoot!.querySelector('[part~="message"]'))).to.equal(true);
              // One vae-error, saying the same as the element.
              expect(events.map((d) => d.message)).to.deep.equal([message]);
            } else {
              expect(text).to.match(element.readyText[lang]);
              expect(text).not.to.match(element.readyText[other(lang)]);
              expect(events, 'vae-error events').to.deep.equal([]);
            }
            const token = uniqueKey();
            expect(await hostPageStillRuns(token)).to.deep.equal({ script: token, timer: true });
            await flushTasks();
            expect(watch.stop()).to.deep.equal([]);
          });
        }
      }
    });
  }
});
