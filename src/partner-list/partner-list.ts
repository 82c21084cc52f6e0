import { html, nothing, type PropertyDeclarations } from 'lit';
import { PARTNERS_FILE } from '../data/files/partners-file.js';
import { VaeDataElement, type DerivedView } from '../core/vae-data-element.js';
import type { PartnersFile, Partner, PartnerCategory } from '../data/model.js';
import { ofName, type Article } from '../i18n/french-grammar.js';
import { format } from '../i18n/messages.js';
import { safeHttpsUrl } from '../domain/safe-url.js';
import { heading, headingLevel } from '../core/heading.js';
import { OutlineLevelController } from '../core/outline-level.js';
import { messages } from './messages.js';
import { styles } from './partner-list.styles.js';

/** The categories, in the order they are shown. */
export const PARTNER_CATEGORIES: readonly PartnerCategory[] = [
  'institution',
  'network-of-local-authorities',
  'association',
];

export interface PartnerGroup {
  category: PartnerCategory;
  partners: Partner[];
}

/** What the list shows: the partners by category, in dataset order within a category. */
export interface PartnerListView {
  groups: PartnerGroup[];
  count: number;
}

/** Parses a `category` attribute: one or more category ids, separated by spaces or commas. */
export function parseCategories(value: string | undefined | null): PartnerCategory[] | undefined {
  const asked = (value ?? '').split(/[\s,]+/).filter(Boolean);
  return asked.length
    ? PARTNER_CATEGORIES.filter((category) => asked.includes(category))
    : undefined;
}

/**
 * The network's national partners (institutions, networks of local
 * authorities, associations), grouped by category, in the page language, each
 * website an external link (https only).
 *
 * @summary The partners of the Ville amie des enfants network.
 *
 * @slot - Fallback content, shown while loading and when the data cannot be loaded.
 * @slot empty - Shown when the `category` filter matches no partner.
 * @slot error - Shown when the data cannot be loaded (over the default slot).
 *
 * @csspart group - One category: its heading and its list.
 * @csspart heading - A category heading.
 * @csspart list - The `<ul>` of one category.
 * @csspart partner - One partner (`<li>`).
 * @csspart name - A partner's name (a heading one level below the category's).
 * @csspart description - A partner's description.
 * @csspart website - The line holding the website.
 * @csspart link - The website link (https only).
 * @csspart message - The loading, empty or error message.
 *
 * @cssproperty --vae-partners-gap - Space between partners and groups.
 * @cssproperty --vae-partners-min-width - Minimum card width in the grid layout (default 16rem).
 * @cssproperty --vae-partners-background - Card background.
 * @cssproperty --vae-partners-border - Card border (default 1px solid the border token).
 * @cssproperty --vae-partners-radius - Card corner radius.
 * @cssproperty --vae-partners-padding - Card padding.
 * @cssproperty --vae-partners-heading-color - Category heading colour.
 * @cssproperty --vae-partners-heading-size - Category heading font size.
 * @cssproperty --vae-partners-description-color - Description colour.
 * @cssproperty --vae-partners-link-color - Link colour.
 *
 * @event vae-load - The list is ready; `detail` is the view (`{groups, count}`).
 * @event vae-error - The data could not be loaded; `detail` is `{error, message}`.
 */
export class VaePartnerList extends VaeDataElement<PartnerListView, PartnersFile> {
  // lit's static properties, not decorators: no decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    category: {},
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  protected readonly dataFile = PARTNERS_FILE;

  static override styles = styles;

  /**
   * Show only these categories: `institution`, `network-of-local-authorities`,
   * `association` (several separated by spaces or commas). Default: all.
   */
  category?: string;

  /** `grid` (cards, default) or `list` (one column). */
  layout: 'grid' | 'list' = 'grid';

  /**
   * Level of the category headings, 2–6; partner names are one level below.
   * Default: one below the nearest heading before the element (h2 if none).
   */
  headingLevel?: number;

  private readonly outline = new OutlineLevelController(this);

  protected deriveView(dataset: PartnersFile): DerivedView<PartnerListView> {
    const categories = this.category?.trim() ? parseCategories(this.category) : PARTNER_CATEGORIES;
    const groups = (categories ?? [])
      .map((category) => ({
        category,
        partners: dataset.partners.filter((partner) => partner.category === category),
      }))
      .filter((group) => group.partners.length > 0);
    const count = groups.reduce((sum, group) => sum + group.partners.length, 0);
    return count
      ? { state: 'ready', view: { groups, count } }
      : { state: 'empty', reason: messages[this.locale].noMatch };
  }

  protected renderReady(view: PartnerListView) {
    const level = headingLevel(this.headingLevel, this.outline.level);
    const t = messages[this.locale];
    return html`${view.groups.map(
      (group) =>
        html`<section part="group">
          ${heading(level, 'heading', t[group.category])}
          <ul part="list">
            ${group.partners.map((partner) => this.renderPartner(partner, level + 1))}
          </ul>
        </section>`,
    )}`;
  }

  private renderPartner(partner: Partner, level: number) {
    const name = partner.name[this.locale];
    return html`<li part="partner">
      ${heading(Math.min(level, 6), 'name', name)}
      <p part="description">${partner.description[this.locale]}</p>
      ${this.renderWebsite(partner.website, name, partner.article)}
    </li>`;
  }

  private renderWebsite(website: string | undefined, name: string, article?: Article) {
    if (!website) return nothing;
    const t = messages[this.locale];
    const href = safeHttpsUrl(website);
    // Anything but https (javascript:, data:, http:…) is shown as text, never linked.
    if (!href) {
      return html`<p part="website"><span>${t.websiteUnavailable}</span>${website}</p>`;
    }
    // No target: opening a new window is the reader's choice (WCAG 3.2.5), and the
    // hint says the link leaves the site.
    return html`<p part="website">
      <a part="link" href=${href} rel="noopener noreferrer"
        >${new URL(href).host}<span class="visually-hidden">
          ${format(t.external, { name, ofName: ofName(name, article) })}</span
        ></a
      >
    </p>`;
  }
}
