// The government's yearly announcements of days off, as data (announcements/<year>.json).
// Adding a year is a data change: write announcements/<year>.json and add its import line
// below (domain/ does no I/O, so the files are bundled by import, not read from disk; a test
// fails when a file in the folder is not imported here).
import { z } from 'zod';
import { localDate } from '../vnText';
import a2024 from './announcements/2024.json';
import a2025 from './announcements/2025.json';
import a2026 from './announcements/2026.json';

/** Holidays of the Labour Code 2019 (Art. 112) by a stable id. */
export const statutoryHolidays = [
  'new_year',
  'tet',
  'hung_kings',
  'reunification',
  'labour_day',
  'national_day',
] as const;
export type StatutoryHoliday = (typeof statutoryHolidays)[number];

/**
 * One government announcement for one holiday (or a merged block): the official days off, the
 * weekend days worked in exchange, and where it was published. It replaces the law's computed
 * days of the holidays it names (and their compensatory days) for its year.
 */
const announcementEntrySchema = z.object({
  holidays: z.array(z.enum(statutoryHolidays)).min(1),
  name: z.string().min(1),
  daysOff: z.array(localDate),
  workingDays: z.array(localDate),
  source: z.string().min(1),
});
export type AnnouncementEntry = z.infer<typeof announcementEntrySchema>;

/** A year's file: every date in that year, each date once, each holiday announced once. */
export const yearAnnouncementSchema = z
  .object({ year: z.number().int(), entries: z.array(announcementEntrySchema) })
  .superRefine((file, ctx) => {
    const dates = new Set<string>();
    const holidays = new Set<string>();
    file.entries.forEach((entry, i) => {
      for (const date of [...entry.daysOff, ...entry.workingDays]) {
        if (!date.startsWith(`${file.year}-`) || dates.has(date)) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i],
            message: `${date} is outside ${file.year} or listed twice`,
          });
        }
        dates.add(date);
      }
      for (const holiday of entry.holidays) {
        if (holidays.has(holiday)) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i, 'holidays'],
            message: `${holiday} is announced twice in ${file.year}`,
          });
        }
        holidays.add(holiday);
      }
    });
  });
export type YearAnnouncement = z.infer<typeof yearAnnouncementSchema>;

/** Parsed when first imported, so a malformed file stops the program instead of miscounting. */
export const announcements: YearAnnouncement[] = [a2024, a2025, a2026].map((file) =>
  yearAnnouncementSchema.parse(file),
);
