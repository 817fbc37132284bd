import a2024 from './announcements/2024.json';
import a2025 from './announcements/2025.json';
import a2026 from './announcements/2026.json';

/** Holidays of the Labour Code (Art. 112) by a stable id. */
export const statutoryHolidays = ['new_year', 'tet', 'hung_kings', 'reunification', 'labour_day', 'national_day'] as const;
export type StatutoryHoliday = (typeof statutoryHolidays)[number];

/**
 * One government announcement for one holiday (or a merged block): the official days off,
 * the Saturdays worked in exchange, and where it was published. It replaces the computed
 * days (and compensatory days) of the holidays it names, for its year.
 */
export interface AnnouncementEntry {
  holidays: string[];
  name: string;
  daysOff: string[];
  workingDays: string[];
  source: string;
}

export interface YearAnnouncement {
  year: number;
  entries: AnnouncementEntry[];
}

/** Adding a year's announcement: a JSON file in announcements/ and its line here. */
export const announcements: YearAnnouncement[] = [a2024, a2025, a2026];
