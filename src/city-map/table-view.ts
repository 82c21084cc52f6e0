/** The map's equivalent table: one row per department with members. */
import { html, type TemplateResult } from 'lit';
import { format } from '../i18n/messages.js';
import { renderMember, type MemberContext } from './department-panel.js';
import type { DepartmentMembers } from './shading.js';

export function renderTable(
  departments: DepartmentMembers[],
  uid: string,
  ctx: MemberContext,
): TemplateResult {
  const t = ctx.t;
  return html`<div
    class="table-scroll"
    part="table-container"
    role="region"
    aria-labelledby="${uid}-caption"
    tabindex="0"
  >
    <table part="table">
      <caption id="${uid}-caption">
        ${t.caption}
        <small>${t.captionNote}</small>
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.colDepartment}</th>
          <th scope="col">${t.colCount}</th>
          <th scope="col">${t.colMembers}</th>
        </tr>
      </thead>
      <tbody>
        ${departments.map(
          (group) =>
            html`<tr data-code=${group.code}>
              <th scope="row">${format(t.department, { name: group.name, code: group.code })}</th>
              <td class="count-cell">${group.members.length}</td>
              <td>
                ${group.members.map(
                  (member, index) => html`${index ? ', ' : ''}${renderMember(member, false, ctx)}`,
                )}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
