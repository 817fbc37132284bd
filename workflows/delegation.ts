// The life of one delegation (regulation.md): committee review → standing committee when the
// team exceeds its cap → departure → trip → report → accountability review → closed.
// Everything that can change over time (policy, calendar, approvers) comes from activities so
// that it is recorded in history; deadlines are computed once and kept in state.
import { allHandlersFinished, condition, patched } from '@temporalio/workflow';
import type { Stage } from '../domain/stage';
import { resultsReview, reportStage } from './afterTrip';
import { approvalOf } from './approval';
import { acts, DelegationContext, type DelegationInput } from './delegationContext';
import type { DelegationState } from './delegationState';
import { approvedStageBeforeNoticePatch, trip, untilDeparture } from './trip';
import { acceptSubmission } from './submission';
import { registerUpdateHandlers } from './updateHandlers';

export type { DelegationInput } from './delegationContext';

/** What a workflow whose submission was refused or not stored in time returns (no row). */
export interface NotStored {
  delegationId: string;
  stored: false;
}

export async function delegationWorkflow(
  input: DelegationInput,
): Promise<DelegationState | NotStored> {
  const submission = input.submission && acceptSubmission(input);
  const policy = submission
    ? await submission.stored()
    : await acts.loadPolicy({
        policyVersionId: input.policyVersionId,
        provinceId: input.provinceId,
      });
  if (!policy) {
    await condition(allHandlersFinished);
    return { delegationId: input.delegationId, stored: false };
  }
  const ctx = new DelegationContext(input, policy);
  registerUpdateHandlers(ctx);
  submission?.open();

  for (;;) {
    const approval = await approvalOf(ctx);
    if (approval.kind === 'ended') {
      const note = approval.stage === 'cancelled' ? ctx.cancellation?.reason : approval.note;
      return finish(ctx, approval.stage, note);
    }
    const announce = () => acts.notifyUnit({ delegationId: ctx.id, notification: 'approved' });
    // The approver's Update answers when the stage moves on: enter it before mailing the unit,
    // so the click never waits on SMTP. Histories from before kept the old order.
    const stageFirst = patched(approvedStageBeforeNoticePatch);
    if (!stageFirst) await announce();
    const departure = await untilDeparture(ctx, stageFirst ? announce : undefined);
    if (departure === 'cancelled') return finish(ctx, 'cancelled', ctx.cancellation?.reason);
    if (departure === 'departed') break;
  }
  await trip(ctx);
  await reportStage(ctx);
  await resultsReview(ctx);
  return finish(ctx, 'closed');
}

/** Enters a terminal stage, tells whoever must know, and lets running Updates answer. */
async function finish(
  ctx: DelegationContext,
  stage: Stage,
  note?: string,
): Promise<DelegationState> {
  await ctx.enterStage(stage, note);
  if (stage === 'rejected' || stage === 'lapsed') {
    await acts.notifyUnit({ delegationId: ctx.id, notification: stage, note });
  }
  if (stage === 'cancelled') {
    await acts.notifyApprovers({ delegationId: ctx.id, notification: 'cancelled', note });
  }
  await condition(allHandlersFinished);
  return ctx.state;
}
