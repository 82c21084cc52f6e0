import { format } from '../i18n/messages.js';
import { LOCALES, type Lang } from '../i18n/lang.js';
import type { Place } from '../search/places.js';
import { messages } from './messages.js';

/**
 * The membership line of an answer, in the reader's language: the title a
 * member holds (or held, once its mandate ended), the intercommunality that
 * holds it for a commune inside one, or "not a member".
 */
export function statusText(place: Place, locale: Lang, now = new Date()): string {
  const m = messages[locale];
  const membership = place.membership;
  if (membership.status === 'not-member') return m.notMember;
  const holder = membership.status === 'member' ? membership.member : membership.epci;
  const title = [...holder.titles].sort((a, b) => (a.end < b.end ? 1 : -1))[0];
  if (!title) return m.notMember;
  const mandate = title.mandate.replace('-', '–');
  if (membership.status === 'in-member-epci') {
    return format(m.inEpci, { epci: holder.name, mandate });
  }
  const ended = new Date(`${title.end}T23:59:59`) < now;
  const end = new Intl.DateTimeFormat(LOCALES[locale], { dateStyle: 'long' }).format(
    new Date(`${title.end}T12:00:00`),
  );
  return format(ended ? m.memberEnded : m.member, { title: title.title, mandate, end });
}
