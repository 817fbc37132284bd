// The life of one delegation (regulation.md): committee review → standing committee when the
// team exceeds its cap → departure → trip → report → accountability review → closed.
// Everything that can change over time (policy, calendar, approvers) comes from activities so
// that it is recorded in history; deadlines are computed once and kept in state.
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import { decisionsByStage, type DecisionRequest, type RecordedDecision } from '../domain/decision';
import type { Proposal } from '../domain/proposal';
import type { DecisionStage, Stage } from '../domain/stage';
import type { DelegationState, RecordedDeadline } from './delegationState';
import {
  amendUpdate,
  decideUpdate,
  fileReportUpdate,
  fileReviewUpdate,
  stateQuery,
  type StageResult,
} from './messages';
import { delegationStageKey } from './searchAttributes';
import { msUntil, sleepUntil, workflowNow } from './timeUntil';

export interface DelegationInput {
  delegationId: string;
  provinceId: string;
  proposal: Proposal;
  submittedAt: string;
  policyVersionId: string;
}

const acts = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** Start of a local (Asia/Ho_Chi_Minh) day as an instant. */
const startOfLocalDay = (date: string): string => `${date}T00:00:00.000+07:00`;
/** The instant a trip that returns on `date` is over: the end of that local day. */
const endOfLocalDay = (date: string): string => `${date}T23:59:59.999+07:00`;

