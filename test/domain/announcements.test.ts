// Adding a year is a data change: the file, and its import line in domain/calendar/announcement.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { announcements, yearAnnouncementSchema } from '../../domain/calendar/announcement';

const folder = path.join(__dirname, '../../domain/calendar/announcements');
const files = readdirSync(folder).filter((f) => f.endsWith('.json'));

describe('announcement files', () => {
  it('every file in the folder is imported, one year per file', () => {
    expect(announcements.map((a) => `${a.year}.json`).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s is valid and its source is named for every entry', (file) => {
    const parsed = yearAnnouncementSchema.parse(
      JSON.parse(readFileSync(path.join(folder, file), 'utf8')),
    );
    expect(`${parsed.year}.json`).toBe(file);
    for (const entry of parsed.entries) expect(entry.source.trim()).not.toBe('');
  });

  const entry = {
    holidays: ['tet'],
    name: 'Tết',
    daysOff: ['2027-02-08'],
    workingDays: [],
    source: 's',
  };
  it.each([
    ['a date outside its year', { year: 2026, entries: [entry] }],
    ['a date listed twice', { year: 2027, entries: [entry, { ...entry, holidays: ['new_year'] }] }],
    [
      'a holiday announced twice',
      { year: 2027, entries: [entry, { ...entry, daysOff: ['2027-02-09'] }] },
    ],
    ['an unknown holiday', { year: 2027, entries: [{ ...entry, holidays: ['tết'] }] }],
    ['an entry without a source', { year: 2027, entries: [{ ...entry, source: '' }] }],
  ])('refuses %s', (_what, file) => {
    expect(yearAnnouncementSchema.safeParse(file).success).toBe(false);
  });
});
