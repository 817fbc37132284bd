// R-DAYS-PER-DESTINATION: at most N days at each destination, travel days not counted.
import type { PolicyValues } from '../policy';
import type { CheckableProposal } from '../checkableProposal';
import type { RuleViolation } from '../ruleViolation';
import { violation } from './violation';

export function checkDaysPerDestination(
  p: CheckableProposal,
  policy: PolicyValues,
): RuleViolation[] {
  const max = policy.maxDaysPerDestination;
  return p.destinations.flatMap((d, i) =>
    d.daysOnSite <= max
      ? []
      : [
          violation(
            'R-DAYS-PER-DESTINATION',
            `destinations.${i}.daysOnSite`,
            `${d.daysOnSite} days in ${d.province} (destination ${i + 1}); at most ${max} days at each destination, travel not counted.`,
            `${d.daysOnSite} ngày tại ${d.province} (địa điểm thứ ${i + 1}); tối đa ${max} ngày tại mỗi địa điểm, không kể thời gian đi đường.`,
          ),
        ],
  );
}
