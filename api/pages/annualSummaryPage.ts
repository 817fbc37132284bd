import {
  annualSummaryLines,
  annualSummaryTableHtml,
  annualSummaryTitle,
} from '../../activities/emails/annualSummaryContent';
import type { AnnualSummary } from '../../domain/annualSummary';
import { annualSummaryPath } from '../../domain/annualSummaryLinks';
import { formatDateVi } from '../../domain/vnFormat';
import { escapeHtml, pageHtml } from './layout';

/** R-ANNUAL-REPORT for people: the same sentences and table as the board's email. */
export function annualSummaryPageHtml(s: AnnualSummary, generatedAt: Date): string {
  const title = annualSummaryTitle(s);
  const items = annualSummaryLines(s)
    .map((l) => `<li>${escapeHtml(l)}</li>`)
    .join('');
  const csv = annualSummaryPath(s.provinceId, s.year, 'csv');
  const json = annualSummaryPath(s.provinceId, s.year, 'json');
  return pageHtml(
    title,
    `<h1>${escapeHtml(title)}</h1>
<p>Lập ngày ${formatDateVi(generatedAt.toISOString())}.</p>
<ul>${items}</ul>
<h2>Theo từng đơn vị</h2>
${annualSummaryTableHtml(s)}
<p><a href="${escapeHtml(csv)}">Tải tệp CSV</a> · <a href="${escapeHtml(json)}">Dữ liệu JSON</a></p>`,
  );
}
