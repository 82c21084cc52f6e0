// lit's floor for section 2 (time to badge): the least a lit element can do to
// show a city's title from its member file. It reads the file (preloaded by its
// page), parses it and renders one link with the member's name; no signature
// check, no schema, no styles, no language, no states beyond "not yet". The
// bench bundles it with lit (rollup + terser, as our elements are built) and
// serves it from the CDN stand-in, so it pays the same network and CPU as the badge.
import { LitElement, html } from 'lit';

class LitFloorBadge extends LitElement {
  static properties = { src: {}, member: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    fetch(this.src, { credentials: 'same-origin', referrerPolicy: 'no-referrer' })
      .then((response) => response.json())
      .then(async (file) => {
        this.member = file.members[0];
        await this.updateComplete;
        this.dispatchEvent(new Event('vae-load', { bubbles: true, composed: true }));
      })
      // The bench page reports why (and stops waiting) instead of timing out.
      .catch((error) => {
        const detail = { message: String(error) };
        this.dispatchEvent(new CustomEvent('vae-error', { detail, bubbles: true, composed: true }));
      });
  }

  render() {
    return this.member
      ? html`<a href="https://www.villeamiedesenfants.fr/"
          >Ville amie des enfants, ${this.member.name}</a
        >`
      : html`<slot></slot>`;
  }
}
customElements.define('lit-floor-badge', LitFloorBadge);
