// R-KEY-LEADERS: at most N key leaders of the unit in one delegation (the unit keeps leadership
// at home).
import type { PolicyValues } from '../policy';
import type { CheckableProposal } from '../checkableProposal';
import type { RuleViolation } from '../ruleViolation';
import { violation } from './violation';

export function checkKeyLeaders(p: CheckableProposal, policy: PolicyValues): RuleViolation[] {
  const keyLeaders = p.members.filter((m) => m.isKeyLeader);
  if (keyLeaders.length <= policy.maxKeyLeaders) return [];
  const names = keyLeaders.map((m) => m.name).join(', ');
  return [
    violation(
      'R-KEY-LEADERS',
      'members',
      `${keyLeaders.length} key leaders of the unit are in the delegation (${names}); at most ${policy.maxKeyLeaders}.`,
      `Đoàn có ${keyLeaders.length} lãnh đạo chủ chốt của đơn vị (${names}); tối đa ${policy.maxKeyLeaders} người.`,
    ),
  ];
}
