import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/lang.js';
import { atName, ofName } from '../i18n/french-grammar.js';
import { format } from '../i18n/messages.js';
import { fillHrefTemplate } from '../domain/safe-url.js';
import type { Range } from '../search/fold.js';
import type { SearchAnswer } from '../search/places.js';
import type { SearchHit } from '../search/search-index.js';
import { messages } from './messages.js';
import { statusView } from './status-text.js';

/** What one option needs from the element besides its hit. */
export interface OptionContext {
  locale: Lang;
  /** The day the answers are judged on (the element's `date`). */
  on: Date;
  active: number;
  href(place: SearchAnswer): string | undefined;
  choose(hit: SearchHit<SearchAnswer>): void;
}

/** One option (`#option-<index>`): a link when the element has an `href` template. */
export function renderOption(
  hit: SearchHit<SearchAnswer>,
  index: number,
  context: OptionContext,
): TemplateResult {
  const place = hit.item;
  const m = messages[context.locale];
  const nameRanges = hit.nameIndex === 0 ? hit.ranges : [];
  const shownName = place.via?.name ?? place.entity.name;
  const content = html`<span part="name">${highlight(shownName, nameRanges)}</span>
    ${place.via ? html`<span part="part-of">— ${partOf(place, context.locale)}</span>` : nothing}
    <span part="department">(${place.entity.department.code})</span>
    ${
      hit.nameIndex > 0 && place.label
        ? html`<span part="also">— ${m.alsoKnown} ${highlight(place.label, hit.ranges)}</span>`
        : nothing
    }
    ${
      hit.postcode
        ? html`<span part="postcode">${highlight(hit.postcode.value, hit.postcode.ranges)}</span>`
        : nothing
    }
    <span part="status">${statusView(place, context.locale, context.on)}</span>`;
  const active = index === context.active;
  const part = active ? 'option active' : 'option';
  const href = context.href(place);
  const onClick = (event: Event) => {
    if (!href) event.preventDefault();
    context.choose(hit);
  };
  // Keep the focus in the input when an option is pressed.
  const keepFocus = (event: Event) => event.preventDefault();
  return href
    ? html`<a
        id="option-${index}"
        part=${part}
        role="option"
        tabindex="-1"
        href=${href}
        aria-selected=${active ? 'true' : 'false'}
        data-status=${place.membership.status}
        @mousedown=${keepFocus}
        @click=${onClick}
        >${content}</a
      >`
    : // Keyboard users pick options from the input (aria-activedescendant), as the APG pattern says.
      // eslint-disable-next-line lit-a11y/click-events-have-key-events
      html`<div
        id="option-${index}"
        part=${part}
        role="option"
        aria-selected=${active ? 'true' : 'false'}
        data-status=${place.membership.status}
        @mousedown=${keepFocus}
        @click=${onClick}
      >
        ${content}
      </div>`;
}

/** The text with its matched ranges in `<mark part="mark">` (lit templates, never markup strings). */
export function highlight(text: string, ranges: Range[]): TemplateResult | string {
  if (!ranges.length) return text;
  const pieces: (TemplateResult | string)[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(html`<mark part="mark">${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return html`${pieces}`;
}

/** The option's link from the element's `href` template (http(s) only), if any. */
export function optionHref(template: string | undefined, place: SearchAnswer): string | undefined {
  return fillHrefTemplate(template, {
    code: place.entity.code,
    name: place.entity.name,
    department: place.entity.department.code,
  });
}

/** "commune déléguée d’Annecy", "… du Mené" / "former commune, now part of Annecy" for a place found by a part. */
export function partOf(place: SearchAnswer, locale: Lang): string {
  if (!place.via) return '';
  const commune = place.entity.name;
  const grammar = place.via.ofLiaison;
  return format(messages[locale][place.via.kind], {
    commune,
    ofCommune: ofName(commune, grammar),
    atCommune: atName(commune, grammar),
  });
}
