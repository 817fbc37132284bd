// The days off the Labour Code 2019 fixes (Art. 112), computed for a year when no announcement
// covers them, and the compensatory days of Art. 111(3).
import type { StatutoryHoliday } from './announcement';
import { addDays, isWeekend } from './localDate';
import { lunarHolidaysOf } from './lunarHolidays';

export interface ComputedHoliday {
  holiday: StatutoryHoliday;
  name: string;
  days: string[];
  source: string;
}

const law = 'Bộ luật Lao động 2019, Điều 112';

/** The law's holidays of a year, before compensatory days. */
export function statutoryHolidaysOf(year: number): ComputedHoliday[] {
  const lunar = lunarHolidaysOf(year);
  return [
    { holiday: 'new_year', name: 'Tết Dương lịch', days: [`${year}-01-01`], source: law },
    { holiday: 'tet', name: 'Tết Nguyên Đán', days: lunar.tet, source: law },
    { holiday: 'hung_kings', name: 'Giỗ Tổ Hùng Vương', days: [lunar.hungKings], source: law },
    {
      holiday: 'reunification',
      name: 'Ngày Giải phóng miền Nam',
      days: [`${year}-04-30`],
      source: law,
    },
    { holiday: 'labour_day', name: 'Quốc tế Lao động', days: [`${year}-05-01`], source: law },
    {
      // The law gives 2 September and the day before or after it; the government picks each
      // year. Until it has, 1 September is assumed: the 2025 and 2026 announcements chose it, and
      // for 2024 (2 Sep a Monday) it gives the announced days through the compensatory rule.
      holiday: 'national_day',
      name: 'Quốc khánh',
      days: [`${year}-09-01`, `${year}-09-02`],
      source: `${law} (ngày liền kề giả định là 01/9 khi Chính phủ chưa công bố)`,
    },
  ];
}

/**
 * Art. 111(3): a holiday that falls on a weekend gives the next working day off. `taken` holds
 * every day already off, so two weekend holidays in a row give two different days.
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
