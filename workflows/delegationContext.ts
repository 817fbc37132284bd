// Shared by the stages of the delegation workflow: its state, the activities, stage changes.
import { proxyActivities, upsertSearchAttributes } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { RecordedDecision } from '../domain/decision';
import type { Policy } from '../domain/policy';
import type { Proposal } from '../domain/proposal';
import { needsStandingCommittee } from '../domain/rules/teamSizeCap';
import type { Stage } from '../domain/stage';
import type { DelegationState } from './delegationState';
import { delegationStageKey } from './searchAttributes';
import { workflowNow } from './timeUntil';

export interface DelegationInput {
  delegationId: string;
  provinceId: string;
  proposal: Proposal;
  submittedAt: string;
  policyVersionId: string;
  /**
   * Set for a delegation started by its submission (Update-with-Start), whose row the workflow
   * stores itself; absent in workflows started after the API had stored the row.
   */
  submission?: {
    submittedById: string | null;
    /** ISO instants of domain/submissionWindow. */
    storeBy: string;
    keepBy: string;
    answerBy: string;
  };
}

export const acts = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export class DelegationContext {
  readonly state: DelegationState;
  /** The decision claimed by an Update before its first await (see the decide handler). */
  pendingDecision: RecordedDecision | undefined;
  cancellation: { reason: string; actorId?: string } | undefined;
  /** Set by a change before departure until the trip stage has taken it in. */
  tripChanged = false;
  /** Why a change before departure needs a new review (empty: accepted in place). */
  backToReview: string[] | undefined;

  constructor(
    readonly input: DelegationInput,
    readonly policy: Policy,
  ) {
    this.state = {
      delegationId: input.delegationId,
      stage: 'committee_review',
      proposalVersion: 1,
      proposal: input.proposal,
      teamSize: needsStandingCommittee(input.proposal, policy),
      decisions: [],
      deadlines: {},
      overdue: false,
    };
  }

  get id(): string {
    return this.input.delegationId;
  }

  /** The day the trip ends: the recorded actual return, or the planned one. */
  get returnDate(): string {
    return this.state.actualReturnDate ?? this.state.proposal.returnDate;
  }

  /** True once the decision for this stage and version is claimed and stored. */
  decided(stage: Stage, version: number): boolean {
    const d = this.pendingDecision;
    return (
      d !== undefined &&
      d.stage === stage &&
      d.proposalVersion === version &&
      this.state.decisions.includes(d)
    );
  }

  async enterStage(stage: Stage, note?: string): Promise<void> {
    this.state.stage = stage;
    upsertSearchAttributes([{ key: delegationStageKey, value: stage }]);
    await acts.recordStage({
      delegationId: this.id,
      stage,
      proposalVersion: this.state.proposalVersion,
      at: workflowNow(),
      note,
      reportDueAt: this.state.deadlines.report?.dueAt,
      reviewDueAt: this.state.deadlines.review?.dueAt,
      overdue: this.state.overdue,
      approvedTeamSize: this.state.approvedTeamSize,
    });
  }

  /** Adopts a new version of the proposal (amendment or change before departure). */
  adopt(proposal: Proposal): void {
    this.state.proposal = proposal;
    this.state.proposalVersion += 1;
    this.state.teamSize = needsStandingCommittee(proposal, this.policy);
  }
}
