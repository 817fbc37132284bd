// Arithmetic on local dates written YYYY-MM-DD. A local date names a day in Asia/Ho_Chi_Minh,
// not an instant, so it is computed on a day count (days since 1970-01-01) and never goes
// through the host's time zone.
import type { LocalDate } from '../vnText';

const msPerDay = 86_400_000;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month (1–12) and day of a local date; throws on anything that is not a real day. */
export function dateParts(date: LocalDate): [year: number, month: number, day: number] {
  const m = datePattern.exec(date);
  const parts = m ? ([Number(m[1]), Number(m[2]), Number(m[3])] as const) : undefined;
  if (!parts || fromDayNumber(Date.UTC(parts[0], parts[1] - 1, parts[2]) / msPerDay) !== date) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  }
  return [...parts];
}

/** Days since 1970-01-01. */
export function dayNumber(date: LocalDate): number {
  const [y, m, d] = dateParts(date);
  return Date.UTC(y, m - 1, d) / msPerDay;
}

export function fromDayNumber(day: number): LocalDate {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: LocalDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** Saturday and Sunday: the weekly rest days of state agencies (Decree 145/2020, Art. 65). */
export function isWeekend(date: LocalDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

export function yearOf(date: LocalDate): number {
  return dateParts(date)[0];
}

/**
 * The same day of the month `months` months later (earlier when negative), clamped to the last
 * day of a shorter month: 2026-03-31 minus one month is 2026-02-28.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = dateParts(date);
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(year, month, Math.min(d, lastDay)) / msPerDay);
}

/** Every date from `from` to `to`, both included (empty when `to` is before `from`). */
export function datesFromTo(from: LocalDate, to: LocalDate): LocalDate[] {
  const first = dayNumber(from);
  const last = dayNumber(to);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => fromDayNumber(first + i));
}
