// The working-day calendar against ../shared/domain/vn-calendar.md, row by row.
import { createWorkingCalendar } from '../../domain/calendar';
import { lunarHolidaysOf } from '../../domain/calendar/lunarHolidays';

const calendar = createWorkingCalendar();

describe('the official schedules of vn-calendar.md', () => {
  // first..last are all days off; `before` and `after` are the weekdays around the block, which
  // must stay working days (the law's own guess for the holiday must not leak past the block).
  it.each([
    [2024, 'Tết', '2024-02-08', '2024-02-14', '2024-02-07', '2024-02-15', []],
    [2024, '30/4–1/5', '2024-04-27', '2024-05-01', '2024-04-26', '2024-05-02', ['2024-05-04']],
    [2024, 'National Day', '2024-08-31', '2024-09-03', '2024-08-30', '2024-09-04', []],
    [2025, 'Tết', '2025-01-25', '2025-02-02', '2025-01-24', '2025-02-03', []],
    [2025, 'Hùng Kings', '2025-04-05', '2025-04-07', '2025-04-04', '2025-04-08', []],
    [2025, '30/4–1/5', '2025-04-30', '2025-05-04', '2025-04-29', '2025-05-05', ['2025-04-26']],
    [2025, 'National Day', '2025-08-30', '2025-09-02', '2025-08-29', '2025-09-03', []],
    [2026, 'New Year', '2026-01-01', '2026-01-04', '2025-12-31', '2026-01-05', ['2026-01-10']],
    [2026, 'Tết', '2026-02-14', '2026-02-22', '2026-02-13', '2026-02-23', []],
    [2026, 'Hùng Kings', '2026-04-26', '2026-04-27', '2026-04-24', '2026-04-28', []],
    [2026, '30/4–1/5', '2026-04-30', '2026-05-03', '2026-04-29', '2026-05-04', []],
    [2026, 'National Day', '2026-08-29', '2026-09-02', '2026-08-28', '2026-09-03', ['2026-08-22']],
    [2027, '30/4–1/5 by the law', '2027-04-30', '2027-05-03', '2027-04-29', '2027-05-04', []],
  ])('%i %s: %s to %s off', (year, _holiday, first, last, before, after, workingSaturdays) => {
    const days = datesFromTo(first, last);
    expect(days.filter((d) => calendar.isWorkingDay(d))).toEqual([]);
    expect(calendar.isWorkingDay(before)).toBe(true);
    expect(calendar.isWorkingDay(after)).toBe(true);
    for (const saturday of workingSaturdays) {
      expect(new Date(`${saturday}T00:00:00Z`).getUTCDay()).toBe(6);
      expect(calendar.isWorkingDay(saturday)).toBe(true);
    }
    const listed = calendar.holidaysOf(year);
    const weekdays = days.filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
    for (const d of [...weekdays, ...workingSaturdays]) {
      const entry = listed.find((h) => h.date === d);
      expect(entry?.name).toEqual(expect.any(String));
      expect(entry?.source).toEqual(expect.any(String));
    }
  });

  it.each([
    [2024, 251],
    [2025, 250],
    [2026, 250],
    [2027, 250],
  ])('%i has %i working days', (year, count) => {
    expect(calendar.workingDaysInYear(year)).toBe(count);
  });

  it('10 working days after Wed 22 Jan 2025 is Wed 12 Feb 2025 (across Tết)', () => {
    expect(calendar.addWorkingDays('2025-01-22', 10)).toBe('2025-02-12');
  });
});

