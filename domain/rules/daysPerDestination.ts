import type { Policy } from '../policy';
import type { Proposal } from '../proposal';
import type { RuleViolation } from '../ruleViolation';
import { violation } from './violation';

/** R-DAYS-PER-DESTINATION: at most N days at each destination, travel days not counted. */
export function daysPerDestination(p: Proposal, policy: Policy): RuleViolation[] {
  return p.destinations.flatMap((d, i) =>
    d.daysOnSite <= policy.maxDaysPerDestination
      ? []
      : [
          violation(
            'R-DAYS-PER-DESTINATION',
            `destinations.${i}.daysOnSite`,
            `${d.daysOnSite} days at ${d.hostBody}; at most ${policy.maxDaysPerDestination} per destination.`,
            `${d.daysOnSite} ngày tại ${d.hostBody}; tối đa ${policy.maxDaysPerDestination} ngày mỗi địa điểm.`,
          ),
        ],
  );
}
