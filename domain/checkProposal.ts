// Every rule of regulation.md that can be checked when a proposal is submitted (or amended, or
// changed before departure), by rule ID. All violations are returned, never just the first.
import type { WorkingCalendar } from './calendar';
import { localDateOf } from './calendar/vnTime';
import type { PolicyValues } from './policy';
import type { CheckableProposal } from './checkableProposal';
import { checkAnnualQuota } from './rules/annualQuota';
import { checkDates } from './rules/dates';
import { checkDaysPerDestination } from './rules/daysPerDestination';
import {
  findDuplicateDelegations,
  type DuplicateWarning,
  type EarlierDelegation,
} from './rules/duplicateDelegations';
import { checkKeyLeaders } from './rules/keyLeaders';
import { checkMembers } from './rules/members';
import { checkNoticePeriod } from './rules/noticePeriod';
import { needsStandingCommittee, type TeamSizeCheck } from './rules/teamSizeCap';
import type { RuleViolation } from './ruleViolation';

export { validateProposalInput, type ValidatedInput } from './validateProposalInput';
export type { DuplicateWarning, EarlierDelegation } from './rules/duplicateDelegations';
export type { TeamSizeCheck } from './rules/teamSizeCap';

export interface CheckContext {
  /** The policy in force when the proposal was (first) submitted. */
  policy: PolicyValues;
  calendar: WorkingCalendar;
  /** When the proposal reaches the committee (ISO instant with a zone). */
  submittedAt: string;
  /** The unit's other delegations of the departure year that count toward R-ANNUAL-QUOTA. */
  quotaUsed: number;
  earlierDelegations: EarlierDelegation[];
}

export interface CheckResult {
  /** Hard refusals: the proposal is refused with all of them. */
  violations: RuleViolation[];
  /** R-DUPLICATE: shown to the reviewers, not a refusal. */
  warnings: DuplicateWarning[];
  /** R-TEAM-SIZE: above the cap, the standing committee decides; not a refusal. */
  teamSize: TeamSizeCheck;
}

export function checkProposal(p: CheckableProposal, ctx: CheckContext): CheckResult {
  return {
    violations: [
      ...checkDates(p),
      ...checkMembers(p),
      ...checkNoticePeriod(p, ctx.policy, ctx.calendar, ctx.submittedAt),
      ...checkAnnualQuota(p, ctx.policy, ctx.quotaUsed),
      ...checkDaysPerDestination(p, ctx.policy),
      ...checkKeyLeaders(p, ctx.policy),
    ],
    warnings: findDuplicateDelegations(
      p,
      ctx.earlierDelegations,
      ctx.policy,
      localDateOf(ctx.submittedAt),
    ),
    teamSize: needsStandingCommittee(p, ctx.policy),
  };
}
