// The year an annual summary is asked for (R-ANNUAL-REPORT), from a path segment or a body: a
// whole year in summaryYearRange, refused in both languages, Vietnamese first, as every refusal.
import { z } from 'zod';
import { summaryYearRange } from './annualSummaryTiming';

export function summaryYearSchema(nowInstant: string) {
  const { min, max } = summaryYearRange(nowInstant);
  const message =
    `must be a year from ${min} to ${max}: a summary covers a year that has begun ` +
    '(the one running is summarized so far)';
  const messageVi =
    `phải là một năm từ ${min} đến ${max}; chỉ tổng hợp được năm đã bắt đầu ` +
    '(năm đang diễn ra được tổng hợp đến nay)';
  return z.unknown().transform((v, ctx): number => {
    const year =
      typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : NaN;
    if (Number.isInteger(year) && year >= min && year <= max) return year;
    ctx.addIssue({ code: 'custom', message, params: { messageVi } });
    return z.NEVER;
  });
}