export async function delegationWorkflow(input: DelegationInput): Promise<DelegationState> {
  const policy = await acts.loadPolicy({
    policyVersionId: input.policyVersionId,
    provinceId: input.provinceId,
  });
  const state: DelegationState = {
    delegationId: input.delegationId,
    stage: 'committee_review',
    proposalVersion: 1,
    proposal: input.proposal,
    teamSize: teamSizeOf(input.proposal),
    decisions: [],
    deadlines: {},
    overdue: false,
  };
  let pendingDecision: RecordedDecision | undefined;

  function teamSizeOf(p: Proposal) {
    const cap = policy.teamSizeCap[p.leaderRank];
    return { cap, size: p.members.length, exceeds: p.members.length > cap };
  }

  async function enterStage(stage: Stage, note?: string): Promise<void> {
    state.stage = stage;
    upsertSearchAttributes([{ key: delegationStageKey, value: stage }]);
    await acts.recordStage({
      delegationId: input.delegationId,
      stage,
      proposalVersion: state.proposalVersion,
      at: workflowNow(),
      note,
      reportDueAt: state.deadlines.report?.dueAt,
      reviewDueAt: state.deadlines.review?.dueAt,
      overdue: state.overdue,
      approvedTeamSize: state.approvedTeamSize,
    });
  }

  setHandler(stateQuery, () => state);

  setHandler(
    decideUpdate,
    async (req: DecisionRequest): Promise<StageResult> => {
      // Claimed synchronously, before any await, so a second approver's validator sees it.
      const decision: RecordedDecision = { ...req, decidedAt: workflowNow() };
      pendingDecision = decision;
      await acts.recordDecision({ delegationId: input.delegationId, decision });
      state.decisions.push(decision);
      await condition(() => state.stage !== req.stage || state.proposalVersion !== req.proposalVersion);
      return { stage: state.stage };
    },
    {
      validator: (req: DecisionRequest): void => {
        const decided = pendingDecision;
        if (decided && decided.stage === req.stage && decided.proposalVersion === req.proposalVersion) {
          throw ApplicationFailure.create({
            type: 'AlreadyDecided',
            message: `already decided by ${decided.actor.personName} at ${decided.decidedAt}`,
            details: [{ by: decided.actor.personName, at: decided.decidedAt, decision: decided.decision }],
          });
        }
        if (req.proposalVersion !== state.proposalVersion) {
          throw ApplicationFailure.create({
            type: 'Superseded',
            message: `proposal version ${req.proposalVersion} was superseded by version ${state.proposalVersion}`,
            details: [{ currentVersion: state.proposalVersion }],
          });
        }
        if (req.stage !== state.stage) {
          throw ApplicationFailure.create({
            type: 'StageMovedOn',
            message: `the delegation is in stage ${state.stage}, not ${req.stage}`,
            details: [{ stage: state.stage }],
          });
        }
        const allowed: readonly string[] = decisionsByStage[req.stage];
        if (!allowed.includes(req.decision)) {
          throw ApplicationFailure.create({
            type: 'NotAllowed',
            message: `decision ${req.decision} is not available in stage ${req.stage}`,
          });
        }
        if (req.decision === 'approve_reduced' && (req.maxTeamSize ?? Infinity) >= state.teamSize.size) {
          throw ApplicationFailure.create({
            type: 'NotAllowed',
            message: `a reduced team must be smaller than the proposed ${state.teamSize.size}`,
          });
        }
      },
    },
  );

  setHandler(
    amendUpdate,
    async (req): Promise<StageResult> => {
      const version = state.proposalVersion + 1;
      await acts.recordAmendment({
        delegationId: input.delegationId,
        version,
        previous: state.proposal,
        proposal: req.proposal,
        actorId: req.actorId,
        at: workflowNow(),
      });
      state.proposal = req.proposal;
      state.proposalVersion = version;
      state.teamSize = teamSizeOf(req.proposal);
      await condition(() => state.stage !== 'amendment_requested');
      return { stage: state.stage };
    },
    {
      validator: (req): void => {
        if (state.stage !== 'amendment_requested') {
          throw ApplicationFailure.create({
            type: 'StageMovedOn',
            message: `amendments are accepted only when returned for changes (stage is ${state.stage})`,
          });
        }
        if (req.basedOnVersion !== state.proposalVersion) {
          throw ApplicationFailure.create({
            type: 'Superseded',
            message: `the amendment edits version ${req.basedOnVersion}, current is ${state.proposalVersion}`,
          });
        }
      },
    },
  );

  setHandler(
    fileReportUpdate,
    async (req): Promise<StageResult> => {
      const due = state.deadlines.report as RecordedDeadline;
      const filedAt = workflowNow();
      const lateness = await acts.workingDaysLate({ dueDate: due.dueDate, at: filedAt });
      state.report = { filedAt, late: lateness > 0, workingDaysLate: lateness };
      await acts.saveReport({
        delegationId: input.delegationId,
        content: req.content,
        filedById: req.filedById,
        attachmentIds: req.attachmentIds ?? [],
        filedAt,
        dueAt: due.dueAt,
        workingDaysLate: lateness,
      });
      await condition(() => state.stage !== 'report_due');
      return { stage: state.stage };
    },
    {
      validator: (_req): void => {
        if (state.stage !== 'report_due' || state.report) {
          throw ApplicationFailure.create({
            type: 'StageMovedOn',
            message: `a report is accepted only while it is due (stage is ${state.stage})`,
          });
        }
      },
    },
  );

  setHandler(
    fileReviewUpdate,
    async (req): Promise<StageResult> => {
      const reviewedAt = workflowNow();
      state.review = { rating: req.content.rating, reviewedAt };
      await acts.saveReview({
        delegationId: input.delegationId,
        content: req.content,
        reviewerId: req.reviewerId,
        tokenId: req.tokenId,
        reviewedAt,
      });
      await condition(() => state.stage !== 'accountability_review');
      return { stage: state.stage };
    },
    {
      validator: (_req): void => {
        if (state.stage !== 'accountability_review' || state.review) {
          throw ApplicationFailure.create({
            type: state.review ? 'AlreadyDecided' : 'StageMovedOn',
            message: state.review
              ? `already reviewed at ${state.review.reviewedAt}`
              : `a review is accepted only after the report (stage is ${state.stage})`,
          });
        }
      },
    },
  );

  /** Opens a decision stage and waits until someone decides; reminders while nobody does. */
  async function decisionIn(stage: DecisionStage): Promise<RecordedDecision> {
    await enterStage(stage);
    const version = state.proposalVersion;
    await acts.openReview({ delegationId: input.delegationId, stage, proposalVersion: version });
    const reminder = await acts.computeDeadline({
      fromInstant: workflowNow(),
      workingDays: policy.reminderWorkingDays,
      policyVersionId: policy.versionId,
    });
    const decided = () => pendingDecision?.stage === stage && pendingDecision.proposalVersion === version;
    if (!(await condition(() => decided() && recorded(), msUntil(reminder.dueAt)))) {
      await acts.sendReminders({ delegationId: input.delegationId, stage, proposalVersion: version });
      await condition(() => decided() && recorded());
    }
    return pendingDecision as RecordedDecision;
  }
  const recorded = () => state.decisions.includes(pendingDecision as RecordedDecision);

  async function amendmentReceived(reason: string): Promise<void> {
    const before = state.proposalVersion;
    await enterStage('amendment_requested', reason);
    await acts.notifyUnit({ delegationId: input.delegationId, notification: 'returned', note: reason });
    await condition(() => state.proposalVersion > before);
  }

  // 1–2. Committee review (with returns for changes).
  for (;;) {
    const d = await decisionIn('committee_review');
    if (d.decision === 'reject') return finish('rejected', d.comment);
    if (d.decision === 'approve') break;
    await amendmentReceived(d.comment ?? '');
  }

  // 3. Escalation of an oversized team (R-TEAM-SIZE).
  if (state.teamSize.exceeds) {
    const d = await decisionIn('standing_committee_review');
    if (d.decision === 'reject') return finish('rejected', d.comment);
    if (d.decision === 'approve_reduced' && d.maxTeamSize !== undefined) {
      state.approvedTeamSize = d.maxTeamSize;
      while (state.proposal.members.length > d.maxTeamSize) {
        await amendmentReceived(`team must be trimmed to ${d.maxTeamSize}`);
      }
    } else {
      state.approvedTeamSize = state.teamSize.size;
    }
  }
  await acts.notifyUnit({ delegationId: input.delegationId, notification: 'approved' });

  // 4. The trip follows the dates in Asia/Ho_Chi_Minh.
  await enterStage('awaiting_departure');
  await sleepUntil(startOfLocalDay(state.proposal.departureDate));
  await enterStage('on_trip');
  await sleepUntil(endOfLocalDay(state.proposal.returnDate));

  // 5. Report deadline (R-REPORT): reminders before, escalation after, late report still taken.
  state.deadlines.report = await acts.computeDeadline({
    fromDate: state.proposal.returnDate,
    workingDays: policy.reportWorkingDays,
    policyVersionId: policy.versionId,
  });
  await enterStage('report_due');
  const reportIn = () => state.report !== undefined;
  if (!(await condition(reportIn, msUntil(state.deadlines.report.dueAt)))) {
    state.overdue = true;
    await enterStage('report_due', 'overdue');
    await acts.notifyUnit({ delegationId: input.delegationId, notification: 'report_overdue' });
    await condition(reportIn);
  }

  // 6. Accountability review (R-ACCOUNTABILITY).
  state.deadlines.review = await acts.computeDeadline({
    fromInstant: (state.report as { filedAt: string }).filedAt,
    workingDays: policy.reviewWorkingDays,
    policyVersionId: policy.versionId,
  });
  await enterStage('accountability_review');
  await acts.openReview({
    delegationId: input.delegationId,
    stage: 'accountability_review',
    proposalVersion: state.proposalVersion,
  });
  await condition(() => state.review !== undefined);
  return finish('closed');

  async function finish(stage: Stage, note?: string): Promise<DelegationState> {
    await enterStage(stage, note);
    if (stage === 'rejected') {
      await acts.notifyUnit({ delegationId: input.delegationId, notification: 'rejected', note });
    }
    await condition(allHandlersFinished);
    return state;
  }
}
