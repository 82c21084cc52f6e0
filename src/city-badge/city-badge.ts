import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { MEMBERS_FILE, memberFile } from '../data/files/members-file.js';
import { locate, withFallback, type Located } from '../data/locate.js';
import { VaeDataElement, type DerivedView } from '../core/vae-data-element.js';
import type { MemberSummary, MembersFile, Title } from '../data/model.js';
import { format } from '../i18n/messages.js';
import { inTimeSlice } from '../core/time-slices.js';
import { periodLabel, standingOn } from '../domain/titles.js';
import {
  MARK,
  NEW_TAB,
  badgeWording,
  type BadgeKind,
  type BadgeTheme,
  type BadgeVariant,
  type BadgeWording,
} from '../domain/badge-look.js';
import { badgeLink, hostSite } from '../domain/badge-link.js';
import { messages } from './messages.js';
import { styles } from './city-badge.styles.js';

/** What a shown badge is made of. */
export interface CityBadgeView {
  member: MemberSummary;
  title: Title;
  wording: BadgeWording;
  href?: string;
}

/**
 * The `vae-load` detail of a badge: the member, the title shown, whether its
 * mandate has ended, and what the badge says (`current`, `ended` or `candidate`).
 */
export interface CityBadgeLoadDetail {
  member: MemberSummary;
  title: Title;
  ended: boolean;
  kind: BadgeKind;
}

const CODE = /^(\d{5}|2[AB]\d{3}|\d{9})$/;
const ID = /^(commune-(\d{5}|2[AB]\d{3})|epci-\d{9})$/;

// One template for the badge's body, whatever its variant: each nested
// template is parsed and cloned on its own, and a lone badge's first render
// is on its page's critical path.
const [ACCENT, SURFACE] = MARK.shapes;

/** `city` as typed by a webmaster → the normalised key, or undefined when malformed. */
export function normaliseCity(city: string | null | undefined): string | undefined {
  const value = (city ?? '').trim();
  const upper = value.replace(/^2a|^2b/i, (m) => m.toUpperCase());
  if (CODE.test(upper)) return upper;
  const id = value.toLowerCase().replace(/-2a|-2b/, (m) => m.toUpperCase());
  return ID.test(id) ? id : undefined;
}

/** The member a normalised key designates: INSEE code, SIREN or dataset id. */
export function findMember(
  dataset: Pick<MembersFile, 'members'>,
  key: string,
): MemberSummary | undefined {
  return dataset.members.find((m) => m.code === key || m.siren === key || m.id === key);
}

/**
 * The "Ville amie des enfants" badge of a member city or intercommunality,
 * checked against the network's dataset: a code that is not a member shows no
 * badge. An ended mandate is shown as the title held for that mandate, never as current.
 * A candidate shows no badge, unless the host opts in with `candidate`: then
 * the badge says "candidate for the title", in a style that is not the title's.
 * The rules (which title counts on which day) are `domain/titles.ts`'s.
 * The badge links to the member's page on the network's site when its address
 * is known (`<meta name="vae:site" content="URL">` on the page, else `meta.site`
 * in the data), else to the programme page (`domain/badge-link.ts`).
 *
 * @summary The verified title badge of a member city: one link to its page on the network's site.
 *
 * @slot - Fallback content, kept while loading and when no badge is shown (non-member, malformed code, no data).
 * @slot logo - Replaces our neutral mark (e.g. the programme's official logo as an `<img alt="">`).
 * @slot empty - Shown instead of the fallback when the code is not a member (or `current-only` hides an ended title).
 * @slot error - Shown instead of the fallback when the code is malformed or the data cannot load.
 *
 * @csspart badge - The link holding the whole badge (also `candidate` for a candidacy).
 * @csspart mark - The mark (or the `logo` slot).
 * @csspart title - The title held ("Ville amie des enfants", "Intercommunalité amie des enfants").
 * @csspart name - The member's official name.
 * @csspart place - The department name and code.
 * @csspart period - The mandate period and its status (current or ended).
 *
 * @cssproperty --vae-badge-surface - Background colour (per theme).
 * @cssproperty --vae-badge-ink - Text colour.
 * @cssproperty --vae-badge-muted - Colour of the department line.
 * @cssproperty --vae-badge-accent - Colour of the mark and the title.
 * @cssproperty --vae-badge-border - Border colour.
 * @cssproperty --vae-badge-font - Font family (default: the shared `--vae-font-family`).
 * @cssproperty --vae-badge-radius - Corner radius of the full and compact variants.
 *
 * @event vae-load - The badge is shown; `detail` is `{member, title, ended}` (`CityBadgeLoadDetail`).
 * @event vae-error - The data could not load or `city` is malformed; `detail` is `{error?, message}`.
 */
