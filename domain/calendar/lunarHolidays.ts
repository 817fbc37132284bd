// The lunar holidays, computed by the date-holidays package (country VN), whose holiday data is
// licensed CC-BY-3.0: © date-holidays contributors, https://github.com/commenthol/date-holidays.
// It places the lunar months on Vietnam's meridian (UTC+7), so Tết is right in the years when
// Vietnam and China differ (1985, 2007, 2030). Everything else about the calendar is ours.
import Holidays from 'date-holidays';
import dateHolidaysPackage from 'date-holidays/package.json';
import type { LocalDate } from '../vnText';
import { addDays } from './localDate';

/** Changes when the package is upgraded: its answers are part of the calendar's version. */
export const lunarSourceVersion = `date-holidays@${dateHolidaysPackage.version}`;

export interface LunarHolidays {
  /** The five days of Tết by the package's rule: New Year's Eve and the first four days. */
  tet: LocalDate[];
  /** Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month. */
  hungKings: LocalDate;
}

// The package's own rule keys (data/countries/VN.yaml): stable identifiers, unlike the names.
const tetRule = 'vietnamese 1-0-1';
const hungKingsRule = 'vietnamese 3-0-10';
const msPerDay = 86_400_000;

let vietnam: Holidays | undefined;

export function lunarHolidaysOf(year: number): LunarHolidays {
  vietnam ??= new Holidays('VN', { types: ['public'] });
  const tet = new Set<LocalDate>();
  let hungKings: LocalDate | undefined;
  for (const h of vietnam.getHolidays(year)) {
    const first = h.date.slice(0, 10);
    if (h.rule.includes(tetRule)) {
      const days = Math.round((h.end.getTime() - h.start.getTime()) / msPerDay);
      for (let i = 0; i < days; i++) tet.add(addDays(first, i));
    } else if (h.rule.includes(hungKingsRule)) {
      hungKings = first;
    }
  }
  if (tet.size === 0 || hungKings === undefined) {
    throw new Error(`${lunarSourceVersion} gave no Tết or Hùng Kings day for ${year}`);
  }
  return { tet: [...tet].sort(), hungKings };
}
