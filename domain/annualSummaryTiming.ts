// R-ANNUAL-REPORT: when the summary of a year is compiled, and which year a run compiles.
import { vietnamYearOf } from './vnFormat';

/**
 * Early January, Vietnam time: 5 January at 07:00. Not the 1st, a public holiday, and late
 * enough that December's stragglers had a few working days to file.
 */
export const annualSummaryMoment = { month: 'JANUARY', dayOfMonth: 5, hour: 7, minute: 0 } as const;
export const annualSummaryTimeZone = 'Asia/Ho_Chi_Minh';

/** A run that was not told the year compiles the year before the one it started in (Vietnam time). */
export function yearSummarizedAt(startInstant: string): number {
  return vietnamYearOf(startInstant) - 1;
}

/** The earliest and latest year a summary can be asked for at an instant (none for the future). */
export function summaryYearRange(nowInstant: string): { min: number; max: number } {
  return { min: 2000, max: vietnamYearOf(nowInstant) };
}
