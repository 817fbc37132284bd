// Working days of Vietnamese state agencies: Monday–Friday, minus holidays and announced days
// off, plus announced working Saturdays (vn-calendar.md).
import { announcements as officialAnnouncements, type YearAnnouncement } from './announcement';
import { addDays, isWeekend, toUtcMs } from './localDate';
import { compensatoryDays, statutoryHolidaysOf } from './statutoryDays';

export interface CalendarOverride {
  date: string;
  kind: 'day_off' | 'working_day';
  name: string;
  source: string;
}

export interface DayOff {
  date: string;
  name: string;
  source: string;
}

export interface WorkingCalendar {
  /** Identifies the data the answers come from; recorded with every computed deadline. */
  version: string;
  isWorkingDay(date: string): boolean;
  /** The n-th working day after `date` (which itself is not counted). */
  addWorkingDays(date: string, n: number): string;
  /** Working days d with from < d ≤ to (0 when to ≤ from). */
  workingDaysBetween(from: string, to: string): number;
  workingDaysInYear(year: number): number;
  /** Days off that fall on weekdays or weekends, with their names and sources. */
  daysOffIn(year: number): DayOff[];
}

interface YearTable {
  off: Map<string, DayOff>;
  working: Set<string>;
}

/** FNV-1a: a short, stable fingerprint of the calendar data (no crypto needed in domain/). */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function createWorkingCalendar(
  options: { extraOverrides?: CalendarOverride[]; announcements?: YearAnnouncement[] } = {},
): WorkingCalendar {
  const announcements = options.announcements ?? officialAnnouncements;
  const extra = options.extraOverrides ?? [];
  const years = new Map<number, YearTable>();

  function tableOf(year: number): YearTable {
    const cached = years.get(year);
    if (cached) return cached;
    const off = new Map<string, DayOff>();
    const working = new Set<string>();
    const announced = announcements.find((a) => a.year === year)?.entries ?? [];
    const covered = new Set(announced.flatMap((e) => e.holidays));
    const computed = statutoryHolidaysOf(year).filter((h) => !covered.has(h.holiday));
    for (const h of computed) for (const d of h.days) off.set(d, { date: d, name: h.name, source: h.source });
    for (const e of announced) {
      for (const d of e.daysOff) off.set(d, { date: d, name: e.name, source: e.source });
      for (const d of e.workingDays) working.add(d);
    }
    const taken = new Set(off.keys());
    for (const h of computed) {
      for (const d of compensatoryDays(h.days, taken)) {
        off.set(d, { date: d, name: `Nghỉ bù ${h.name}`, source: 'Bộ luật Lao động 2019, Điều 111 khoản 3' });
        taken.add(d);
      }
    }
    for (const o of extra.filter((x) => x.date.startsWith(`${year}-`))) {
      if (o.kind === 'day_off') {
        off.set(o.date, { date: o.date, name: o.name, source: o.source });
        working.delete(o.date);
      } else {
        working.add(o.date);
        off.delete(o.date);
      }
    }
    const table = { off, working };
    years.set(year, table);
    return table;
  }

  const isWorkingDay = (date: string): boolean => {
    const t = tableOf(Number(date.slice(0, 4)));
    if (t.working.has(date)) return true;
    return !isWeekend(date) && !t.off.has(date);
  };

  return {
    version: `vn-${fingerprint(JSON.stringify({ announcements, extra }))}`,
    isWorkingDay,
    addWorkingDays(date, n) {
      let d = date;
      for (let left = n; left > 0; ) {
        d = addDays(d, 1);
        if (isWorkingDay(d)) left--;
      }
      return d;
    },
    workingDaysBetween(from, to) {
      let count = 0;
      for (let d = addDays(from, 1); toUtcMs(d) <= toUtcMs(to); d = addDays(d, 1)) if (isWorkingDay(d)) count++;
      return count;
    },
    workingDaysInYear(year) {
      return this.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`);
    },
    daysOffIn(year) {
      return [...tableOf(year).off.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
    },
  };
}
