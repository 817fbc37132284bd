// Updates and queries of the delegation workflow: the API calls these, the workflow handles them.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { DecisionRequest } from '../domain/decision';
import type { Proposal } from '../domain/proposal';
import type { ReportContent } from '../domain/report';
import type { ReviewContent } from '../domain/review';
import type { RuleViolation } from '../domain/ruleViolation';
import type { DelegationState } from './delegationState';

export interface StageResult {
  stage: DelegationState['stage'];
  proposalVersion: number;
}

export interface AmendRequest {
  proposal: Proposal;
  /** The version the unit edited; a stale edit is refused. */
  basedOnVersion: number;
  actorId?: string;
}

/** Before departure: cancel, or change members and dates (a postponement is a change of dates). */
export type TripChangeRequest =
  | { kind: 'cancel'; reason: string; actorId?: string }
  | {
      kind: 'change';
      proposal: Proposal;
      basedOnVersion: number;
      reason: string;
      actorId?: string;
    };

/** During the trip: the day the delegation actually returns (early return or extension). */
export interface ReturnDateRequest {
  actualReturnDate: string;
  reason: string;
  actorId?: string;
}

export interface ReportRequest {
  content: ReportContent;
  filedById?: string;
  attachmentIds?: string[];
}

export interface ReviewRequest {
  content: ReviewContent;
  reviewerId: string;
  proposalVersion: number;
  tokenId?: string;
}

/**
 * The answer to a submission (Update-with-Start of a new delegation): stored, refused by the
 * rules (checked again under the quota lock), or not stored in time (the API answers 503).
 */
export type SubmitOutcome =
  | {
      ok: true;
      id: string;
      stage: 'committee_review';
      warnings: RuleViolation[];
      escalation: boolean;
    }
  | { ok: false; refused: 'rules'; errors: RuleViolation[] }
  | { ok: false; refused: 'expired' };

export const submitUpdate = defineUpdate<SubmitOutcome, []>('submit');
export const decideUpdate = defineUpdate<StageResult, [DecisionRequest]>('decide');
export const amendUpdate = defineUpdate<StageResult, [AmendRequest]>('amend');
export const changeTripUpdate = defineUpdate<StageResult, [TripChangeRequest]>('changeTrip');
export const returnDateUpdate = defineUpdate<StageResult, [ReturnDateRequest]>('recordReturnDate');
export const fileReportUpdate = defineUpdate<StageResult, [ReportRequest]>('fileReport');
export const fileReviewUpdate = defineUpdate<StageResult, [ReviewRequest]>('fileReview');
export const stateQuery = defineQuery<DelegationState>('state');
