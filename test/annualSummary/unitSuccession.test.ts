// Merged units roll up to their successor in the summary of the year they ended.
import type { SummaryUnitRecord } from '../../domain/annualSummary';
import { answeringUnitAtYearEnd, existedIn } from '../../domain/unitSuccession';

const unit = (
  id: string,
  validTo: string | null = null,
  successorId: string | null = null,
): SummaryUnitRecord => ({
  id,
  name: id,
  validFrom: '2020-01-01',
  validTo,
  successorId,
});

describe('answeringUnitAtYearEnd', () => {
  it.each([
    ['a unit that never merged answers for itself', [unit('a')], 'a', 'a'],
    ['merged during the year: its successor', [unit('a', '2026-06-30', 'b'), unit('b')], 'a', 'b'],
    [
      'merged twice: the last successor',
      [unit('a', '2025-01-01', 'b'), unit('b', '2026-03-01', 'c'), unit('c')],
      'a',
      'c',
    ],
    [
      'merged after the year: still itself that year',
      [unit('a', '2027-03-01', 'b'), unit('b')],
      'a',
      'a',
    ],
    [
      'merged on 1 January of the next year: still itself',
      [unit('a', '2027-01-01', 'b'), unit('b')],
      'a',
      'a',
    ],
    ['dissolved without successor: itself', [unit('a', '2026-06-30')], 'a', 'a'],
    [
      'a cycle in the registry does not loop',
      [unit('a', '2026-01-01', 'b'), unit('b', '2026-01-01', 'a')],
      'a',
      'b',
    ],
  ])('%s', (_name, units, from, expected) => {
    expect(answeringUnitAtYearEnd(units, 2026).get(from)).toBe(expected);
  });
});

test('existedIn: any day of the year', () => {
  expect(existedIn(unit('a'), 2026)).toBe(true);
  expect(existedIn(unit('a', '2026-01-01'), 2026)).toBe(true);
  expect(existedIn(unit('a', '2025-12-31'), 2026)).toBe(false);
  expect(existedIn({ ...unit('a'), validFrom: '2027-01-01' }, 2026)).toBe(false);
});
