// R-ANNUAL-REPORT in Vietnamese sentences and as a table, shared by the email to the
// organization board and the HTML page, so both say the same thing.
import type { AnnualSummary, Completeness } from '../../domain/annualSummary';
import {
  summaryColumns,
  summaryRows,
  type SummaryColumn,
  type SummaryRow,
} from '../../domain/annualSummaryColumns';
import type { ProblemOutcome } from '../../domain/review';
import { formatDateVi, formatNumberVi, formatVnd } from '../../domain/vnFormat';
import { escapeHtml } from './layout';

const outcomeNamesVi: Record<ProblemOutcome, string> = {
  resolved: 'đã giải quyết',
  partly: 'giải quyết một phần',
  not_resolved: 'chưa giải quyết',
};

export const annualSummaryTitle = (s: Pick<AnnualSummary, 'year' | 'provinceName'>): string =>
  `Tổng hợp đoàn đi học tập, trao đổi kinh nghiệm ngoài tỉnh năm ${s.year} — ${s.provinceName}`;

function completenessLine(what: string, c: Completeness): string {
  if (c.expected === 0) return `${what}: chưa có đoàn nào đến hạn.`;
  const missing = c.outstanding.map(
    (o) => `${o.title} (${o.unitName}, hạn ${formatDateVi(o.dueAt)})`,
  );
  const none = c.unitsSendingNone.map((u) => u.unitName);
  return [
    `${what}: đã nhận ${c.received}/${c.expected} đoàn đến hạn.`,
    ...(missing.length > 0 ? [`Còn thiếu: ${missing.join('; ')}.`] : []),
    ...(none.length > 0 ? [`Đơn vị chưa gửi lần nào: ${none.join('; ')}.`] : []),
  ].join(' ');
}

/** The summary in a few sentences: the figures the board asks about first, then who is missing. */
export function annualSummaryLines(s: AnnualSummary): string[] {
  const t = s.totals;
  const stuck = s.unitsNotProposing.map(
    (u) =>
      `${u.unitName} (${u.openProblems.map((p) => `${p.statement} — ${outcomeNamesVi[p.outcome]}`).join('; ')})`,
  );
  return [
    `Số liệu năm ${s.year} của ${s.provinceName}, tính đến ${formatDateVi(s.asOf)} (R-ANNUAL-REPORT).`,
    `Số đoàn đề xuất: ${t.delegations.proposed}; được chấp thuận: ${t.delegations.approved}; không chấp thuận: ${t.delegations.rejected}; đã hủy: ${t.delegations.cancelled}; hết hiệu lực: ${t.delegations.lapsed}; đang xem xét: ${t.delegations.pending}.`,
    `Tổng số lượt thành viên: ${formatNumberVi(t.members)}; tổng số ngày: ${formatNumberVi(t.days)}; tổng kinh phí: ${formatVnd(t.fundingVnd)}.`,
    completenessLine('Báo cáo kết quả (R-REPORT)', s.completeness.reports) +
      (t.reports.late > 0 ? ` Nộp trễ hạn: ${t.reports.late}.` : ''),
    completenessLine('Đánh giá trách nhiệm giải trình (R-ACCOUNTABILITY)', s.completeness.reviews),
    stuck.length > 0
      ? `Đơn vị còn vấn đề chưa giải quyết nhưng không đề xuất đoàn nào trong năm: ${stuck.join('; ')}.`
      : 'Không có đơn vị nào còn vấn đề chưa giải quyết mà không đề xuất đoàn.',
  ];
}

function cell(c: SummaryColumn, row: SummaryRow): string {
  const v = c.value(row);
  if (typeof v === 'string') return escapeHtml(v);
  return c.kind === 'vnd' ? formatVnd(v) : formatNumberVi(v);
}

/** The per-unit table with the province's totals last; styles inline so mail clients keep them. */
export function annualSummaryTableHtml(s: AnnualSummary): string {
  const border = 'border:1px solid #ccc;padding:4px 6px;vertical-align:top';
  const head = summaryColumns
    .map(
      (c) =>
        `<th style="${border};background:#f3f4f6;text-align:left">${escapeHtml(c.header)}</th>`,
    )
    .join('');
  const rows = summaryRows(s)
    .map((row, i, all) => {
      const weight = i === all.length - 1 ? ';font-weight:bold' : '';
      const cells = summaryColumns
        .map(
          (c) =>
            `<td style="${border}${c.kind === 'text' ? '' : ';text-align:right;white-space:nowrap'}${weight}">${cell(c, row)}</td>`,
        )
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('');
  return `<div style="overflow-x:auto"><table style="border-collapse:collapse;font-size:14px"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}
