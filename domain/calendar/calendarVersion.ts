import type { YearAnnouncement } from './announcement';
import { lunarSourceVersion } from './lunarHolidays';
import type { CalendarOverride } from './calendarOverride';

/**
 * Bump when the code's reading of the law changes (a default, the compensatory rule), so that
 * deadlines computed before and after the change record different calendars.
 */
const lawRulesVersion = 'labour-code-2019/2';

/** FNV-1a, 64 bits: a stable fingerprint without node:crypto (domain/ runs anywhere). */
function fingerprint(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Everything the calendar's answers depend on: the law's code, the lunar library, the data. */
export function calendarVersion(
  announcements: YearAnnouncement[],
  extraOverrides: CalendarOverride[],
): string {
  const inputs = { lawRulesVersion, lunarSourceVersion, announcements, extraOverrides };
  return `vn-${fingerprint(JSON.stringify(inputs))}`;
}
