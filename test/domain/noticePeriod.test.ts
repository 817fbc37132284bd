// R-NOTICE: at least 10 working days from the local day of submission to the departure.
import { localDateOf } from '../../domain/calendar/vnTime';
import { checkNoticePeriod } from '../../domain/rules/noticePeriod';
import { calendar, policy, proposal } from './proposalFixture';

describe('R-NOTICE', () => {
  it.each([
    // Across Tết 2025 (weekdays 27–31 Jan off): 10th working day after Wed 22 Jan is Wed 12 Feb.
    ['2025-01-22T02:00:00Z', '2025-02-12', 10, true],
    ['2025-01-22T02:00:00Z', '2025-02-11', 9, false],
    ['2025-01-23T02:00:00Z', '2025-02-12', 9, false],
    // Submission day is the local day in Asia/Ho_Chi_Minh: 23:59:59 on 22 Jan still counts as 22 Jan.
    ['2025-01-22T16:59:59Z', '2025-02-12', 10, true],
    ['2025-01-22T17:00:00Z', '2025-02-12', 9, false],
    // Across Tết 2026 (weekdays 16–20 Feb off): 10th working day after Wed 11 Feb is Wed 4 Mar.
    ['2026-02-11T08:00:00+07:00', '2026-03-04', 10, true],
    ['2026-02-11T08:00:00+07:00', '2026-03-03', 9, false],
    ['2026-02-12T08:00:00+07:00', '2026-03-04', 9, false],
    // A Saturday departure after the 10th working day is in time.
    ['2025-01-22T02:00:00Z', '2025-02-15', 12, true],
    // Submitted after the departure: no working days at all.
    ['2025-03-01T02:00:00Z', '2025-02-12', 0, false],
  ])(
    'submitted %s, departing %s: %i working days, in time: %s',
    (submittedAt, departureDate, days, ok) => {
      const violations = checkNoticePeriod(
        proposal({ departureDate }),
        policy,
        calendar,
        submittedAt,
      );
      expect(calendar.workingDaysBetween(localDateOf(submittedAt), departureDate)).toBe(days);
      expect(violations.map((v) => v.rule)).toEqual(ok ? [] : ['R-NOTICE']);
      if (!ok) {
        expect(violations[0]?.field).toBe('departureDate');
        expect(violations[0]?.message).toContain(`${days} working day(s)`);
        expect(violations[0]?.messageVi).toContain(`${days} ngày làm việc`);
      }
    },
  );

  it('names the earliest departure that would be in time, in both languages', () => {
    const [v] = checkNoticePeriod(
      proposal({ departureDate: '2025-02-11' }),
      policy,
      calendar,
      '2025-01-22T02:00:00Z',
    );
    expect(v?.message).toContain('earliest departure is 2025-02-12');
    expect(v?.messageVi).toContain('ngày khởi hành sớm nhất là 12/02/2025');
  });

  it.each([
    [5, '2025-02-05', true],
    [5, '2025-02-04', false],
    [0, '2025-01-22', true],
  ])(
    'follows the policy: %i working days, departing %s, in time: %s',
    (noticeWorkingDays, departureDate, ok) => {
      const violations = checkNoticePeriod(
        proposal({ departureDate }),
        { ...policy, noticeWorkingDays },
        calendar,
        '2025-01-22T02:00:00Z',
      );
      expect(violations.length === 0).toBe(ok);
    },
  );
});
