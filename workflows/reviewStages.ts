// Committee and standing-committee review: links go out, a reminder after N working days, an
// escalation after M, and the proposal lapses when the departure comes too close.
import { condition } from '@temporalio/workflow';
import type { RecordedDecision } from '../domain/decision';
import type { EscalationReason } from '../domain/escalationReason';
import type { DecisionStage } from '../domain/stage';
import { acts, type DelegationContext } from './delegationContext';
import type { RecordedDeadline } from './delegationState';
import { earliest, msUntil, workflowNow } from './timeUntil';

export type ReviewOutcome =
  | { kind: 'decided'; decision: RecordedDecision }
  | { kind: 'escalated' }
  | { kind: 'lapsed' }
  | { kind: 'cancelled' };

/** Opens a decision stage and waits for its decision, reminding and escalating as the policy says. */
export async function decisionIn(
  ctx: DelegationContext,
  stage: DecisionStage,
  reason?: EscalationReason,
): Promise<ReviewOutcome> {
  const { state, policy } = ctx;
  await ctx.enterStage(stage, reason?.code);
  const version = state.proposalVersion;
  await acts.openReview({
    delegationId: ctx.id,
    stage,
    proposalVersion: version,
    audience: 'members',
    reason,
  });
  const from = workflowNow();
  const after = (workingDays: number) =>
    acts.computeDeadline({ fromInstant: from, workingDays, policyVersionId: policy.versionId });
  state.deadlines.reminder = await after(policy.reminderWorkingDays);
  state.deadlines.escalation = await after(policy.escalationWorkingDays);
  // No decision can let a trip leave that has not been decided by its departure day.
  const lapse = await acts.departureDeadline({
    departureDate: state.proposal.departureDate,
    policyVersionId: policy.versionId,
  });
  state.deadlines.lapse = lapse;
  const settled = () => ctx.decided(stage, version) || ctx.cancellation !== undefined;
  const outcome = (): ReviewOutcome =>
    ctx.cancellation
      ? { kind: 'cancelled' }
      : { kind: 'decided', decision: ctx.pendingDecision as RecordedDecision };
  const waitUntil = (d: RecordedDeadline) => condition(settled, msUntil(earliest(d, lapse).dueAt));

  if (await waitUntil(state.deadlines.reminder)) return outcome();
  if (msUntil(lapse.dueAt) === 0) return { kind: 'lapsed' };
  await acts.sendReminders({ delegationId: ctx.id, stage, proposalVersion: version, round: 1 });

  if (await waitUntil(state.deadlines.escalation)) return outcome();
  if (msUntil(lapse.dueAt) === 0) return { kind: 'lapsed' };
  if (stage === 'committee_review') return { kind: 'escalated' };
  state.escalatedTo = 'chair';
  await acts.openReview({
    delegationId: ctx.id,
    stage,
    proposalVersion: version,
    audience: 'chair',
    reason: {
      code: 'undecided',
      body: 'standing_committee',
      workingDays: policy.escalationWorkingDays,
    },
  });
  if (await condition(settled, msUntil(lapse.dueAt))) return outcome();
  return { kind: 'lapsed' };
}

export type AmendmentOutcome = 'amended' | 'lapsed' | 'cancelled';

/**
 * Returned for changes: waits for the unit's amendment until the last day on which a
 * resubmission could still meet R-NOTICE; after that the proposal lapses.
 */
export async function amendmentIn(
  ctx: DelegationContext,
  reason: string,
): Promise<AmendmentOutcome> {
  const { state, policy } = ctx;
  const before = state.proposalVersion;
  await ctx.enterStage('amendment_requested', reason);
  await acts.notifyUnit({ delegationId: ctx.id, notification: 'returned', note: reason });
  const lapse = await acts.lastDayForNotice({
    departureDate: state.proposal.departureDate,
    workingDays: policy.noticeWorkingDays,
    policyVersionId: policy.versionId,
  });
  state.deadlines.lapse = lapse;
  const arrived = await condition(
    () => state.proposalVersion > before || ctx.cancellation !== undefined,
    msUntil(lapse.dueAt),
  );
  if (!arrived) return 'lapsed';
  return ctx.cancellation ? 'cancelled' : 'amended';
}
