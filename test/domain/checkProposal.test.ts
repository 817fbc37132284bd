// All the rules together: a proposal is refused with every rule it breaks.
import { checkProposal } from '../../domain/checkProposal';
import { context, destination, member, members, proposal } from './proposalFixture';

describe('checkProposal', () => {
  it('accepts a proposal that meets every rule', () => {
    expect(checkProposal(proposal(), context())).toEqual({
      violations: [],
      warnings: [],
      teamSize: { cap: 10, size: 5, exceeds: false },
    });
  });

  it('returns every rule a proposal breaks, not just the first', () => {
    const team = [
      ...members(9),
      member(10, { isKeyLeader: true, isDelegationLeader: true }),
      member(11, { isKeyLeader: true }),
      member(12, { isKeyLeader: true }),
    ];
    const p = proposal({
      departureDate: '2025-02-14',
      returnDate: '2025-02-14',
      destinations: [destination({ daysOnSite: 3 })],
      members: team,
    });
    const earlier = {
      id: 'd-9',
      title: 'Đoàn năm trước',
      unitId: 'so-noi-vu',
      departureDate: '2024-06-03',
      destinations: [{ province: 'Đà Nẵng', topics: ['chuyển đổi số'] }],
    };
    const result = checkProposal(p, context({ quotaUsed: 2, earlierDelegations: [earlier] }));
    expect(result.violations.map((v) => v.rule)).toEqual([
      'R-DATES',
      'R-MEMBERS',
      'R-NOTICE',
      'R-ANNUAL-QUOTA',
      'R-DAYS-PER-DESTINATION',
      'R-KEY-LEADERS',
    ]);
    expect(result.warnings.map((w) => [w.rule, w.earlierDelegationId])).toEqual([
      ['R-DUPLICATE', 'd-9'],
    ]);
    expect(result.teamSize).toEqual({ cap: 10, size: 12, exceeds: true });
  });

  it.each([
    ['deputy', 8],
    ['head', 11],
  ] as const)(
    'a %s-led team of %i goes to the standing committee without a refusal',
    (leaderRank, size) => {
      const result = checkProposal(proposal({ leaderRank, members: members(size) }), context());
      expect(result.violations).toEqual([]);
      expect(result.teamSize.exceeds).toBe(true);
    },
  );

  it('judges a trip planned after the submission day as planned, not made', () => {
    const planned = {
      id: 'd-3',
      title: 'Đoàn đã đăng ký',
      unitId: 'so-khac',
      departureDate: '2025-02-20',
      destinations: [{ province: 'Đà Nẵng', topics: ['thủ tục hành chính'] }],
    };
    const { warnings } = checkProposal(proposal(), context({ earlierDelegations: [planned] }));
    expect(warnings[0]?.messageVi).toContain('dự kiến đi');
  });
});
