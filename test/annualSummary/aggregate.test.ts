// R-ANNUAL-REPORT: the pure aggregation, table by table.
import type {
  AnnualSummaryInput,
  SummaryDelegationRecord,
  SummaryUnitRecord,
} from '../../domain/annualSummary';
import {
  daysAway,
  reportStatusOf,
  reviewStatusOf,
  summarizeYear,
} from '../../domain/annualSummaryAggregate';

const asOf = '2027-01-05T00:00:00.000Z';
const before = '2026-12-01T00:00:00.000Z';
const after = '2027-01-20T00:00:00.000Z';

const unit = (
  id: string,
  name: string,
  more: Partial<SummaryUnitRecord> = {},
): SummaryUnitRecord => ({
  id,
  name,
  validFrom: '2025-07-01',
  validTo: null,
  successorId: null,
  ...more,
});

let seq = 0;
const delegation = (
  unitId: string,
  more: Partial<SummaryDelegationRecord> = {},
): SummaryDelegationRecord => ({
  id: `d${++seq}`,
  unitId,
  title: `Đoàn ${seq}`,
  stage: 'closed',
  departureDate: '2026-03-10',
  returnDate: '2026-03-12',
  memberCount: 5,
  fundingVnd: 10_000_000,
  destinationProvinces: ['Đà Nẵng'],
  reportDueAt: before,
  reviewDueAt: before,
  report: { filedAt: before, late: false },
  review: { rating: 'good', reviewedAt: before },
  ...more,
});

describe('R-REPORT status of one delegation', () => {
  it.each([
    ['filed on time', delegation('u', {}), 'onTime'],
    ['filed late', delegation('u', { report: { filedAt: before, late: true } }), 'late'],
    [
      'deadline passed, nothing filed',
      delegation('u', { stage: 'report_due', report: null, review: null }),
      'missing',
    ],
    [
      'deadline ahead',
      delegation('u', { stage: 'report_due', reportDueAt: after, report: null, review: null }),
      'notYetDue',
    ],
    [
      'on the trip',
      delegation('u', { stage: 'on_trip', reportDueAt: null, report: null, review: null }),
      'notYetDue',
    ],
    [
      'rejected: nothing owed',
      delegation('u', { stage: 'rejected', report: null, review: null }),
      undefined,
    ],
    [
      'cancelled: nothing owed',
      delegation('u', { stage: 'cancelled', report: null, review: null }),
      undefined,
    ],
  ])('%s', (_name, d, expected) => {
    expect(reportStatusOf(d, asOf)).toBe(expected);
  });
});

describe('R-ACCOUNTABILITY status of one delegation', () => {
  it.each([
    ['reviewed', delegation('u'), 'done'],
    [
      'review overdue',
      delegation('u', { stage: 'accountability_review', review: null }),
      'missing',
    ],
    [
      'review not yet due',
      delegation('u', { stage: 'accountability_review', reviewDueAt: after, review: null }),
      'notYetDue',
    ],
    [
      'no report yet: no review owed',
      delegation('u', { stage: 'report_due', report: null, review: null }),
      undefined,
    ],
  ])('%s', (_name, d, expected) => {
    expect(reviewStatusOf(d, asOf)).toBe(expected);
  });
});

test('days away count departure and return days', () => {
  expect(daysAway({ departureDate: '2026-03-10', returnDate: '2026-03-12' })).toBe(3);
  expect(daysAway({ departureDate: '2026-03-10', returnDate: '2026-03-10' })).toBe(1);
});

