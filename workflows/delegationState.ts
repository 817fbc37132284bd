import type { RecordedDecision } from '../domain/decision';
import type { Proposal } from '../domain/proposal';
import type { Stage } from '../domain/stage';

/** A deadline as computed once by an activity and recorded in history (never recomputed). */
export interface RecordedDeadline {
  dueDate: string;
  dueAt: string;
  calendarVersion: string;
  policyVersionId: string;
}

export interface TeamSizeCheck {
  cap: number;
  size: number;
  exceeds: boolean;
}

/** What the workflow knows about its delegation; returned by the `state` query. */
export interface DelegationState {
  delegationId: string;
  stage: Stage;
  proposalVersion: number;
  proposal: Proposal;
  teamSize: TeamSizeCheck;
  approvedTeamSize?: number;
  decisions: RecordedDecision[];
  deadlines: { report?: RecordedDeadline; review?: RecordedDeadline };
  report?: { filedAt: string; late: boolean; workingDaysLate: number };
  review?: { rating: string; reviewedAt: string };
  overdue: boolean;
}
