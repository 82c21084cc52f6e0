import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { MEMBERS_FILE } from '../data/files/members-file.js';
import { VaeDataElement, type DerivedView } from '../core/vae-data-element.js';
import type { MembersFile, MemberKind, TitleStatus } from '../data/model.js';
import type { TitleChoice } from '../domain/title-choice.js';
import { filterMembers } from '../domain/member-filter.js';
import { LOCALES } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import { CountUp } from './count-up.js';
import { mandateWords, messages } from './messages.js';
import { styles } from './member-count.styles.js';

/** What the counter shows. */
export interface MemberCountView {
  count: number;
  kind?: MemberKind;
  /** The mandate ids counted, e.g. `['2020-2026']`. */
  mandates: string[];
  /** The status counted: `titled` (default) or `candidate`. */
  status: TitleStatus;
  /** Every mandate counted is running on the element's `date`. */
  running: boolean;
  /** The label's tense, from `titleChoice`: `present`, `past` or `candidate`. */
  tense: TitleChoice['tense'];
}

/**
 * The number of collectivités that obtained the title, with its label, counted
 * up once when scrolled into view. Screen readers get the final number only.
 * Put the real number in the light DOM as a fallback: it shows until the data
 * is ready (and without JavaScript), instead of a "0".
 *
 * By default it counts the titled members of the running mandate when it has
 * any (present tense), else of the last ended mandate (past tense); `mandate`
 * and `status` choose otherwise. The rules are `domain/titles.ts`'s.
 *
 * @summary How many collectivités obtained the Ville amie des enfants title.
 *
 * @slot - Fallback content (e.g. `300 collectivités…`), shown while loading, on error and without JavaScript.
 * @slot empty - Shown when the `mandate`, `status` or `kind` filter names nothing in the data.
 * @slot error - Shown when the data cannot be loaded (over the default slot).
 *
 * @csspart base - The paragraph holding the number and the label.
 * @csspart number - The (animated) number; hidden from assistive technology.
 * @csspart label - The words after the number.
 * @csspart message - The loading, empty or error message.
 *
 * @cssproperty --vae-member-count-number-size - Font size of the number (default 2.5rem).
 * @cssproperty --vae-member-count-number-weight - Font weight of the number (default 700).
 * @cssproperty --vae-member-count-number-color - Colour of the number (default the accent token).
 * @cssproperty --vae-member-count-label-size - Font size of the label.
 * @cssproperty --vae-member-count-label-color - Colour of the label.
 * @cssproperty --vae-member-count-align - Text alignment (default start).
 *
 * @event vae-load - The count is ready; `detail` is `{count, kind, mandates, status, running}`.
 * @event vae-error - The data could not be loaded; `detail` is `{error, message}`.
 */
export class VaeMemberCount extends VaeDataElement<MemberCountView, MembersFile> {
  // lit's static properties, not decorators: no decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    department: {},
    region: {},
    kind: {},
    mandate: {},
    status: {},
    noAnimation: { type: Boolean, attribute: 'no-animation' },
  };

  protected readonly dataFile = MEMBERS_FILE;

  static override styles = styles;

  /** Count only this department (code: `69`, `2A`, `974`). */
  department?: string;

  /** Count only this region (code: `84`, `11`, `04`). */
  region?: string;

  /** Count only communes (`commune`) or intercommunalities (`epci`). Default: both. */
  kind?: string;

  /**
   * Mandate id(s), e.g. `2020-2026` (several separated by spaces or commas).
   * Default: the running mandate when it has titled members, else the last ended one.
   */
  mandate?: string;

  /** `titled` (default) or `candidate` (official candidates, never counted as titled). */
  status?: string;

  /** Show the final number at once, without counting up. */
  noAnimation = false;

  private readonly countUp = new CountUp(this, () => !this.noAnimation);

  protected deriveView(dataset: MembersFile): DerivedView<MemberCountView> {
    const filtered = filterMembers(dataset, this, this.judgedOn);
    if (filtered.problem)
      return { state: 'empty', reason: messages[this.locale][filtered.problem] };
    const { members, kind, choice } = filtered;
    const count = members.length;
    const { mandates, status, running, tense } = choice;
    return { state: 'ready', view: { count, kind, mandates, status, running, tense } };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.state === 'ready' && this.derived?.state === 'ready') {
      this.countUp.set(this.derived.view.count, this.noAnimation);
    }
  }

  protected renderReady(view: MemberCountView) {
    // None is said in words ("Aucune commune n’a obtenu…"), not as a 0.
    if (view.count === 0)
      return html`<p part="base"><span part="label">${this.label(view)}</span></p>`;
    const number = new Intl.NumberFormat(LOCALES[this.locale]);
    return html`<p part="base">
      <span part="number" aria-hidden="true"
        ><span class="sizer">${number.format(view.count)}</span
        ><span class="shown">${number.format(this.countUp.value)}</span></span
      ><span class="visually-hidden">${number.format(view.count)} </span>
      <span part="label">${this.label(view)}</span>
    </p>`;
  }

  private label(view: MemberCountView): string {
    const locale = LOCALES[this.locale];
    const t = messages[this.locale];
    const words = mandateWords[this.locale];
    const plural =
      view.count === 0
        ? 'None'
        : new Intl.PluralRules(locale).select(view.count) === 'one'
          ? 'One'
          : 'Other';
    const kind = { commune: 'Commune', epci: 'Epci', all: 'All' }[view.kind ?? 'all'];
    const key = `${view.tense}${kind}${plural}` as keyof typeof t;
    const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
      view.mandates.map((id) => id.replace('-', '–')),
    );
    const mandates = format(view.mandates.length > 1 ? words.other : words.one, { list });
    return format(t[key], { mandates });
  }
}
