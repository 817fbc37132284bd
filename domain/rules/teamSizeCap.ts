// R-TEAM-SIZE is not a refusal: a team above the cap for its leader's rank goes to the standing
// committee, which approves it, approves it reduced, or rejects it.
import type { PolicyValues } from '../policy';
import type { CheckableProposal } from '../checkableProposal';
import type { LeaderRank } from '../proposal';

export interface TeamSizeCheck {
  cap: number;
  size: number;
  exceeds: boolean;
}

/** The cap for the leader's rank (10 for the head, 7 for a deputy by default). */
export const teamSizeCap = (policy: PolicyValues, rank: LeaderRank): number =>
  policy.teamSizeCap[rank];

export function needsStandingCommittee(p: CheckableProposal, policy: PolicyValues): TeamSizeCheck {
  const cap = teamSizeCap(policy, p.leaderRank);
  return { cap, size: p.members.length, exceeds: p.members.length > cap };
}
