// After the trip: the report within N working days (R-REPORT) and the accountability review
// (R-ACCOUNTABILITY), each with reminders, and escalation when the deadline passes.
import { condition } from '@temporalio/workflow';
import { acts, type DelegationContext } from './delegationContext';
import { earliest, msUntil } from './timeUntil';

export async function reportStage(ctx: DelegationContext): Promise<void> {
  const { state, policy } = ctx;
  const deadline = (workingDays: number) =>
    acts.computeDeadline({
      fromDate: ctx.returnDate,
      workingDays,
      policyVersionId: policy.versionId,
    });
  state.deadlines.report = await deadline(policy.reportWorkingDays);
  state.deadlines.reportReminder = await deadline(
    Math.max(0, policy.reportWorkingDays - policy.reportReminderWorkingDays),
  );
  await ctx.enterStage('report_due');
  const filed = () => state.report !== undefined;
  if (!(await condition(filed, msUntil(state.deadlines.reportReminder.dueAt)))) {
    await acts.notifyUnit({ delegationId: ctx.id, notification: 'report_due' });
  }
  if (!(await condition(filed, msUntil(state.deadlines.report.dueAt)))) {
    state.overdue = true;
    await ctx.enterStage('report_due', 'overdue');
    await acts.notifyReportOverdue({ delegationId: ctx.id });
    await condition(filed);
  }
}

export async function resultsReview(ctx: DelegationContext): Promise<void> {
  const { state, policy } = ctx;
  const filedAt = (state.report as { filedAt: string }).filedAt;
  const deadline = (workingDays: number) =>
    acts.computeDeadline({ fromInstant: filedAt, workingDays, policyVersionId: policy.versionId });
  state.deadlines.review = await deadline(policy.reviewWorkingDays);
  const reminder = earliest(await deadline(policy.reminderWorkingDays), state.deadlines.review);
  await ctx.enterStage('accountability_review');
  const ids = {
    delegationId: ctx.id,
    stage: 'accountability_review' as const,
    proposalVersion: state.proposalVersion,
  };
  await acts.openReview({ ...ids, audience: 'members' });
  const reviewed = () => state.review !== undefined;
  if (!(await condition(reviewed, msUntil(reminder.dueAt)))) {
    await acts.sendReminders({ ...ids, round: 1 });
  }
  if (!(await condition(reviewed, msUntil(state.deadlines.review.dueAt)))) {
    await acts.sendReminders({ ...ids, round: 2 });
    await condition(reviewed);
  }
}
