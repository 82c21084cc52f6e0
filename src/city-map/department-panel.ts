/** A department's members: the panel opened from the map, and each member's name. */
import { html } from 'lit';
import type { MemberSummary } from '../data/model.js';
import type { Lang } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import { fillHrefTemplate } from '../domain/safe-url.js';
import { countText, type MapText } from './map-view.js';
import type { DepartmentMembers } from './shading.js';

export interface MemberContext {
  t: MapText;
  lang: Lang;
  /** The element's `href` template. */
  href?: string;
  onSelect(member: MemberSummary): void;
}

/** A member's name: a link if `href` is set, else (in the panel) a button, else text. */
export function renderMember(member: MemberSummary, asButton: boolean, ctx: MemberContext) {
  const name =
    member.kind === 'epci' ? html`${member.name} <small>(${ctx.t.epci})</small>` : member.name;
  const link = fillHrefTemplate(ctx.href, { code: member.code, id: member.id });
  if (link) {
    return html`<a part="member" href=${link} @click=${() => ctx.onSelect(member)}>${name}</a>`;
  }
  if (!asButton) return name;
  return html`<button
    type="button"
    class="member"
    part="member"
    data-code=${member.code}
    @click=${() => ctx.onSelect(member)}
  >
    ${name}
  </button>`;
}

export interface PanelContext extends MemberContext {
  uid: string;
  onClose(): void;
}

export function renderPanel(group: DepartmentMembers, ctx: PanelContext) {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    ctx.onClose();
  };
  return html`<section
    class="panel"
    part="panel"
    id="${ctx.uid}-panel"
    aria-labelledby="${ctx.uid}-panel-title"
    @keydown=${onKeydown}
  >
    <div class="panel-head">
      <h3 id="${ctx.uid}-panel-title">
        ${format(ctx.t.membersOf, { name: group.name, code: group.code })} —
        ${countText(ctx, group.members.length)}
      </h3>
      <button type="button" class="close" @click=${ctx.onClose}>${ctx.t.close}</button>
    </div>
    <ul>
      ${group.members.map((member) => html`<li>${renderMember(member, true, ctx)}</li>`)}
    </ul>
  </section>`;
}
