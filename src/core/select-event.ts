import type { MemberSummary, Place } from '../data/model.js';

/** What a selection says about membership, truthfully. */
export type Membership =
  /** The entity itself holds a title. */
  | { status: 'member'; member: MemberSummary }
  /** A commune that is not a member, inside a member intercommunality (which holds the title). */
  | { status: 'in-member-epci'; epci: MemberSummary }
  /** Not a member (any French commune, with `all-communes`). */
  | { status: 'not-member' };

/** The entity chosen: a member, or a commune known from the geography. */
export interface SelectedEntity {
  kind: 'commune' | 'epci';
  code: string;
  name: string;
  department: Place;
}

/** What a selection of a member says: the member as an entity, holding its own title. */
export function memberSelection(member: MemberSummary): {
  entity: SelectedEntity;
  membership: Membership;
} {
  const { kind, code, name, department } = member;
  return { entity: { kind, code, name, department }, membership: { status: 'member', member } };
}

/** Fired when the reader picks an entity (search option, map member). Bubbles, composed. */
export class VaeSelectEvent extends Event {
  static readonly type = 'vae-select';
  constructor(readonly detail: { entity: SelectedEntity; membership: Membership }) {
    super(VaeSelectEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vae-select': VaeSelectEvent;
  }
}
