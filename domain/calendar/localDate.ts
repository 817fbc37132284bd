// Dates as Vietnamese agencies count them: local days in Asia/Ho_Chi_Minh (UTC+7, no DST).
// Fixed-offset arithmetic on 'YYYY-MM-DD' strings, independent of the host's time zone.

const dayMs = 86_400_000;
const vnOffsetMs = 7 * 3_600_000;

export const toUtcMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);
export const fromUtcMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, n: number): string => fromUtcMs(toUtcMs(date) + n * dayMs);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: string): number => new Date(toUtcMs(date)).getUTCDay();

export const isWeekend = (date: string): boolean => {
  const d = weekdayOf(date);
  return d === 0 || d === 6;
};

/** The local (Asia/Ho_Chi_Minh) calendar day of an instant. */
export const localDateOf = (instantIso: string): string => fromUtcMs(Date.parse(instantIso) + vnOffsetMs);

/** A deadline on a local day ends with that day: 23:59:59.999 in Asia/Ho_Chi_Minh, as UTC ISO. */
export const deadlineInstantOf = (date: string): string =>
  new Date(toUtcMs(date) + dayMs - 1 - vnOffsetMs).toISOString();

/** The first instant of a local day, as UTC ISO. */
export const startInstantOf = (date: string): string => new Date(toUtcMs(date) - vnOffsetMs).toISOString();
