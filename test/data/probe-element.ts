// A minimal element on the shared data layer, so the layer is tested through
// an element exactly as every real element uses it.
import { html } from 'lit';
import { VaeDataElement, type DerivedView } from '../../src/core/vae-data-element.js';
import { MEMBERS_FILE } from '../../src/data/files/members-file.js';
import type { MembersFile } from '../../src/data/model.js';

export class VaeTestProbe extends VaeDataElement<{ members: number }, MembersFile> {
  protected readonly dataFile = MEMBERS_FILE;

  protected deriveView(dataset: MembersFile): DerivedView<{ members: number }> {
    return dataset.members.length
      ? { state: 'ready', view: { members: dataset.members.length } }
      : { state: 'empty', reason: 'no members' };
  }

  protected renderReady(view: { members: number }) {
    return html`<p>${view.members}</p>`;
  }
}

if (!customElements.get('vae-test-probe')) customElements.define('vae-test-probe', VaeTestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'vae-test-probe': VaeTestProbe;
  }
}
