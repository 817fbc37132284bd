import type { Policy } from '../policy';
import type { LeaderRank, Proposal } from '../proposal';

export interface TeamSizeCheck {
  cap: number;
  size: number;
  exceeds: boolean;
}

/** R-TEAM-SIZE: the cap for the leader's rank (10 for the head, 7 for a deputy by default). */
export const teamSizeCap = (policy: Policy, rank: LeaderRank): number => policy.teamSizeCap[rank];

/** Not a refusal: a team above the cap goes to the standing committee. */
export function teamSizeCheck(p: Proposal, policy: Policy): TeamSizeCheck {
  const cap = teamSizeCap(policy, p.leaderRank);
  return { cap, size: p.members.length, exceeds: p.members.length > cap };
}
