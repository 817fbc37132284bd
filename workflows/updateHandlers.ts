// Every Update the delegation accepts. Validators refuse what does not fit the current stage or
// version synchronously; a handler that must await an activity first claims its change, so a
// concurrent Update's validator already sees it (no two decisions, no two amendments).
import { ApplicationFailure, condition, patched, setHandler } from '@temporalio/workflow';
import { decisionsByStage, type DecisionRequest, type RecordedDecision } from '../domain/decision';
import type { Proposal } from '../domain/proposal';
import type { RuleViolation } from '../domain/ruleViolation';
import { terminalStages, type Stage } from '../domain/stage';
import { acts, type DelegationContext } from './delegationContext';
import type { RecordedDeadline } from './delegationState';
import {
  amendUpdate,
  changeTripUpdate,
  decideUpdate,
  fileReportUpdate,
  fileReviewUpdate,
  returnDateUpdate,
  stateQuery,
  type AmendRequest,
  type ReturnDateRequest,
  type StageResult,
  type TripChangeRequest,
} from './messages';
import { workflowNow } from './timeUntil';

const refuse = (type: string, message: string, details: Record<string, unknown> = {}) =>
  ApplicationFailure.create({ type, message, details: [details], nonRetryable: true });

/** A refusal the handler threw itself (rules, stage), as opposed to an activity's failure. */
const isRefusal = (err: unknown): boolean => err instanceof ApplicationFailure;

const ruleViolations = (violations: RuleViolation[]) =>
  refuse('RuleViolations', `refused by ${violations.map((v) => v.rule).join(', ')}`, {
    violations,
  });

/**
 * An activity that failed for good (activities/unstorableInput.ts: the database cannot store the
 * input). The handler has released its claim; the caller hears which field to fix.
 */
const unstorable = (field: string) =>
  ruleViolations([
    {
      rule: 'R-INPUT',
      field,
      message: `The ${field} contains text that cannot be stored.`,
      messageVi: `Trường ${field} có ký tự không lưu được.`,
    },
  ]);

/** Patch: a cancellation is recorded (reason, actor) by its handler when it is asked. */
export const cancellationRecordedPatch = 'cancellation-recorded-when-asked';

export const preDepartureStages: readonly Stage[] = [
  'committee_review',
  'amendment_requested',
  'standing_committee_review',
  'awaiting_departure',
];