export class VaeCityBadge extends VaeDataElement<CityBadgeView, MembersFile> {
  // lit's static properties, not decorators: no decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    city: {},
    variant: { reflect: true },
    theme: { reflect: true },
    target: {},
    currentOnly: { type: Boolean, attribute: 'current-only', reflect: true },
    candidate: { type: Boolean, reflect: true },
  };

  protected readonly dataFile = MEMBERS_FILE;

  static override styles = styles;

  /** The member: INSEE code (`69123`, `2A004`), SIREN (`200040459`) or dataset id (`commune-69123`). */
  city = '';

  /** `full` (mark, title, name, department, period), `compact` (one line) or `seal` (round). */
  variant: BadgeVariant = 'full';

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  theme: BadgeTheme = 'light';

  /** Link target (e.g. `_blank`); same tab when absent. A new tab gets `rel="noopener noreferrer"`. */
  target?: string;

  /** Show the badge only while its mandate runs: an ended title shows no badge (state `empty`). */
  currentOnly = false;

  /**
   * Opt in to show a candidacy: a member that holds no title of the running
   * mandate but is an official candidate gets a "candidate for the title" badge
   * (never the title's look). Without it, a candidate shows no badge.
   */
  candidate = false;

  private warned?: string;
  private aloneOnPage?: boolean;

  /**
   * Alone on its page, a badge reads its member's own file
   * (`members/<code>.json`, half a kilobyte) where `members.json` is: the data
   * folder, the CDN, or beside the code in a copy of `dist/`; with other
   * badges, the shared `members.json`, once for all. A code with no file of
   * its own (not a member) falls back on `members.json`, which says so. A
   * bundler emits only `members.json`, so a bundled badge reads that one.
   */
  protected override ownFile(): Located<MembersFile> {
    const shared = super.ownFile();
    const key = normaliseCity(this.city);
    // Counted once: a badge added later must not make this one fetch again.
    this.aloneOnPage ??= this.ownerDocument.querySelectorAll('vae-city-badge').length <= 1;
    if (!key || !this.aloneOnPage) return shared;
    const own = locate(
      memberFile(key.replace(/^(commune|epci)-/, '')),
      this.src,
      this.ownerDocument,
    );
    return own ? withFallback(own, shared) : shared;
  }

  /** Whether lit's connectedCallback ran for the current connection. */
  private linked = false;

  /**
   * Connecting (the shadow root, its styles, the first render) and every
   * update go through the shared time slices: 500 badges on a page are set up,
   * and then rendered when the data arrives, over many short tasks instead of
   * one long one. A lone badge connects and renders at once, as before.
   */
  override connectedCallback(): void {
    void inTimeSlice(() => {
      if (!this.isConnected || this.linked) return;
      this.linked = true;
      super.connectedCallback();
    })?.catch((error: unknown) => console.error('[vae-city-badge]', error));
  }

  override disconnectedCallback(): void {
    // Removed before its turn came: nothing was set up, nothing to undo.
    if (!this.linked) return;
    this.linked = false;
    super.disconnectedCallback();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return inTimeSlice(() => super.scheduleUpdate());
  }

  protected deriveView(dataset: MembersFile): DerivedView<CityBadgeView> {
    const lang = this.locale;
    const city = this.city ?? '';
    const key = normaliseCity(city);
    if (!key) return { state: 'error', message: format(messages[lang].malformed, { city }) };
    const member = findMember(dataset, key);
    if (!member) return { state: 'empty', reason: format(messages[lang].notMember, { city }) };
    const { held, ended, candidacy } = standingOn(member, this.judgedOn);
    const show = (title: Title, kind: BadgeKind): DerivedView<CityBadgeView> => ({
      state: 'ready',
      view: {
        member,
        title,
        wording: badgeWording(member, title, lang, kind),
        href: badgeLink({
          code: member.code,
          lang,
          hostSite: hostSite(this.ownerDocument),
          dataSite: dataset.meta.site,
          programmeUrl: dataset.meta.programme.url,
        }),
      },
    });
    if (held && !ended) return show(held, 'current');
    if (candidacy && this.candidate) return show(candidacy, 'candidate');
    if (held && !this.currentOnly) return show(held, 'ended');
    if (held) {
      return {
        state: 'empty',
        reason: format(messages[lang].ended, { city, period: periodLabel(held) }),
      };
    }
    if (candidacy) {
      return {
        state: 'empty',
        reason: format(messages[lang].candidateOnly, { city, period: periodLabel(candidacy) }),
      };
    }
    // Withdrawn, or only a title of another programme: not Ville amie des enfants.
    return { state: 'empty', reason: format(messages[lang].notMember, { city }) };
  }

  protected override loadDetail(view: CityBadgeView): CityBadgeLoadDetail {
    return {
      member: view.member,
      title: view.title,
      ended: view.wording.ended,
      kind: view.wording.kind,
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // One warning per problem, naming the code, for the webmaster who pasted it.
    const derived = this.derived;
    if (derived && derived.state !== 'ready') {
      const text = derived.state === 'error' ? derived.message : (derived.reason ?? '');
      if (text !== this.warned) {
        this.warned = text;
        console.warn(`[vae-city-badge] ${text}`);
      }
    } else if (derived) {
      this.warned = undefined;
    }
  }

  protected renderReady(view: CityBadgeView): TemplateResult {
    const w = view.wording;
    const compact = this.variant === 'compact';
    const shortPeriod = this.variant !== 'full';
    const newTab = !!this.target && this.target !== '_self';
    // Glue read by screen readers (", "), shown as " · " on the one-line badge.
    const sep = compact ? 'sep' : 'visually-hidden';
    const glue = compact ? ' · ' : ', ';
    // A short form is shown and hidden from screen readers, which read the long one.
    const body = html`<span part="mark"
        ><slot name="logo"
          ><svg viewBox=${MARK.viewBox} aria-hidden="true" focusable="false">
            <path class=${ACCENT.fill} d=${ACCENT.d}></path>
            <path class=${SURFACE.fill} d=${SURFACE.d}></path></svg></slot></span
      ><span class="text"
        ><span part="title" lang="fr">${w.title}</span
        ><span class="visually-hidden">${w.titleNote}</span><span class=${sep}>${glue}</span
        ><span part="name">${w.name}</span><span class="visually-hidden">, </span
        ><span part="place"
          ><span aria-hidden=${compact ? 'true' : nothing}>${compact ? w.placeShort : w.place}</span
          ><span class="visually-hidden">${compact ? w.place : ''}</span></span
        ><span class=${sep}>${glue}</span
        ><span part="period"
          ><span aria-hidden=${shortPeriod ? 'true' : nothing}
            >${shortPeriod ? w.periodShort : w.period}</span
          ><span class="visually-hidden">${shortPeriod ? w.period : ''}</span></span
        ><span class="visually-hidden">${newTab ? ` ${NEW_TAB[w.lang]}` : ''}</span></span
      >`;
    // A candidacy is a different part and look, never the title's badge.
    const part = w.kind === 'candidate' ? 'badge candidate' : 'badge';
    if (!view.href) return html`<span part=${part} role="group">${body}</span>`;
    return html`<a
      part=${part}
      href=${view.href}
      target=${this.target || nothing}
      rel=${newTab ? 'noopener noreferrer' : nothing}
      >${body}</a
    >`;
  }

  /** No badge: only the host's fallback content (or the `empty` slot), no message text. */
  protected override renderEmpty(): TemplateResult {
    return html`<slot name="empty"><slot></slot></slot>`;
  }

  /**
   * No badge: the `error` slot, else the host's fallback content. A malformed
   * `city` adds no text; a data failure (network, HTTP, format) says so when the
   * host gave no fallback, as every element does, rather than leaving a blank.
   */
  protected override renderError(): TemplateResult {
    if (this.data.error) return super.renderError();
    return html`<slot name="error"><slot></slot></slot>`;
  }
}
