export { createWorkingCalendar, type CalendarOverride, type DayOff, type WorkingCalendar } from './workingCalendar';
export { localDateOf, deadlineInstantOf, startInstantOf, addDays } from './localDate';