export function registerUpdateHandlers(ctx: DelegationContext): void {
  const { state } = ctx;
  /** Set while an amendment or trip change is being checked and stored. */
  let changing = false;
  let reportClaimed = false;
  let reviewClaimed = false;
  const result = (): StageResult => ({
    stage: state.stage,
    proposalVersion: state.proposalVersion,
  });

  /**
   * Runs every rule on a new version (refusing it with their IDs), records it and adopts it;
   * answers why a change before departure needs a new review (empty: it does not).
   */
  async function checkAndAdopt(
    kind: 'amendment' | 'change',
    proposal: Proposal,
    actorId: string | undefined,
    note?: string,
  ): Promise<string[]> {
    changing = true;
    try {
      return await checkAndAdoptClaimed(kind, proposal, actorId, note);
    } catch (err) {
      if (isRefusal(err)) throw err;
      throw unstorable(kind === 'amendment' ? 'proposal' : 'reason');
    } finally {
      changing = false;
    }
  }

  async function checkAndAdoptClaimed(
    kind: 'amendment' | 'change',
    proposal: Proposal,
    actorId: string | undefined,
    note?: string,
  ): Promise<string[]> {
    const check = await acts.checkProposalChange({
      delegationId: ctx.id,
      kind,
      proposal,
      previous: state.proposal,
      approvedTeamSize: state.approvedTeamSize,
    });
    if (check.violations.length > 0) throw ruleViolations(check.violations);
    await acts.recordProposalVersion({
      delegationId: ctx.id,
      kind,
      version: state.proposalVersion + 1,
      previous: state.proposal,
      proposal,
      actorId,
      at: workflowNow(),
      note,
    });
    ctx.adopt(proposal);
    return check.reviewReasons;
  }

  /** A new version is taken only in its stage, of the current version, one at a time. */
  function assertEditable(stage: Stage, basedOnVersion: number, what: string): void {
    if (changing) throw refuse('Busy', 'another change of this proposal is being recorded');
    if (state.stage !== stage) {
      throw refuse(
        'StageMovedOn',
        `${what} is accepted only in stage ${stage} (stage is ${state.stage})`,
        {
          stage: state.stage,
        },
      );
    }
    if (basedOnVersion !== state.proposalVersion) {
      throw refuse(
        'Superseded',
        `${what} edits version ${basedOnVersion}, current is ${state.proposalVersion}`,
        {
          currentVersion: state.proposalVersion,
        },
      );
    }
  }

  setHandler(stateQuery, () => state);

  setHandler(
    decideUpdate,
    async (req: DecisionRequest): Promise<StageResult> => {
      const decision: RecordedDecision = { ...req, decidedAt: workflowNow() };
      ctx.pendingDecision = decision;
      try {
        await acts.recordDecision({ delegationId: ctx.id, decision });
      } catch {
        // Not stored, and no retry can store it: the stage is open again for a decision.
        ctx.pendingDecision = undefined;
        throw unstorable('comment');
      }
      state.decisions.push(decision);
      await condition(
        () => state.stage !== req.stage || state.proposalVersion !== req.proposalVersion,
      );
      return result();
    },
    {
      validator: (req: DecisionRequest): void => {
        const decided = ctx.pendingDecision;
        if (
          decided &&
          decided.stage === req.stage &&
          decided.proposalVersion === req.proposalVersion
        ) {
          const by = decided.actor.onBehalfOfName
            ? `${decided.actor.personName} (thay ${decided.actor.onBehalfOfName})`
            : decided.actor.personName;
          throw refuse('AlreadyDecided', `already decided by ${by} at ${decided.decidedAt}`, {
            by,
            at: decided.decidedAt,
            decision: decided.decision,
          });
        }
        if (state.stage === 'cancelled') throw refuse('Cancelled', 'the delegation was cancelled');
        if (req.proposalVersion !== state.proposalVersion) {
          throw refuse(
            'Superseded',
            `version ${req.proposalVersion} was superseded by ${state.proposalVersion}`,
            {
              currentVersion: state.proposalVersion,
            },
          );
        }
        if (req.stage !== state.stage) {
          throw refuse(
            'StageMovedOn',
            `the delegation is in stage ${state.stage}, not ${req.stage}`,
            { stage: state.stage },
          );
        }
        const allowed: readonly string[] = decisionsByStage[req.stage];
        if (!allowed.includes(req.decision)) {
          throw refuse(
            'NotAllowed',
            `decision ${req.decision} is not available in stage ${req.stage}`,
          );
        }
        if (
          req.decision === 'approve_reduced' &&
          (req.maxTeamSize ?? Infinity) >= state.teamSize.size
        ) {
          throw refuse(
            'NotAllowed',
            `a reduced team must be smaller than the proposed ${state.teamSize.size}`,
          );
        }
      },
    },
  );

  setHandler(
    amendUpdate,
    async (req): Promise<StageResult> => {
      await checkAndAdopt('amendment', req.proposal, req.actorId);
      await condition(() => state.stage !== 'amendment_requested');
      return result();
    },
    {
      validator: (req: AmendRequest): void =>
        assertEditable('amendment_requested', req.basedOnVersion, 'an amendment'),
    },
  );

  setHandler(
    changeTripUpdate,
    async (req): Promise<StageResult> => {
      if (req.kind === 'cancel') {
        if (patched(cancellationRecordedPatch)) {
          changing = true;
          try {
            await acts.recordCancellation({
              delegationId: ctx.id,
              stage: state.stage,
              reason: req.reason,
              actorId: req.actorId,
              at: workflowNow(),
            });
          } catch {
            throw unstorable('reason');
          } finally {
            changing = false;
          }
        }
        ctx.cancellation = { reason: req.reason, actorId: req.actorId };
        await condition(() => state.stage === 'cancelled');
        return result();
      }
      const reviewReasons = await checkAndAdopt('change', req.proposal, req.actorId, req.reason);
      ctx.backToReview = reviewReasons.length > 0 ? reviewReasons : undefined;
      ctx.tripChanged = true;
      // The stage it goes to: back to the committee, or still approved and awaiting departure.
      return {
        stage: ctx.backToReview ? 'committee_review' : 'awaiting_departure',
        proposalVersion: state.proposalVersion,
      };
    },
    {
      validator: (req: TripChangeRequest): void => {
        if (changing) throw refuse('Busy', 'another change of this proposal is being recorded');
        if (terminalStages.includes(state.stage) || ctx.cancellation) {
          throw refuse('Ended', 'the delegation has ended', { stage: state.stage });
        }
        if (req.kind === 'cancel') {
          if (!preDepartureStages.includes(state.stage)) {
            throw refuse(
              'StageMovedOn',
              `a delegation can be cancelled only before departure (stage is ${state.stage})`,
              {
                stage: state.stage,
              },
            );
          }
          return;
        }
        assertEditable('awaiting_departure', req.basedOnVersion, 'a change of members or dates');
      },
    },
  );

  setHandler(
    returnDateUpdate,
    async (req): Promise<StageResult> => {
      try {
        await acts.recordReturnDate({
          delegationId: ctx.id,
          plannedReturnDate: state.proposal.returnDate,
          actualReturnDate: req.actualReturnDate,
          reason: req.reason,
          actorId: req.actorId,
          at: workflowNow(),
        });
      } catch {
        throw unstorable('reason');
      }
      state.actualReturnDate = req.actualReturnDate;
      return result();
    },
    {
      validator: (req: ReturnDateRequest): void => {
        if (state.stage !== 'on_trip') {
          throw refuse(
            'StageMovedOn',
            `the return date is recorded during the trip (stage is ${state.stage})`,
            { stage: state.stage },
          );
        }
        if (
          !/^\d{4}-\d{2}-\d{2}$/.test(req.actualReturnDate) ||
          req.actualReturnDate < state.proposal.departureDate
        ) {
          throw refuse('RuleViolations', 'the return date must be a date not before departure', {
            violations: [
              {
                rule: 'R-DATES',
                field: 'actualReturnDate',
                message: 'The return date must not be before the departure date.',
                messageVi: 'Ngày về không được trước ngày khởi hành.',
              },
            ],
          });
        }
      },
    },
  );

  setHandler(
    fileReportUpdate,
    async (req): Promise<StageResult> => {
      reportClaimed = true;
      const due = state.deadlines.report as RecordedDeadline;
      const filedAt = workflowNow();
      let lateness: number;
      try {
        lateness = await acts.workingDaysLate({ dueDate: due.dueDate, at: filedAt });
        await acts.saveReport({
          delegationId: ctx.id,
          content: req.content,
          filedById: req.filedById,
          attachmentIds: req.attachmentIds ?? [],
          filedAt,
          dueAt: due.dueAt,
          workingDaysLate: lateness,
        });
      } catch {
        reportClaimed = false;
        throw unstorable('content');
      }
      state.report = { filedAt, late: lateness > 0, workingDaysLate: lateness };
      await condition(() => state.stage !== 'report_due');
      return result();
    },
    {
      validator: (_req): void => {
        if (reportClaimed) throw refuse('AlreadyDecided', 'the report was already filed');
        if (state.stage !== 'report_due') {
          throw refuse(
            'StageMovedOn',
            `a report is accepted once the trip is over (stage is ${state.stage})`,
            { stage: state.stage },
          );
        }
      },
    },
  );

  setHandler(
    fileReviewUpdate,
    async (req): Promise<StageResult> => {
      reviewClaimed = true;
      const reviewedAt = workflowNow();
      try {
        await acts.saveReview({
          delegationId: ctx.id,
          content: req.content,
          reviewerId: req.reviewerId,
          tokenId: req.tokenId,
          reviewedAt,
        });
      } catch {
        reviewClaimed = false;
        throw unstorable('content');
      }
      state.review = { rating: req.content.rating, reviewedAt };
      await condition(() => state.stage !== 'accountability_review');
      return result();
    },
    {
      validator: (_req): void => {
        if (reviewClaimed) throw refuse('AlreadyDecided', 'the results were already reviewed');
        if (state.stage !== 'accountability_review') {
          throw refuse(
            'StageMovedOn',
            `a review is accepted only after the report (stage is ${state.stage})`,
            { stage: state.stage },
          );
        }
      },
    },
  );
}