describe('the law, for a year not yet announced (2027)', () => {
  it.each([
    ['2027-01-01', false, 'New Year (Friday)'],
    ['2027-02-05', false, "Tết: New Year's Eve"],
    ['2027-02-09', false, 'Tết: fourth day'],
    ['2027-02-10', false, 'Tết: compensatory day for Saturday 6 Feb'],
    ['2027-02-11', false, 'Tết: compensatory day for Sunday 7 Feb'],
    ['2027-02-12', true, 'after Tết'],
    ['2027-04-16', false, 'Hùng Kings (10th day of the 3rd lunar month)'],
    ['2027-05-03', false, 'compensatory day for Saturday 1 May'],
    ['2027-09-01', false, 'National Day, the assumed adjacent day'],
    ['2027-09-02', false, 'National Day'],
    ['2027-09-03', true, 'the day after National Day'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
  });

  it('names the compensatory day and its article', () => {
    expect(calendar.holidaysOf(2027).find((d) => d.date === '2027-05-03')).toEqual({
      date: '2027-05-03',
      kind: 'day_off',
      name: 'Nghỉ bù Quốc tế Lao động',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3',
    });
  });

  it('without the announcements, 2025 falls back on the law (Tết from the lunar rule)', () => {
    const lawOnly = createWorkingCalendar({ announcements: [] });
    expect(lawOnly.isWorkingDay('2025-01-27')).toBe(true);
    expect(lawOnly.isWorkingDay('2025-01-28')).toBe(false);
    expect(lawOnly.isWorkingDay('2025-02-03')).toBe(false);
    expect(lawOnly.version).not.toBe(calendar.version);
  });
});

describe('lunar holidays from date-holidays, on Vietnam’s meridian', () => {
  it.each([
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
    [2025, '2025-01-29'],
    [2030, '2030-02-02'],
  ])('Tết %i begins on %s', (year, firstDay) => {
    const { tet } = lunarHolidaysOf(year);
    expect(tet).toHaveLength(5);
    expect(tet[1]).toBe(firstDay);
  });

  it.each([
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('Hùng Kings %i is %s', (year, day) => {
    expect(lunarHolidaysOf(year).hungKings).toBe(day);
  });
});

describe('extra overrides (added by an administrator)', () => {
  const typhoon = {
    date: '2025-03-12',
    kind: 'day_off' as const,
    name: 'Nghỉ tránh bão',
    source: 'Quyết định của UBND tỉnh',
  };
  const swapBack = {
    date: '2025-05-02',
    kind: 'working_day' as const,
    name: 'Làm việc',
    source: 'Quyết định của UBND tỉnh',
  };

  it.each([
    ['2025-03-12', false, 'a day off on a Wednesday'],
    ['2025-05-02', true, 'a working day where the announcement had a day off'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    const c = createWorkingCalendar({ extraOverrides: [typhoon, swapBack] });
    expect(c.isWorkingDay(date)).toBe(working);
    expect(calendar.isWorkingDay(date)).toBe(!working);
  });

  it('the last override of a date wins', () => {
    const c = createWorkingCalendar({
      extraOverrides: [typhoon, { ...typhoon, kind: 'working_day' }],
    });
    expect(c.isWorkingDay('2025-03-12')).toBe(true);
  });

  it('an invalid override is refused when the calendar is built', () => {
    expect(() =>
      createWorkingCalendar({ extraOverrides: [{ ...typhoon, date: '2025-02-30' }] }),
    ).toThrow();
  });
});

describe('version', () => {
  it('is the same for the same data and changes with any override', () => {
    expect(createWorkingCalendar().version).toBe(calendar.version);
    expect(calendar.version).toMatch(/^vn-[0-9a-f]{16}$/);
    const changed = createWorkingCalendar({
      extraOverrides: [{ date: '2028-01-03', kind: 'day_off', name: 'x', source: 'y' }],
    });
    expect(changed.version).not.toBe(calendar.version);
  });
});

describe('counting', () => {
  it.each([
    ['2025-01-22', '2025-02-12', 10],
    ['2025-01-22', '2025-02-11', 9],
    ['2025-02-12', '2025-01-22', 0],
    ['2025-02-12', '2025-02-12', 0],
    ['2025-01-24', '2025-02-03', 1],
  ])('working days in (%s, %s] = %i', (from, to, count) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(count);
  });

  it('adding n working days and counting them back agree, for every n up to 40', () => {
    for (let n = 0; n <= 40; n++) {
      expect(
        calendar.workingDaysBetween('2026-02-10', calendar.addWorkingDays('2026-02-10', n)),
      ).toBe(n);
    }
  });

  it('adding 0 working days keeps the date, even a day off', () => {
    expect(calendar.addWorkingDays('2025-01-29', 0)).toBe('2025-01-29');
  });

  it.each([-1, 1.5, Number.NaN])('refuses %p working days', (n) => {
    expect(() => calendar.addWorkingDays('2025-01-22', n)).toThrow(RangeError);
  });

  it.each(['2025-02-30', '2025-2-3', '22/01/2025', ''])('refuses the date %p', (date) => {
    expect(() => calendar.isWorkingDay(date)).toThrow(RangeError);
  });

  it('lists a year’s special days in date order', () => {
    const dates = calendar.holidaysOf(2026).map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(calendar.holidaysOf(2026).find((d) => d.date === '2026-01-10')?.kind).toBe(
      'working_day',
    );
  });
});

function datesFromTo(first: string, last: string): string[] {
  const out: string[] = [];
  for (
    let t = Date.parse(`${first}T00:00:00Z`);
    t <= Date.parse(`${last}T00:00:00Z`);
    t += 86_400_000
  ) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}