describe('summarizeYear', () => {
  const units = [
    unit('noi-vu', 'Sở Nội vụ'),
    unit('tai-chinh', 'Sở Tài chính'),
    // Merged into Tài chính in the middle of the year: its delegations count there.
    unit('ke-hoach', 'Sở Kế hoạch và Đầu tư', { validTo: '2026-06-30', successorId: 'tai-chinh' }),
    // Stuck on a problem from an earlier trip and proposed nothing this year (seed 000).
    unit('y-te', 'Sở Y tế'),
    // Proposed nothing, but its last review resolved everything: not listed.
    unit('giao-duc', 'Sở Giáo dục'),
  ];
  const input: AnnualSummaryInput = {
    province: { id: 'ca-mau', name: 'Tỉnh Cà Mau' },
    year: 2026,
    asOf,
    units,
    delegations: [
      delegation('noi-vu', {
        id: 'on-time',
        departureDate: '2026-03-10',
        returnDate: '2026-03-12',
        memberCount: 7,
        fundingVnd: 85_000_000,
      }),
      delegation('noi-vu', {
        id: 'late',
        report: { filedAt: before, late: true },
        review: { rating: 'not_fulfilled', reviewedAt: before },
        destinationProvinces: ['Huế', 'Đà Nẵng'],
      }),
      delegation('noi-vu', {
        id: 'rejected',
        stage: 'rejected',
        report: null,
        review: null,
        memberCount: 12,
      }),
      delegation('ke-hoach', {
        id: 'missing',
        title: 'Đoàn chưa báo cáo',
        stage: 'report_due',
        report: null,
        review: null,
        reportDueAt: '2026-11-20T10:00:00.000Z',
      }),
      delegation('ke-hoach', { id: 'cancelled', stage: 'cancelled', report: null, review: null }),
      delegation('tai-chinh', {
        id: 'unreviewed',
        stage: 'accountability_review',
        review: null,
        reviewDueAt: '2026-12-20T10:00:00.000Z',
      }),
      delegation('tai-chinh', { id: 'lapsed', stage: 'lapsed', report: null, review: null }),
      delegation('tai-chinh', {
        id: 'pending',
        stage: 'committee_review',
        report: null,
        review: null,
      }),
    ],
    reviewsOnRecord: [
      {
        unitId: 'y-te',
        delegationId: 'old-y-te',
        title: 'Học tập y tế cơ sở',
        reviewedAt: '2025-10-01T03:00:00.000Z',
        problems: [
          { statement: 'Quá tải bệnh viện tuyến tỉnh', outcome: 'not_resolved' },
          { statement: 'Hồ sơ bệnh án điện tử', outcome: 'resolved' },
        ],
      },
      {
        unitId: 'giao-duc',
        delegationId: 'old-giao-duc',
        title: 'Học tập giáo dục',
        reviewedAt: '2025-10-01T03:00:00.000Z',
        problems: [{ statement: 'Thiếu giáo viên', outcome: 'resolved' }],
      },
      // An earlier review of giao-duc left a problem open; the later one is what counts.
      {
        unitId: 'giao-duc',
        delegationId: 'older-giao-duc',
        title: 'Học tập giáo dục (lần đầu)',
        reviewedAt: '2024-05-01T03:00:00.000Z',
        problems: [{ statement: 'Thiếu giáo viên', outcome: 'partly' }],
      },
    ],
  };
  const s = summarizeYear(input);
  const row = (id: string) => s.units.find((u) => u.unitId === id);

  it('lists every unit that existed, merged ones under their successor, sorted by name', () => {
    expect(s.units.map((u) => u.unitId)).toEqual(['giao-duc', 'noi-vu', 'tai-chinh', 'y-te']);
    expect(row('tai-chinh')?.mergedFrom).toEqual([
      { unitId: 'ke-hoach', unitName: 'Sở Kế hoạch và Đầu tư' },
    ]);
  });

  it('counts each outcome of each unit and the figures of approved delegations only', () => {
    expect(row('noi-vu')).toMatchObject({
      delegations: { proposed: 3, pending: 0, approved: 2, rejected: 1, cancelled: 0, lapsed: 0 },
      members: 12,
      days: 6,
      fundingVnd: 95_000_000,
      destinations: [
        { province: 'Đà Nẵng', delegations: 2 },
        { province: 'Huế', delegations: 1 },
      ],
      reports: { onTime: 1, late: 1, missing: 0, notYetDue: 0 },
      reviews: { done: 2, missing: 0, notYetDue: 0 },
      ratings: { excellent: 0, good: 1, fulfilled: 0, not_fulfilled: 1 },
    });
    expect(row('tai-chinh')).toMatchObject({
      delegations: { proposed: 5, pending: 1, approved: 2, rejected: 0, cancelled: 1, lapsed: 1 },
      reports: { onTime: 1, late: 0, missing: 1, notYetDue: 0 },
      reviews: { done: 0, missing: 1, notYetDue: 0 },
    });
  });

  it('sums the province', () => {
    expect(s.totals.delegations).toEqual({
      proposed: 8,
      pending: 1,
      approved: 4,
      rejected: 1,
      cancelled: 1,
      lapsed: 1,
    });
    expect(s.totals.fundingVnd).toBe(85_000_000 + 3 * 10_000_000);
    expect(s.totals.destinations[0]).toEqual({ province: 'Đà Nẵng', delegations: 4 });
  });

  it('says how many reports and reviews came back, and whose are missing (seed 003)', () => {
    expect(s.completeness.reports).toEqual({
      received: 3,
      expected: 4,
      outstanding: [
        {
          unitId: 'tai-chinh',
          unitName: 'Sở Tài chính',
          delegationId: 'missing',
          title: 'Đoàn chưa báo cáo',
          dueAt: '2026-11-20T10:00:00.000Z',
        },
      ],
      unitsSendingNone: [],
    });
    expect(s.completeness.reviews).toMatchObject({
      received: 2,
      expected: 3,
      unitsSendingNone: [{ unitId: 'tai-chinh', unitName: 'Sở Tài chính' }],
    });
    expect(s.completeness.reviews.outstanding.map((o) => o.delegationId)).toEqual(['unreviewed']);
  });

  it('names the units stuck on a problem that proposed nothing (seed 000)', () => {
    expect(s.unitsNotProposing).toEqual([
      {
        unitId: 'y-te',
        unitName: 'Sở Y tế',
        lastReview: {
          delegationId: 'old-y-te',
          title: 'Học tập y tế cơ sở',
          reviewedAt: '2025-10-01T03:00:00.000Z',
        },
        openProblems: [{ statement: 'Quá tải bệnh viện tuyến tỉnh', outcome: 'not_resolved' }],
      },
    ]);
  });

  it('ignores reviews made after the year (they are not on record at its end)', () => {
    const later = summarizeYear({
      ...input,
      reviewsOnRecord: [
        ...input.reviewsOnRecord,
        {
          unitId: 'y-te',
          delegationId: 'new',
          title: 'x',
          reviewedAt: '2027-01-02T03:00:00.000Z',
          problems: [{ statement: 'Quá tải', outcome: 'resolved' }],
        },
      ],
    });
    expect(later.unitsNotProposing.map((u) => u.unitId)).toEqual(['y-te']);
  });

  it('is empty but complete for a year without delegations', () => {
    const empty = summarizeYear({ ...input, delegations: [], reviewsOnRecord: [] });
    expect(empty.totals.delegations.proposed).toBe(0);
    expect(empty.completeness.reports).toEqual({
      received: 0,
      expected: 0,
      outstanding: [],
      unitsSendingNone: [],
    });
    expect(empty.units).toHaveLength(4);
  });
});
