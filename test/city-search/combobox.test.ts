// The combobox piece on its own, in a bare element: the APG keys, one close(),
// and the polite announcement, with real key presses.
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement } from 'lit';
import { Combobox } from '../../src/city-search/combobox.js';

class ComboboxProbe extends LitElement {
  text = '';
  chosen: string[] = [];
  refreshed = 0;
  cleared = 0;
  /** Settles the first time the combobox asks what the field holds (as a pause ends). */
  private askedOnce!: () => void;
  readonly askedAfterPause = new Promise<void>((resolve) => (this.askedOnce = resolve));
  readonly combobox = new Combobox<string>(
    this,
    {
      choose: (option) => this.chosen.push(option),
      refresh: () => {
        this.refreshed++;
        this.combobox.show(['again']);
      },
      clear: () => {
        this.cleared++;
        this.text = '';
      },
      asked: () => {
        this.askedOnce();
        return this.text.trim();
      },
    },
    10,
  );

  override render() {
    const c = this.combobox;
    return html`<input
        role="combobox"
        aria-label="probe"
        aria-controls="list"
        aria-expanded=${c.expanded ? 'true' : 'false'}
        aria-activedescendant=${c.activeId}
        @keydown=${c.onKeyDown}
      />
      <div id="list" role="listbox" aria-label="probe" ?hidden=${!c.expanded}>
        ${c.options.map(
          (option, i) =>
            html`<div id="option-${i}" role="option" aria-selected=${i === c.active}>
              ${option}
            </div>`,
        )}
      </div>
      <div role="status">${c.announcement}</div>`;
  }
}
customElements.define('combobox-probe', ComboboxProbe);

async function probe(options: string[]) {
  const el = await fixture<ComboboxProbe>(fixtureHtml`<combobox-probe></combobox-probe>`);
  el.text = 'x';
  el.combobox.show(options);
  await el.updateComplete;
  el.shadowRoot!.querySelector('input')!.focus();
  return el;
}

async function press(el: ComboboxProbe, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
  return el.combobox;
}

describe('Combobox (the behaviour piece alone)', () => {
  it('moves the active option with the arrows, Home and End, wrapping', async () => {
    const el = await probe(['a', 'b', 'c']);
    expect(el.combobox.expanded).to.be.true;
    expect(el.combobox.active).to.equal(-1);
    expect((await press(el, 'ArrowDown')).activeId).to.equal('option-0');
    expect((await press(el, 'ArrowDown')).active).to.equal(1);
    expect((await press(el, 'End')).active).to.equal(2);
    expect((await press(el, 'ArrowDown')).active).to.equal(0);
    expect((await press(el, 'ArrowUp')).active).to.equal(2);
    expect((await press(el, 'Home')).active).to.equal(0);
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
  });

  it('chooses the active option on Enter and closes', async () => {
    const el = await probe(['a', 'b']);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    const c = await press(el, 'Enter');
    expect(el.chosen).to.deep.equal(['b']);
    expect(c.open).to.be.false;
    expect(c.active).to.equal(-1);
  });

  it('does nothing on Enter with no active option', async () => {
    const el = await probe(['a']);
    await press(el, 'Enter');
    expect(el.chosen).to.deep.equal([]);
    expect(el.combobox.open).to.be.true;
  });

  it('Escape closes first, then clears the text', async () => {
    const el = await probe(['a']);
    await press(el, 'ArrowDown');
    const c = await press(el, 'Escape');
    expect(c.open).to.be.false;
    expect(c.active).to.equal(-1);
    expect(el.cleared).to.equal(0);
    await press(el, 'Escape');
    expect(el.cleared).to.equal(1);
  });

  it('ArrowDown on a closed popup reopens it; with no option it refreshes first', async () => {
    const el = await probe(['a', 'b']);
    await press(el, 'Escape');
    expect((await press(el, 'ArrowDown')).active).to.equal(0);
    el.combobox.reset();
    el.text = 'x';
    const c = await press(el, 'ArrowDown');
    expect(el.refreshed).to.equal(1);
    expect(c.options).to.deep.equal(['again']);
    expect(c.open).to.be.true;
  });

  it('Alt+ArrowDown opens without activating an option; Tab closes', async () => {
    const el = await probe(['a', 'b']);
    await press(el, 'Escape');
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(el.combobox.open).to.be.true;
    expect(el.combobox.active).to.equal(-1);
    expect((await press(el, 'Tab')).open).to.be.false;
  });

  it('announces only the last text after a pause, and reset empties it', async () => {
    const el = await probe(['a']);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(status.textContent!)).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    el.combobox.announce('first');
    el.combobox.announce('second');
    await waitUntil(() => status.textContent === 'second', status.textContent!);
    expect(said).not.to.include('first');
    el.combobox.reset();
    await waitUntil(() => el.combobox.announcement === '', el.combobox.announcement);
    expect(el.combobox.expanded).to.be.false;
  });

  it('drops an answer for a query the field no longer holds when the pause ends', async () => {
    const el = await probe(['a']);
    el.text = 'gren';
    el.combobox.announce('answer for gren', 'gren');
    el.text = 'grenob'; // the reader typed on before the pause ended
    await el.askedAfterPause;
    await el.updateComplete;
    expect(el.combobox.announcement).to.equal('');
    el.combobox.announce('answer for grenob', 'grenob');
    await waitUntil(() => el.combobox.announcement === 'answer for grenob');
  });
});
