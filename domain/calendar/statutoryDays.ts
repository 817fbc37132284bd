// The days off the Labour Code fixes (Art. 112), computed for a year when no announcement covers
// them. Lunar dates come from date-holidays (holiday data © its authors, CC-BY-3.0).
import Holidays from 'date-holidays';
import type { StatutoryHoliday } from './announcement';
import { addDays, isWeekend } from './localDate';

export interface ComputedHoliday {
  holiday: StatutoryHoliday;
  name: string;
  days: string[];
  source: string;
}

const law = 'Bộ luật Lao động 2019, Điều 112';
const vnHolidays = new Holidays('VN');

function lunarDate(year: number, match: (name: string) => boolean): string {
  const found = vnHolidays.getHolidays(year).find((h) => h.type === 'public' && match(h.name));
  if (!found) throw new Error(`date-holidays has no ${year} date for this holiday`);
  return found.date.slice(0, 10);
}

/** The law's holidays of a year, before compensatory days. */
export function statutoryHolidaysOf(year: number): ComputedHoliday[] {
  const tetDay = lunarDate(year, (n) => n === 'Tết Nguyên Đán');
  return [
    { holiday: 'new_year', name: 'Tết Dương lịch', days: [`${year}-01-01`], source: law },
    {
      // Five days: New Year's Eve and the first four days of the lunar year.
      holiday: 'tet',
      name: 'Tết Nguyên Đán',
      days: [-1, 0, 1, 2, 3].map((n) => addDays(tetDay, n)),
      source: law,
    },
    { holiday: 'hung_kings', name: 'Giỗ Tổ Hùng Vương', days: [lunarDate(year, (n) => n.startsWith('Giỗ tổ'))], source: law },
    { holiday: 'reunification', name: 'Ngày Giải phóng miền Nam', days: [`${year}-04-30`], source: law },
    { holiday: 'labour_day', name: 'Quốc tế Lao động', days: [`${year}-05-01`], source: law },
    {
      // The law gives 2 Sep and the day before or after; the government picks each year. Until it
      // does, 3 Sep is assumed (the choice of 2025's and most earlier years' announcements is
      // recorded in their files).
      holiday: 'national_day',
      name: 'Quốc khánh',
      days: [`${year}-09-02`, `${year}-09-03`],
      source: `${law} (ngày thứ hai: giả định 03/9 khi chưa có thông báo)`,
    },
  ];
}

/**
 * Art. 111(3): a holiday that falls on a weekend gives the next working day off. `taken` holds
 * every day already off, so two weekend holidays give two different days.
 */
export function compensatoryDays(holidayDays: string[], taken: Set<string>): string[] {
  const result: string[] = [];
  for (const day of holidayDays) {
    if (!isWeekend(day)) continue;
    let next = addDays(day, 1);
    while (isWeekend(next) || taken.has(next) || result.includes(next)) next = addDays(next, 1);
    result.push(next);
  }
  return result;
}
