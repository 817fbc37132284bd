import { z } from 'zod';
import { localDate } from '../vnText';

/** An override an administrator adds (stored in the database); the last one for a date wins. */
export const calendarOverrideSchema = z.object({
  date: localDate,
  kind: z.enum(['day_off', 'working_day']),
  name: z.string().min(1),
  source: z.string().min(1),
});
export type CalendarOverride = z.infer<typeof calendarOverrideSchema>;

/** A day that differs from the plain Monday–Friday week, or a holiday that falls on a weekend. */
export type CalendarDay = CalendarOverride;
