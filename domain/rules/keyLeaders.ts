import type { Policy } from '../policy';
import type { Proposal } from '../proposal';
import type { RuleViolation } from '../ruleViolation';
import { violation } from './violation';

/** R-KEY-LEADERS: at most N key leaders of the unit in one delegation. */
export function keyLeaders(p: Proposal, policy: Policy): RuleViolation[] {
  const count = p.members.filter((m) => m.isKeyLeader).length;
  if (count <= policy.maxKeyLeaders) return [];
  return [
    violation(
      'R-KEY-LEADERS',
      'members',
      `${count} key leaders; at most ${policy.maxKeyLeaders} in one delegation.`,
      `Có ${count} lãnh đạo chủ chốt; tối đa ${policy.maxKeyLeaders} người trong một đoàn.`,
    ),
  ];
}
