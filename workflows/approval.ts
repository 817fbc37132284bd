// From submission to approval: committee review (with returns for changes), then the standing
// committee when the team exceeds its cap (R-TEAM-SIZE) or the committee did not decide in time.
import { describeEscalation, type EscalationReason } from '../domain/escalationReason';
import { acts, type DelegationContext } from './delegationContext';
import { amendmentIn, decisionIn } from './reviewStages';

export type ApprovalOutcome =
  | { kind: 'approved' }
  | { kind: 'ended'; stage: 'rejected' | 'lapsed' | 'cancelled'; note?: string };

export async function approvalOf(ctx: DelegationContext): Promise<ApprovalOutcome> {
  const { state, policy } = ctx;
  let escalation: EscalationReason | undefined;
  for (;;) {
    const r = await decisionIn(ctx, 'committee_review');
    if (r.kind === 'lapsed' || r.kind === 'cancelled') return { kind: 'ended', stage: r.kind };
    if (r.kind === 'escalated') {
      escalation = {
        code: 'undecided',
        body: 'committee',
        workingDays: policy.escalationWorkingDays,
      };
      state.escalatedTo = 'standing_committee';
      break;
    }
    if (r.decision.decision === 'reject')
      return { kind: 'ended', stage: 'rejected', note: r.decision.comment };
    if (r.decision.decision === 'approve') break;
    const amended = await amendmentIn(ctx, r.decision.comment ?? '');
    if (amended !== 'amended') return { kind: 'ended', stage: amended };
  }

  if (!escalation && !state.teamSize.exceeds) {
    state.approvedTeamSize = state.teamSize.size;
    return { kind: 'approved' };
  }
  const why: EscalationReason = escalation ?? {
    code: 'team_over_cap',
    size: state.teamSize.size,
    cap: state.teamSize.cap,
  };
  const r = await decisionIn(ctx, 'standing_committee_review', why);
  if (r.kind !== 'decided')
    return { kind: 'ended', stage: r.kind === 'cancelled' ? 'cancelled' : 'lapsed' };
  const d = r.decision;
  if (d.decision === 'reject') return { kind: 'ended', stage: 'rejected', note: d.comment };
  if (d.decision !== 'approve_reduced' || d.maxTeamSize === undefined) {
    state.approvedTeamSize = state.teamSize.size;
    return { kind: 'approved' };
  }
  state.approvedTeamSize = d.maxTeamSize;
  while (state.proposal.members.length > d.maxTeamSize) {
    const amended = await amendmentIn(
      ctx,
      describeEscalation({ code: 'trim_team', maxTeamSize: d.maxTeamSize }, 'vi'),
    );
    if (amended !== 'amended') return { kind: 'ended', stage: amended };
  }
  await acts.notifyApprovers({ delegationId: ctx.id, notification: 'team_trimmed' });
  return { kind: 'approved' };
}
