export { localDateOf, deadlineInstantOf } from './vnTime';
export { createWorkingCalendar, type WorkingCalendar } from './workingCalendar';
export type { CalendarDay, CalendarOverride } from './calendarOverride';
