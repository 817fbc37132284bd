import type { Role } from '../../domain/roles';
import { stageNamesVi, stages, type Stage } from '../../domain/stage';
import { formatDateVi } from '../../domain/vnFormat';
import { escapeHtml as e } from '../pages/layout';
import type { Dashboard, DashboardFilters, DashboardRow } from './dashboardData';

const stageName = (s: string) => stageNamesVi[s as Stage] ?? s;

function deadlineCell(r: DashboardRow): string {
  const d = r.deadline;
  if (!d) return '—';
  const left = d.overdue
    ? `<span class="overdue">Quá hạn ${-d.workingDaysLeft} ngày làm việc</span>`
    : `còn ${d.workingDaysLeft} ngày làm việc`;
  return `${e(d.label)}: ${formatDateVi(d.date)} (${left})`;
}

function table(rows: DashboardRow[], caption: string): string {
  if (rows.length === 0) return `<p>Không có đoàn nào.</p>`;
  const body = rows
    .map(
      (r) =>
        `<tr><td><a href="/delegations/${e(r.id)}">${e(r.title)}</a></td><td>${e(r.unitName)}</td><td>${e(stageName(r.stage))}</td><td>${formatDateVi(r.departureDate)}</td><td>${deadlineCell(r)}</td></tr>`,
    )
    .join('');
  return `<table><caption>${e(caption)}</caption><thead><tr><th scope="col">Đoàn</th><th scope="col">Đơn vị</th><th scope="col">Giai đoạn</th><th scope="col">Khởi hành</th><th scope="col">Hạn tiếp theo</th></tr></thead><tbody>${body}</tbody></table>`;
}

function byStage(rows: DashboardRow[]): string {
  return stages
    .map((s) => [s, rows.filter((r) => r.stage === s)] as const)
    .filter(([, rs]) => rs.length > 0)
    .map(([s, rs]) => `<h3>${e(stageName(s))}</h3>${table(rs, stageName(s))}`)
    .join('');
}

function filterForm(d: Dashboard, f: DashboardFilters): string {
  const opt = (value: string, label: string, selected: boolean) =>
    `<option value="${e(value)}"${selected ? ' selected' : ''}>${e(label)}</option>`;
  return `<form method="get" action="/dashboard"><fieldset><legend>Lọc</legend>
<label>Đơn vị<select name="unitId">${opt('', 'Tất cả', !f.unitId)}${d.units.map((u) => opt(u.id, u.name, f.unitId === u.id)).join('')}</select></label>
<label>Giai đoạn<select name="stage">${opt('', 'Tất cả', !f.stage)}${stages.map((s) => opt(s, stageName(s), f.stage === s)).join('')}</select></label>
<label>Năm<input type="text" inputmode="numeric" name="year" value="${f.year ?? ''}"></label>
<label><input type="checkbox" name="overdue" value="1"${f.overdue ? ' checked' : ''}> Chỉ đoàn quá hạn</label>
<button type="submit">Lọc</button></fieldset></form>`;
}

const provinceWide: readonly Role[] = ['provincial_leadership', 'organization_board', 'auditor'];

/** The dashboard body: each section only for the roles it is for. */
export function dashboardHtml(d: Dashboard, roles: readonly Role[], f: DashboardFilters): string {
  const parts: string[] = ['<h1>Trang chính</h1>'];
  if (roles.includes('unit_staff')) {
    parts.push(
      '<h2>Hạn mức trong năm (R-ANNUAL-QUOTA)</h2>',
      ...d.quotas.map(
        (q) =>
          `<p>${e(q.unitName)}: đã dùng <strong>${q.used}/${q.quota}</strong> đoàn năm ${q.year}.</p>`,
      ),
      '<p><a href="/delegations/new">Lập đề xuất đoàn mới</a></p>',
    );
  }
  if (roles.includes('committee_member') || roles.includes('standing_committee_member')) {
    const items = d.awaiting
      .map(
        (a) =>
          `<li><a href="/delegations/${e(a.delegationId)}">${e(a.title)}</a> — ${e(stageName(a.stage))}, hạn ${formatDateVi(a.dueAt)}. Mở đường dẫn trong thư để cho ý kiến.</li>`,
      )
      .join('');
    parts.push(
      '<h2>Chờ anh/chị cho ý kiến</h2>',
      items ? `<ul>${items}</ul>` : '<p>Không có đề xuất nào chờ ý kiến.</p>',
    );
  }
  if (roles.some((r) => provinceWide.includes(r))) {
    parts.push('<h2>Các đoàn của tỉnh</h2>', filterForm(d, f), table(d.rows, 'Các đoàn'));
  } else {
    parts.push(
      '<h2>Các đoàn theo giai đoạn</h2>',
      d.rows.length ? byStage(d.rows) : '<p>Chưa có đoàn nào.</p>',
    );
  }
  return parts.join('\n');
}
