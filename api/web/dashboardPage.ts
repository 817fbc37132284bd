import type { Completeness } from '../../domain/annualSummary';
import type { Role } from '../../domain/roles';
import { stages } from '../../domain/stage';
import { formatDateVi } from '../../domain/vnFormat';
import { sayIn, stageName, type Lang } from '../audit/timelineLabels';
import { escapeHtml as e } from '../pages/layout';
import { provinceWideRoles, type ProvinceCompleteness } from './dashboardCompleteness';
import type { Dashboard, DashboardFilters, DashboardRow } from './dashboardData';
import { deadlineLabel } from './nextDeadline';

type Say = (vi: string, en: string) => string;

function deadlineCell(r: DashboardRow, t: Say, lang: Lang): string {
  const d = r.deadline;
  if (!d) return '—';
  const n = Math.abs(d.workingDaysLeft);
  const left = d.overdue
    ? `<span class="overdue">${t(`Quá hạn ${n} ngày làm việc`, `${n} working days overdue`)}</span>`
    : t(`còn ${n} ngày làm việc`, `${n} working days left`);
  return `${e(deadlineLabel(d.kind, lang))}: ${formatDateVi(d.date)} (${left})`;
}

function table(rows: DashboardRow[], caption: string, t: Say, lang: Lang): string {
  if (rows.length === 0) return `<p>${t('Không có đoàn nào.', 'No delegations.')}</p>`;
  const body = rows
    .map(
      (r) =>
        `<tr><td><a href="/delegations/${e(r.id)}">${e(r.title)}</a></td><td>${e(r.unitName)}</td><td>${e(stageName(r.stage, lang))}</td><td>${formatDateVi(r.departureDate)}</td><td>${deadlineCell(r, t, lang)}</td></tr>`,
    )
    .join('');
  const head = [
    t('Đoàn', 'Delegation'),
    t('Đơn vị', 'Unit'),
    t('Giai đoạn', 'Stage'),
    t('Khởi hành', 'Departure'),
    t('Hạn tiếp theo', 'Next deadline'),
  ]
    .map((h) => `<th scope="col">${h}</th>`)
    .join('');
  return `<table><caption>${e(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function byStage(rows: DashboardRow[], t: Say, lang: Lang): string {
  return stages
    .map((s) => [s, rows.filter((r) => r.stage === s)] as const)
    .filter(([, rs]) => rs.length > 0)
    .map(([s, rs]) => `<h3>${e(stageName(s, lang))}</h3>${table(rs, stageName(s, lang), t, lang)}`)
    .join('');
}

function filterForm(d: Dashboard, f: DashboardFilters, t: Say, lang: Lang): string {
  const opt = (value: string, label: string, selected: boolean) =>
    `<option value="${e(value)}"${selected ? ' selected' : ''}>${e(label)}</option>`;
  const all = t('Tất cả', 'All');
  return `<form method="get" action="/dashboard"><fieldset><legend>${t('Lọc', 'Filter')}</legend>
<label>${t('Đơn vị', 'Unit')}<select name="unitId">${opt('', all, !f.unitId)}${d.units.map((u) => opt(u.id, u.name, f.unitId === u.id)).join('')}</select></label>
<label>${t('Giai đoạn', 'Stage')}<select name="stage">${opt('', all, !f.stage)}${stages.map((s) => opt(s, stageName(s, lang), f.stage === s)).join('')}</select></label>
<label>${t('Năm', 'Year')}<input type="text" inputmode="numeric" name="year" value="${f.year ?? ''}"></label>
<label><input type="checkbox" name="overdue" value="1"${f.overdue ? ' checked' : ''}> ${t('Chỉ đoàn quá hạn', 'Overdue only')}</label>
<button type="submit">${t('Lọc', 'Filter')}</button></fieldset></form>`;
}

function completenessLine(c: Completeness, heading: string, t: Say): string {
  const none = c.unitsSendingNone.map((u) => e(u.unitName)).join(', ');
  const missing = c.outstanding
    .map(
      (o) =>
        `<li><a href="/delegations/${e(o.delegationId)}">${e(o.title)}</a> — ${e(o.unitName)}, ${t('hạn', 'due')} ${formatDateVi(o.dueAt)}</li>`,
    )
    .join('');
  return `<p>${heading}: ${t('đã nhận', 'received')} <strong>${c.received}/${c.expected}</strong>${none ? `; ${t('chưa gửi', 'none from')}: <span class="overdue">${none}</span>` : ''}</p>${missing ? `<ul>${missing}</ul>` : ''}`;
}

function completenessHtml(cs: ProvinceCompleteness[], t: Say): string {
  return cs
    .map((c) => {
      const link = c.compiled
        ? ` <a href="/api/annual-summaries/${e(c.provinceId)}/${c.year}.html">${t('Báo cáo tổng hợp năm', 'Annual summary')}</a>`
        : '';
      return `<h2>${t(`Mức độ đầy đủ năm ${c.year}`, `Completeness ${c.year}`)} — ${e(c.provinceName)} (R-ANNUAL-REPORT)</h2>
${completenessLine(c.reports, t('Báo cáo kết quả', 'Trip reports'), t)}
${completenessLine(c.reviews, t('Đánh giá trách nhiệm giải trình', 'Accountability reviews'), t)}${link ? `<p>${link}</p>` : ''}`;
    })
    .join('\n');
}

/** The dashboard body: each section only for the roles it is for. */
export function dashboardHtml(
  d: Dashboard,
  roles: readonly Role[],
  f: DashboardFilters,
  lang: Lang,
): string {
  const t = sayIn(lang);
  const parts: string[] = [`<h1>${t('Trang chính', 'Dashboard')}</h1>`];
  if (roles.includes('unit_staff')) {
    parts.push(
      `<h2>${t('Hạn mức trong năm', 'This year’s quota')} (R-ANNUAL-QUOTA)</h2>`,
      ...d.quotas.map(
        (q) =>
          `<p>${e(q.unitName)}: ${t('đã dùng', 'used')} <strong>${q.used}/${q.quota}</strong> ${t(`đoàn năm ${q.year}`, `delegations in ${q.year}`)}.</p>`,
      ),
      `<p><a href="/delegations/new">${t('Lập đề xuất đoàn mới', 'Propose a new delegation')}</a></p>`,
    );
  }
  if (roles.includes('committee_member') || roles.includes('standing_committee_member')) {
    const items = d.awaiting
      .map(
        (a) =>
          `<li><a href="/delegations/${e(a.delegationId)}">${e(a.title)}</a> — ${e(stageName(a.stage, lang))}, ${t('hạn', 'due')} ${formatDateVi(a.dueAt)}. ${t('Mở đường dẫn trong thư để cho ý kiến.', 'Open the link in the email to decide.')}</li>`,
      )
      .join('');
    parts.push(
      `<h2>${t('Chờ anh/chị cho ý kiến', 'Waiting for your decision')}</h2>`,
      items
        ? `<ul>${items}</ul>`
        : `<p>${t('Không có đề xuất nào chờ ý kiến.', 'Nothing waits for your decision.')}</p>`,
    );
  }
  if (roles.some((r) => provinceWideRoles.includes(r))) {
    parts.push(
      completenessHtml(d.completeness, t),
      `<h2>${t('Các đoàn của tỉnh', 'The province’s delegations')}</h2>`,
      filterForm(d, f, t, lang),
      table(d.rows, t('Các đoàn', 'Delegations'), t, lang),
    );
  } else {
    parts.push(
      `<h2>${t('Các đoàn theo giai đoạn', 'Delegations by stage')}</h2>`,
      d.rows.length
        ? byStage(d.rows, t, lang)
        : `<p>${t('Chưa có đoàn nào.', 'No delegations yet.')}</p>`,
    );
  }
  return parts.join('\n');
}
