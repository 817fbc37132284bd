// Vietnamese number and date formats, the CSV, and which year a run summarizes.
import type { AnnualSummary } from '../../domain/annualSummary';
import { emptyFigures } from '../../domain/annualSummaryAggregate';
import { annualSummaryCsv } from '../../domain/annualSummaryCsv';
import { summaryYearRange, yearSummarizedAt } from '../../domain/annualSummaryTiming';
import { formatDateVi, formatNumberVi, formatVnd, vietnamStartOfDay } from '../../domain/vnFormat';

test.each([
  [0, '0'],
  [999, '999'],
  [1000, '1.000'],
  [85_000_000, '85.000.000'],
  [-1_234_567, '-1.234.567'],
])('formatNumberVi(%d) = %s', (n, expected) => {
  expect(formatNumberVi(n)).toBe(expected);
});

test('formatVnd and formatDateVi', () => {
  expect(formatVnd(85_000_000)).toBe('85.000.000 ₫');
  expect(formatDateVi('2027-01-05')).toBe('05/01/2027');
  // 20:00 UTC on 31 December is already 1 January in Vietnam.
  expect(formatDateVi('2026-12-31T20:00:00.000Z')).toBe('01/01/2027');
  expect(vietnamStartOfDay('2027-01-01')).toBe('2026-12-31T17:00:00.000Z');
});

test.each([
  ['5 January 07:00 in Vietnam', '2027-01-05T00:00:00.000Z', 2026],
  ['00:30 on 1 January in Vietnam (still 31 December in UTC)', '2026-12-31T17:30:00.000Z', 2026],
  ['23:30 on 31 December in Vietnam', '2026-12-31T16:30:00.000Z', 2025],
])('a run started %s summarizes the year before', (_name, start, year) => {
  expect(yearSummarizedAt(start)).toBe(year);
});

test('no summary of a future year', () => {
  expect(summaryYearRange('2026-12-31T17:30:00.000Z')).toEqual({ min: 2000, max: 2027 });
});

test('CSV: BOM, CRLF, quoted fields, bare numbers, totals row, no formulas', () => {
  const figures = emptyFigures();
  const summary: AnnualSummary = {
    provinceId: 'ca-mau',
    provinceName: 'Tỉnh Cà Mau',
    year: 2026,
    asOf: '2027-01-05T00:00:00.000Z',
    units: [
      {
        unitId: 'a',
        unitName: 'Sở "A", Cà Mau',
        mergedFrom: [{ unitId: 'b', unitName: '=HYPERLINK("x")' }],
        ...figures,
        fundingVnd: 85_000_000,
        destinations: [{ province: 'Đà Nẵng', delegations: 2 }],
      },
    ],
    totals: { ...figures, fundingVnd: 85_000_000 },
    completeness: {
      reports: { received: 0, expected: 0, outstanding: [], unitsSendingNone: [] },
      reviews: { received: 0, expected: 0, outstanding: [], unitsSendingNone: [] },
    },
    unitsNotProposing: [],
  };
  const csv = annualSummaryCsv(summary);
  expect(csv.startsWith('\uFEFFĐơn vị,Sáp nhập từ,Số đoàn đề xuất,')).toBe(true);
  const lines = csv.slice(1).split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines[3]).toBe('');
  expect(lines[1]).toMatch(/^"Sở ""A"", Cà Mau","'=HYPERLINK\(""x""\)",0,/);
  expect(lines[1]).toContain(',85000000,Đà Nẵng (2),');
  expect(lines[2]?.startsWith('Tổng cộng,,0,')).toBe(true);
});
