// Approved until return: the stage follows the dates in Asia/Ho_Chi_Minh. Before departure the
// unit may cancel or change the trip; during it, record an early return or an extension.
import { condition } from '@temporalio/workflow';
import { acts, type DelegationContext } from './delegationContext';
import { msUntil } from './timeUntil';

/** Start of a local (UTC+7, no DST) day as an instant. */
export const startOfLocalDay = (date: string): string => `${date}T00:00:00.000+07:00`;
/** End of a local day: a trip returning that day is over after it. */
export const endOfLocalDay = (date: string): string => `${date}T23:59:59.999+07:00`;

export type DepartureOutcome = 'departed' | 'back_to_review' | 'cancelled';

/** Patch: the approved stage is entered before the unit is told of the approval. */
export const approvedStageBeforeNoticePatch = 'approved-stage-before-notice';

/** `announce`, when given, runs right after the stage is entered (the approval's notice). */
export async function untilDeparture(
  ctx: DelegationContext,
  announce?: () => Promise<void>,
): Promise<DepartureOutcome> {
  await ctx.enterStage('awaiting_departure');
  await announce?.();
  for (;;) {
    const interrupted = await condition(
      () => ctx.tripChanged || ctx.cancellation !== undefined,
      msUntil(startOfLocalDay(ctx.state.proposal.departureDate)),
    );
    if (!interrupted) return 'departed';
    if (ctx.cancellation) return 'cancelled';
    const reasons = ctx.backToReview;
    ctx.tripChanged = false;
    ctx.backToReview = undefined;
    await acts.notifyApprovers({
      delegationId: ctx.id,
      notification: 'trip_changed',
      note: reasons?.join('; '),
    });
    if (reasons) return 'back_to_review';
    await ctx.enterStage('awaiting_departure', 'changed before departure');
  }
}

export async function trip(ctx: DelegationContext): Promise<void> {
  await ctx.enterStage('on_trip');
  for (;;) {
    const returnDate = ctx.returnDate;
    const moved = await condition(
      () => ctx.returnDate !== returnDate,
      msUntil(endOfLocalDay(returnDate)),
    );
    if (!moved) return;
  }
}
