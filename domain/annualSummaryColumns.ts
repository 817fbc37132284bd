// The columns of the per-unit table, in Vietnamese, shared by the CSV, the HTML page and the
// email so the three always say the same thing in the same order.
import type { SummaryFigures, UnitRef, UnitSummary } from './annualSummary';
import { ratingNamesVi } from './review';

/** A unit's row, or the province's totals (which have no merged units). */
export type SummaryRow = UnitRef & SummaryFigures & { mergedFrom: UnitRef[] };

export interface SummaryColumn {
  header: string;
  value: (row: SummaryRow) => string | number;
  /** Amounts in đồng are shown with the currency; plain counts are not. */
  kind: 'text' | 'count' | 'vnd';
}

export const summaryColumns: SummaryColumn[] = [
  { header: 'Đơn vị', kind: 'text', value: (r) => r.unitName },
  {
    header: 'Sáp nhập từ',
    kind: 'text',
    value: (r) => r.mergedFrom.map((m) => m.unitName).join('; '),
  },
  { header: 'Số đoàn đề xuất', kind: 'count', value: (r) => r.delegations.proposed },
  { header: 'Đang xem xét', kind: 'count', value: (r) => r.delegations.pending },
  { header: 'Được chấp thuận', kind: 'count', value: (r) => r.delegations.approved },
  { header: 'Không chấp thuận', kind: 'count', value: (r) => r.delegations.rejected },
  { header: 'Đã hủy', kind: 'count', value: (r) => r.delegations.cancelled },
  { header: 'Hết hiệu lực', kind: 'count', value: (r) => r.delegations.lapsed },
  { header: 'Số lượt thành viên', kind: 'count', value: (r) => r.members },
  { header: 'Số ngày', kind: 'count', value: (r) => r.days },
  { header: 'Kinh phí (đồng)', kind: 'vnd', value: (r) => r.fundingVnd },
  {
    header: 'Địa phương đến',
    kind: 'text',
    value: (r) => r.destinations.map((d) => `${d.province} (${d.delegations})`).join('; '),
  },
  { header: 'Báo cáo đúng hạn', kind: 'count', value: (r) => r.reports.onTime },
  { header: 'Báo cáo trễ hạn', kind: 'count', value: (r) => r.reports.late },
  { header: 'Chưa nộp báo cáo (quá hạn)', kind: 'count', value: (r) => r.reports.missing },
  { header: 'Báo cáo chưa đến hạn', kind: 'count', value: (r) => r.reports.notYetDue },
  { header: 'Đã đánh giá', kind: 'count', value: (r) => r.reviews.done },
  { header: 'Chưa đánh giá (quá hạn)', kind: 'count', value: (r) => r.reviews.missing },
  { header: ratingNamesVi.excellent, kind: 'count', value: (r) => r.ratings.excellent },
  { header: ratingNamesVi.good, kind: 'count', value: (r) => r.ratings.good },
  { header: ratingNamesVi.fulfilled, kind: 'count', value: (r) => r.ratings.fulfilled },
  { header: ratingNamesVi.not_fulfilled, kind: 'count', value: (r) => r.ratings.not_fulfilled },
];

/** The table's rows: every unit, then the province's totals. */
export function summaryRows(s: { units: UnitSummary[]; totals: SummaryFigures }): SummaryRow[] {
  return [...s.units, { unitId: '', unitName: 'Tổng cộng', mergedFrom: [], ...s.totals }];
}
