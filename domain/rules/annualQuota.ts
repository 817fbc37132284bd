import type { Policy } from '../policy';
import type { Proposal } from '../proposal';
import type { RuleViolation } from '../ruleViolation';
import { violation } from './violation';

/**
 * R-ANNUAL-QUOTA: `quotaUsed` counts the unit's other delegations of the departure year that
 * still count (not rejected, cancelled or lapsed).
 */
export function annualQuota(p: Proposal, policy: Policy, quotaUsed: number): RuleViolation[] {
  if (quotaUsed < policy.annualQuota) return [];
  const year = p.departureDate.slice(0, 4);
  return [
    violation(
      'R-ANNUAL-QUOTA',
      'departureDate',
      `The unit already has ${quotaUsed} delegation(s) in ${year}; at most ${policy.annualQuota} a year.`,
      `Đơn vị đã có ${quotaUsed} đoàn trong năm ${year}; tối đa ${policy.annualQuota} đoàn mỗi năm.`,
    ),
  ];
}
