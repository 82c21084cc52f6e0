// The form-value piece on its own, in a bare form-associated element: the value
// a form submits, the required validity and its message.
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { FormValue } from '../../src/city-search/form-value.js';

class FormProbe extends LitElement {
  static formAssociated = true;
  @property() code = '';
  @property({ type: Boolean }) required = false;
  readonly formValue = new FormValue(this, () => ({
    value: this.code || null,
    required: this.required,
    missingMessage: 'Pick one.',
    anchor: this.shadowRoot?.querySelector('input') ?? undefined,
  }));
  override render() {
    return html`<input aria-label="probe" />`;
  }
}
customElements.define('form-value-probe', FormProbe);

describe('FormValue (the behaviour piece alone)', () => {
  it('submits the value under the name, nothing when empty', async () => {
    const form = await fixture<HTMLFormElement>(
      fixtureHtml`<form><form-value-probe name="city"></form-value-probe></form>`,
    );
    const el = form.querySelector<FormProbe>('form-value-probe')!;
    await el.updateComplete;
    expect(new FormData(form).get('city')).to.equal(null);
    el.code = '69123';
    await el.updateComplete;
    expect(new FormData(form).get('city')).to.equal('69123');
    expect(el.formValue.internals.form).to.equal(form);
  });

  it('is invalid while required and empty, with the message; valid once filled', async () => {
    const form = await fixture<HTMLFormElement>(
      fixtureHtml`<form><form-value-probe name="city" required></form-value-probe></form>`,
    );
    const el = form.querySelector<FormProbe>('form-value-probe')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.be.false;
    expect(el.formValue.internals.validity.valueMissing).to.be.true;
    expect(el.formValue.internals.validationMessage).to.equal('Pick one.');
    el.code = '69123';
    await el.updateComplete;
    expect(form.checkValidity()).to.be.true;
    el.required = false;
    el.code = '';
    await el.updateComplete;
    expect(form.checkValidity()).to.be.true;
  });
});
