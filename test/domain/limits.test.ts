// The numeric limits: R-ANNUAL-QUOTA, R-TEAM-SIZE, R-KEY-LEADERS, R-DAYS-PER-DESTINATION.
import { checkAnnualQuota } from '../../domain/rules/annualQuota';
import { checkDaysPerDestination } from '../../domain/rules/daysPerDestination';
import { checkKeyLeaders } from '../../domain/rules/keyLeaders';
import { needsStandingCommittee, teamSizeCap } from '../../domain/rules/teamSizeCap';
import { destination, member, members, policy, proposal } from './proposalFixture';

describe('R-ANNUAL-QUOTA', () => {
  it.each([
    [0, 2, true, 'the first delegation of the year'],
    [1, 2, true, 'the second'],
    [2, 2, false, 'the third'],
    [3, 2, false, 'a fourth'],
    [2, 3, true, 'the third, under a policy of 3'],
  ])('%i already counted, quota %i: allowed %s (%s)', (quotaUsed, annualQuota, ok) => {
    const violations = checkAnnualQuota(proposal(), { ...policy, annualQuota }, quotaUsed);
    expect(violations.map((v) => [v.rule, v.field])).toEqual(
      ok ? [] : [['R-ANNUAL-QUOTA', 'departureDate']],
    );
  });

  it('says the year and the limit in both languages', () => {
    const [v] = checkAnnualQuota(proposal(), policy, 2);
    expect(v?.message).toContain('2025');
    expect(v?.messageVi).toBe(
      'Đơn vị đã có 2 đoàn đi học tập ngoài tỉnh trong năm 2025; mỗi năm tối đa 2 đoàn.',
    );
  });
});

describe('R-TEAM-SIZE (routes to the standing committee, never refuses)', () => {
  it.each([
    ['deputy', 7, 7, false],
    ['deputy', 8, 7, true],
    ['head', 10, 10, false],
    ['head', 11, 10, true],
  ] as const)('%s-led team of %i: cap %i, exceeds %s', (leaderRank, size, cap, exceeds) => {
    expect(teamSizeCap(policy, leaderRank)).toBe(cap);
    expect(
      needsStandingCommittee(proposal({ leaderRank, members: members(size) }), policy),
    ).toEqual({
      cap,
      size,
      exceeds,
    });
  });
});

describe('R-KEY-LEADERS', () => {
  it.each([
    [0, true],
    [2, true],
    [3, false],
  ])('%i key leaders: allowed %s', (count, ok) => {
    const team = Array.from({ length: 5 }, (_, i) => member(i + 1, { isKeyLeader: i < count }));
    const violations = checkKeyLeaders(proposal({ members: team }), policy);
    expect(violations.map((v) => [v.rule, v.field])).toEqual(
      ok ? [] : [['R-KEY-LEADERS', 'members']],
    );
  });

  it('names the key leaders', () => {
    const team = [1, 2, 3].map((i) => member(i, { isKeyLeader: true }));
    const [v] = checkKeyLeaders(proposal({ members: team }), policy);
    expect(v?.messageVi).toContain('Đoàn có 3 lãnh đạo chủ chốt của đơn vị (Nguyễn Văn Trưởng');
    expect(v?.messageVi).toContain('tối đa 2 người');
  });
});

describe('R-DAYS-PER-DESTINATION', () => {
  it.each([
    [[1], []],
    [[2], []],
    [[3], ['destinations.0.daysOnSite']],
    [
      [2, 3, 4],
      ['destinations.1.daysOnSite', 'destinations.2.daysOnSite'],
    ],
  ])('days on site %p: violations at %p', (days, fields) => {
    const p = proposal({
      destinations: days.map((daysOnSite) => destination({ daysOnSite })),
      returnDate: '2025-03-20',
    });
    const violations = checkDaysPerDestination(p, policy);
    expect(violations.map((v) => v.field)).toEqual(fields);
    expect(violations.every((v) => v.rule === 'R-DAYS-PER-DESTINATION')).toBe(true);
  });

  it('follows the policy', () => {
    const p = proposal({ destinations: [destination({ daysOnSite: 3 })] });
    expect(checkDaysPerDestination(p, { ...policy, maxDaysPerDestination: 3 })).toEqual([]);
  });
});
