import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the form should hold after each update. */
export interface FormState {
  /** The submitted value, or null for none. */
  value: string | null;
  required: boolean;
  /** The message shown when a required value is missing. */
  missingMessage: string;
  /** Where the browser points when it reports the missing value. */
  anchor?: HTMLElement;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A form-associated custom element's value and validity (ElementInternals),
 * written after every update from one function of the element's state. The
 * host declares `static formAssociated = true` and forwards the form API
 * (`form`, `validity`, `checkValidity()`…) to `internals`.
 */
export class FormValue implements ReactiveController {
  readonly internals: ElementInternals;

  constructor(
    host: Host,
    private readonly read: () => FormState,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
  }

  hostUpdated(): void {
    const { value, required, missingMessage, anchor } = this.read();
    this.internals.setFormValue(value);
    if (required && !value) {
      this.internals.setValidity({ valueMissing: true }, missingMessage, anchor);
    } else {
      this.internals.setValidity({});
    }
  }
}
