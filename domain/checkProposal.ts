// All the rules of regulation.md that can be checked at submission, by rule ID.
import type { WorkingCalendar } from './calendar';
import type { Policy } from './policy';
import { proposalSchema, type Proposal } from './proposal';
import { annualQuota } from './rules/annualQuota';
import { daysPerDestination } from './rules/daysPerDestination';
import { duplicateDelegations, type EarlierDelegation } from './rules/duplicateDelegations';
import { keyLeaders } from './rules/keyLeaders';
import { members } from './rules/members';
import { noticePeriod } from './rules/noticePeriod';
import { teamSizeCheck, type TeamSizeCheck } from './rules/teamSizeCap';
import { tripDates } from './rules/tripDates';
import { schemaViolations } from './rules/content';
import type { RuleViolation } from './ruleViolation';

export type { EarlierDelegation } from './rules/duplicateDelegations';

export type ValidatedInput = { ok: true; proposal: Proposal } | { ok: false; violations: RuleViolation[] };

/** Shape and content (R-CONTENT, R-FOCUS, R-DESTINATION, e-mails), each issue by rule and field. */
export function validateProposalInput(input: unknown): ValidatedInput {
  const parsed = proposalSchema.safeParse(input);
  return parsed.success ? { ok: true, proposal: parsed.data } : { ok: false, violations: schemaViolations(parsed.error.issues) };
}

export interface CheckContext {
  policy: Policy;
  calendar: WorkingCalendar;
  /** When the proposal reaches the committee (ISO instant). */
  submittedAt: string;
  quotaUsed: number;
  earlierDelegations: EarlierDelegation[];
}

export interface CheckResult {
  /** Hard violations: the proposal is refused with all of them. */
  violations: RuleViolation[];
  /** R-DUPLICATE warnings, shown to the reviewers. */
  warnings: RuleViolation[];
  /** R-TEAM-SIZE: above the cap, the standing committee decides. */
  teamSize: TeamSizeCheck;
}

export function checkProposal(p: Proposal, ctx: CheckContext): CheckResult {
  return {
    violations: [
      ...tripDates(p),
      ...members(p),
      ...noticePeriod(p, ctx.policy, ctx.calendar, ctx.submittedAt),
      ...annualQuota(p, ctx.policy, ctx.quotaUsed),
      ...daysPerDestination(p, ctx.policy),
      ...keyLeaders(p, ctx.policy),
    ],
    warnings: duplicateDelegations(p, ctx.earlierDelegations, ctx.policy),
    teamSize: teamSizeCheck(p, ctx.policy),
  };
}
