// The year an annual summary is asked for: refused by field, in Vietnamese then English, never a
// Vietnamese sentence with English in it.
import { zodViolations } from '../../api/zodViolations';
import { summaryYearSchema } from '../../domain/annualSummaryYear';

const now = '2026-06-01T03:00:00Z';

test.each([2026, '2026', 2000, '2013'])('%p is a year that can be summarized', (year) => {
  expect(summaryYearSchema(now).parse(year)).toBe(Number(year));
});

test.each([2027, '2031', 1999, 2026.5, 'hai-nghin', '', null, 2147483648])(
  '%p is refused, in Vietnamese throughout',
  (year) => {
    const parsed = summaryYearSchema(now).safeParse(year);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const [v, ...others] = zodViolations(parsed.error, 'R-ANNUAL-REPORT');
    expect(others).toEqual([]);
    expect(v?.messageVi).toBe(
      'Trường (nội dung) không hợp lệ: phải là một năm từ 2000 đến 2026; chỉ tổng hợp được năm đã bắt đầu (năm đang diễn ra được tổng hợp đến nay)',
    );
    expect(v?.message).toContain('from 2000 to 2026');
  },
);
