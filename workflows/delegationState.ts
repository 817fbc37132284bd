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
  /** Set when an undecided review was escalated (to the standing committee, or to its chair). */
  escalatedTo?: 'standing_committee' | 'chair';
  decisions: RecordedDecision[];
  deadlines: {
    reminder?: RecordedDeadline;
    escalation?: RecordedDeadline;
    lapse?: RecordedDeadline;
    report?: RecordedDeadline;
    reportReminder?: RecordedDeadline;
    review?: RecordedDeadline;
  };
  /** The day the delegation actually came back, when it differs from the plan. */
  actualReturnDate?: string;
  report?: { filedAt: string; late: boolean; workingDaysLate: number };
  review?: { rating: string; reviewedAt: string };
  overdue: boolean;
}
