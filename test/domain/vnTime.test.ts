import { addMonths, dayOfWeek } from '../../domain/calendar/localDate';
import { deadlineInstantOf, localDateOf } from '../../domain/calendar/vnTime';

describe('the local date of an instant in Asia/Ho_Chi_Minh (UTC+7)', () => {
  it.each([
    ['2025-01-22T16:59:59.999Z', '2025-01-22'],
    ['2025-01-22T17:00:00Z', '2025-01-23'],
    ['2025-01-23T00:00:00+07:00', '2025-01-23'],
    ['2025-01-22T23:30:00-05:00', '2025-01-23'],
    ['2026-12-31T20:00:00.000Z', '2027-01-01'],
  ])('%s is on %s', (instant, date) => {
    expect(localDateOf(instant)).toBe(date);
  });

  it.each(['2025-01-22T10:00:00', '2025-01-22', 'yesterday', '2025-13-01T00:00:00Z'])(
    'refuses %p (no zone, or not an instant)',
    (instant) => {
      expect(() => localDateOf(instant)).toThrow(RangeError);
    },
  );
});

describe('the deadline instant of a local day', () => {
  it('is 23:59:59.999 at +07:00, the last instant of that day', () => {
    const due = deadlineInstantOf('2025-02-12');
    expect(due).toBe('2025-02-12T23:59:59.999+07:00');
    expect(Date.parse(due)).toBe(Date.UTC(2025, 1, 12, 16, 59, 59, 999));
    expect(localDateOf(due)).toBe('2025-02-12');
    expect(localDateOf(new Date(Date.parse(due) + 1).toISOString())).toBe('2025-02-13');
  });
});

describe('local date arithmetic', () => {
  it.each([
    ['2026-03-31', -1, '2026-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2026-01-15', -24, '2024-01-15'],
    ['2025-11-30', 3, '2026-02-28'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2025-01-22', 3],
    ['2027-05-01', 6],
    ['2026-04-26', 0],
  ])('%s is weekday %i', (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
  });
});
