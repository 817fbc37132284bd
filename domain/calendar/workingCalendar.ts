// Working days of Vietnamese state agencies: Monday–Friday, minus holidays and announced days
// off, plus announced working weekend days (../shared/domain/vn-calendar.md). Precedence, from
// lowest: the law's computed days, the year's announcements, then the extra overrides.
import { announcements as officialAnnouncements, type YearAnnouncement } from './announcement';
import {
  calendarOverrideSchema,
  type CalendarDay,
  type CalendarOverride,
} from './calendarOverride';
import { calendarVersion } from './calendarVersion';
import { dayNumber, fromDayNumber, isWeekend, yearOf } from './localDate';
import { compensatoryDays, statutoryHolidaysOf } from './statutoryDays';

export interface WorkingCalendar {
  /** Identifies the data the answers come from; recorded with every computed deadline. */
  version: string;
  isWorkingDay(date: string): boolean;
  /** The n-th working day after `date` (which itself is not counted); `date` itself when n = 0. */
  addWorkingDays(date: string, n: number): string;
  /** The number of working days d with from < d ≤ to (0 when to ≤ from). */
  workingDaysBetween(from: string, to: string): number;
  workingDaysInYear(year: number): number;
  /** Every day off (weekday or weekend) and working weekend day of a year, with name and source. */
  holidaysOf(year: number): CalendarDay[];
}

const compensatorySource = 'Bộ luật Lao động 2019, Điều 111 khoản 3';

/** The special days of one year, by date. */
function yearTable(
  year: number,
  announced: YearAnnouncement | undefined,
  extra: CalendarOverride[],
): Map<string, CalendarDay> {
  const table = new Map<string, CalendarDay>();
  const dayOff = (date: string, name: string, source: string) =>
    table.set(date, { date, kind: 'day_off', name, source });
  const entries = announced?.entries ?? [];
  const covered = new Set(entries.flatMap((e) => e.holidays));
  const computed = statutoryHolidaysOf(year).filter((h) => !covered.has(h.holiday));
  for (const h of computed) for (const d of h.days) dayOff(d, h.name, h.source);
  for (const e of entries) {
    for (const d of e.daysOff) dayOff(d, e.name, e.source);
    for (const d of e.workingDays) {
      table.set(d, { date: d, kind: 'working_day', name: e.name, source: e.source });
    }
  }
  const taken = new Set(table.keys());
  for (const h of computed) {
    for (const d of compensatoryDays(h.days, taken)) {
      dayOff(d, `Nghỉ bù ${h.name}`, compensatorySource);
      taken.add(d);
    }
  }
  for (const o of extra) if (yearOf(o.date) === year) table.set(o.date, o);
  return table;
}

export function createWorkingCalendar(
  options: { extraOverrides?: CalendarOverride[]; announcements?: YearAnnouncement[] } = {},
): WorkingCalendar {
  const announcements = options.announcements ?? officialAnnouncements;
  const extra = (options.extraOverrides ?? []).map((o) => calendarOverrideSchema.parse(o));
  const byYear = new Map(announcements.map((a) => [a.year, a]));
  if (byYear.size !== announcements.length) throw new Error('A year is announced twice.');
  const tables = new Map<number, Map<string, CalendarDay>>();

  const tableOf = (year: number): Map<string, CalendarDay> => {
    const cached = tables.get(year);
    if (cached) return cached;
    const table = yearTable(year, byYear.get(year), extra);
    tables.set(year, table);
    return table;
  };

  const isWorkingDay = (date: string): boolean => {
    const special = tableOf(yearOf(date)).get(date);
    return special ? special.kind === 'working_day' : !isWeekend(date);
  };

  const workingDaysBetween = (from: string, to: string): number => {
    const last = dayNumber(to);
    let count = 0;
    for (let day = dayNumber(from) + 1; day <= last; day++) {
      if (isWorkingDay(fromDayNumber(day))) count++;
    }
    return count;
  };

  return {
    version: calendarVersion(announcements, extra),
    isWorkingDay,
    addWorkingDays(date, n) {
      if (!Number.isInteger(n) || n < 0) {
        throw new RangeError(`A count of working days must be a whole number ≥ 0, not ${n}`);
      }
      let day = dayNumber(date);
      for (let left = n; left > 0;) {
        day++;
        if (isWorkingDay(fromDayNumber(day))) left--;
      }
      return fromDayNumber(day);
    },
    workingDaysBetween,
    workingDaysInYear: (year) => workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`),
    holidaysOf: (year) =>
      [...tableOf(year).values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}
