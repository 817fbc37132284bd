// R-ANNUAL-REPORT as CSV for the organization board's spreadsheets: RFC 4180 (CRLF, quotes
// doubled), UTF-8 with a byte-order mark because Excel otherwise reads Vietnamese as Latin-1.
// Numbers are bare so that they stay numbers when opened; formatting is the HTML page's job.
import type { AnnualSummary } from './annualSummary';
import { summaryColumns, summaryRows } from './annualSummaryColumns';

const bom = '\uFEFF';

function csvField(value: string | number): string {
  const s = String(value);
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula (CSV injection).
  const safe = /^[=+\-@]/.test(s) && typeof value === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function annualSummaryCsv(s: AnnualSummary): string {
  const lines = [
    summaryColumns.map((c) => csvField(c.header)),
    ...summaryRows(s).map((row) => summaryColumns.map((c) => csvField(c.value(row)))),
  ];
  return bom + lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

export const annualSummaryCsvFilename = (provinceId: string, year: number): string =>
  `tong-hop-doan-hoc-tap-${provinceId}-${year}.csv`;
