// R-ANNUAL-QUOTA: a unit organises at most N out-of-province delegations a calendar year.
import type { PolicyValues } from '../policy';
import type { CheckableProposal } from '../checkableProposal';
import type { RuleViolation } from '../ruleViolation';
import { violation } from './violation';

/**
 * `quotaUsed` counts the unit's other delegations of the departure year that still count
 * (neither rejected, cancelled nor lapsed); this one would be number quotaUsed + 1.
 */
export function checkAnnualQuota(
  p: CheckableProposal,
  policy: PolicyValues,
  quotaUsed: number,
): RuleViolation[] {
  if (quotaUsed < policy.annualQuota) return [];
  const year = p.departureDate.slice(0, 4);
  return [
    violation(
      'R-ANNUAL-QUOTA',
      'departureDate',
      `The unit already has ${quotaUsed} delegation(s) departing in ${year} that count toward its quota; at most ${policy.annualQuota} a year.`,
      `Đơn vị đã có ${quotaUsed} đoàn đi học tập ngoài tỉnh trong năm ${year}; mỗi năm tối đa ${policy.annualQuota} đoàn.`,
    ),
  ];
}
