import { z } from 'zod';
import { proposalSchema } from '../../domain/proposal';
import { localDate } from '../../domain/vnText';
import { terminalStages, type Stage } from '../../domain/stage';
import type { Response } from 'express';
import { changeTripUpdate, returnDateUpdate, type StageResult } from '../../workflows/messages';
import {
  amendmentSchema,
  amendProposal,
  sendUpdateOutcome,
  updateOutcomeOf,
} from '../amendProposal';
import { delegationReachFilter } from '../access/delegationReach';
import { delegationReaders, delegationRunners } from '../access/roleGroups';
import { accessOf } from '../access/routeAccess';
import { delegationInPath, ownUnitInProposal } from '../access/scopes';
import type { ApiDeps } from '../apiDeps';
import {
  reportBodySchema,
  reportFiling,
  reviewBodySchema,
  reviewFiling,
} from '../reportReviewFiling';
import type { RouteSpec } from '../routeSpec';
import {
  createdSchema,
  delegationListQuery,
  delegationViewSchema,
  errorsSchema,
  stageResultSchema,
  proposalVersionInput,
} from '../schemas';
import { workflowIdOf } from '../startDelegationWorkflow';
import { submitProposal } from '../submitProposal';
import { parsedOr422 } from '../zodViolations';
import { principalKeyOf } from '../access/principal';
import { sendUnavailable } from '../unavailable';
import type { Db } from '../../prisma/client';

const refusalSchema = z.object({ error: z.string(), message: z.string() });
// Reasons are mailed and recorded in the audit trail: bounded like the other free texts.
const reasonInput = z.string().trim().min(1).max(2000);
const cancelSchema = z.object({ reason: reasonInput });
const changeSchema = z.object({
  basedOnVersion: proposalVersionInput,
  proposal: proposalSchema,
  reason: reasonInput,
});
const returnDateSchema = z.object({
  actualReturnDate: localDate,
  reason: reasonInput,
});
async function delegationView(db: Db, id: string) {
  const d = await db.delegation.findUnique({
    where: { id },
    include: { decisions: { orderBy: { decidedAt: 'asc' } } },
  });
  if (!d) return undefined;
  return {
    id: d.id,
    unitId: d.unitId,
    year: d.year,
    title: d.title,
    stage: d.stage as Stage,
    status: terminalStages.includes(d.stage as Stage) ? ('closed' as const) : ('open' as const),
    proposalVersion: d.proposalVersion,
    departureDate: d.departureDate.toISOString().slice(0, 10),
    returnDate: d.returnDate.toISOString().slice(0, 10),
    memberCount: d.memberCount,
    approvedTeamSize: d.approvedTeamSize,
    overdue: d.overdue,
    deadlines: {
      reportDueAt: d.reportDueAt?.toISOString() ?? null,
      reviewDueAt: d.reviewDueAt?.toISOString() ?? null,
    },
    decisions: d.decisions.map((x) => ({
      stage: x.stage,
      proposalVersion: x.proposalVersion,
      decision: x.decision,
      actorId: x.actorId,
      onBehalfOfId: x.onBehalfOfId,
      comment: x.comment,
      maxTeamSize: x.maxTeamSize,
      decidedAt: x.decidedAt.toISOString(),
    })),
    proposal: d.proposal,
  };
}

/** Runs an Update and answers with the stage it leads to, or the workflow's refusal. */
async function answerUpdate(res: Response, run: () => Promise<StageResult>): Promise<void> {
  sendUpdateOutcome(res, await updateOutcomeOf(run));
}

export function delegationRoutes({ db, temporal, taskQueue }: ApiDeps): RouteSpec[] {
  const handleOf = (id: string) => temporal.workflow.getHandle(workflowIdOf(id));
  const readers = { roles: delegationReaders, scope: delegationInPath(db) };
  const runners = { roles: delegationRunners, scope: delegationInPath(db) };
  return [
    {
      method: 'post',
      path: '/api/delegations',
      summary: 'Submit a proposal; every rule is checked (422 lists each violated rule ID)',
      tags: ['delegations'],
      // Unit staff propose for their own unit; another unit is answered like an unknown one.
      access: { roles: delegationRunners, scope: ownUnitInProposal() },
      body: { schema: proposalSchema },
      responses: {
        201: { description: 'Accepted; the workflow started', schema: createdSchema },
        409: {
          description: 'The Idempotency-Key was used by a submission that was not stored',
          schema: refusalSchema,
        },
        422: { description: 'Refused: violated rules by ID and field', schema: errorsSchema },
        503: {
          description:
            'Not stored: Temporal or the database could not take it in time (Retry-After); send it again, with the same Idempotency-Key to be safe',
          schema: refusalSchema,
        },
      },
      async handler(req, res) {
        const { principal } = accessOf(req);
        const submitter = principal.kind === 'person' ? principal.personId : null;
        const key = req.get('idempotency-key');
        const result = await submitProposal(db, temporal, taskQueue, req.body, {
          submittedById: submitter,
          idempotencyKey: key ? { caller: principalKeyOf(principal), key } : undefined,
        });
        if (!result.ok) {
          if (result.status === 422) res.status(422).json({ errors: result.errors });
          else if (result.status === 409)
            res.status(409).json({ error: result.error, message: result.message });
          else sendUnavailable(res, result.retryAfterSeconds);
          return;
        }
        res.status(201).location(`/api/delegations/${result.id}`).json({
          id: result.id,
          stage: result.stage,
          escalation: result.escalation,
          warnings: result.warnings,
        });
      },
    },
    {
      method: 'get',
      path: '/api/delegations',
      summary: 'List the delegations within the caller’s reach (filter by unit, stage, year)',
      tags: ['delegations'],
      access: { roles: delegationReaders },
      query: delegationListQuery,
      responses: {
        200: {
          description: 'Delegations',
          schema: z.object({
            delegations: z.array(delegationViewSchema.omit({ decisions: true, proposal: true })),
          }),
        },
        422: { description: 'Bad filter', schema: errorsSchema },
      },
      async handler(req, res) {
        const q = parsedOr422(delegationListQuery, req.query, res);
        if (!q) return;
        const reach = await delegationReachFilter(db, accessOf(req).grants);
        const rows = await db.delegation.findMany({
          where: {
            AND: [{ unitId: q.unitId, stage: q.stage, year: q.year }, reach],
          },
          orderBy: { submittedAt: 'desc' },
          select: { id: true },
        });
        const views = await Promise.all(rows.map((r) => delegationView(db, r.id)));
        res.json({
          delegations: views.map((v) => v && { ...v, decisions: undefined, proposal: undefined }),
        });
      },
    },
    {
      method: 'get',
      path: '/api/delegations/:id',
      summary: 'One delegation: stage, status, deadlines, decisions',
      tags: ['delegations'],
      access: readers,
      responses: {
        200: { description: 'The delegation', schema: delegationViewSchema },
        404: { description: 'No such delegation', schema: refusalSchema },
      },
      async handler(req, res) {
        const view = await delegationView(db, String(req.params.id));
        if (!view) {
          res.status(404).json({ error: 'NotFound', message: 'No such delegation' });
          return;
        }
        res.json(view);
      },
    },
    {
      method: 'post',
      path: '/api/delegations/:id/amendments',
      summary: 'Amend a proposal returned for changes; every rule runs again',
      tags: ['delegations'],
      access: runners,
      body: { schema: amendmentSchema },
      responses: {
        200: { description: 'Resubmitted', schema: stageResultSchema },
        404: { description: 'No such delegation', schema: refusalSchema },
        409: {
          description: 'Not awaiting an amendment, or edited a stale version',
          schema: refusalSchema,
        },
        422: { description: 'Rule violations', schema: errorsSchema },
      },
      async handler(req, res) {
        const { principal } = accessOf(req);
        const actorId = principal.kind === 'person' ? principal.personId : undefined;
        sendUpdateOutcome(
          res,
          await amendProposal(temporal, String(req.params.id), req.body, actorId),
        );
      },
    },
    {
      method: 'post',
      path: '/api/delegations/:id/cancellation',
      summary: 'Cancel a delegation before departure; frees its quota slot; approvers are told',
      tags: ['delegations'],
      access: runners,
      body: { schema: cancelSchema },
      responses: {
        200: { description: 'Cancelled', schema: stageResultSchema },
        404: { description: 'No such delegation', schema: refusalSchema },
        409: { description: 'Already departed or ended', schema: refusalSchema },
        422: { description: 'Reason missing', schema: errorsSchema },
      },
      async handler(req, res) {
        const body = parsedOr422(cancelSchema, req.body, res);
        if (!body) return;
        await answerUpdate(res, () =>
          handleOf(String(req.params.id)).executeUpdate(changeTripUpdate, {
            args: [{ kind: 'cancel', reason: body.reason }],
          }),
        );
      },
    },
    {
      method: 'post',
      path: '/api/delegations/:id/changes',
      summary:
        'Change members or dates (a postponement) of an approved delegation before departure; re-checked, and sent back to review when it enlarges the team, breaks R-NOTICE or R-ANNUAL-QUOTA, or moves the trip into another year',
      tags: ['delegations'],
      access: runners,
      body: { schema: changeSchema },
      responses: {
        200: {
          description:
            'Accepted; `stage` is where it goes (awaiting_departure or committee_review)',
          schema: stageResultSchema,
        },
        404: { description: 'No such delegation', schema: refusalSchema },
        409: { description: 'Not approved-and-waiting, or a stale version', schema: refusalSchema },
        422: { description: 'Rule violations', schema: errorsSchema },
      },
      async handler(req, res) {
        const body = parsedOr422(changeSchema, req.body, res);
        if (!body) return;
        await answerUpdate(res, () =>
          handleOf(String(req.params.id)).executeUpdate(changeTripUpdate, {
            args: [{ kind: 'change', ...body }],
          }),
        );
      },
    },
    {
      method: 'post',
      path: '/api/delegations/:id/return-date',
      summary: 'Record an early return or an extension during the trip; moves the report deadline',
      tags: ['delegations'],
      access: runners,
      body: { schema: returnDateSchema },
      responses: {
        200: { description: 'Recorded', schema: stageResultSchema },
        404: { description: 'No such delegation', schema: refusalSchema },
        409: { description: 'Not on the trip', schema: refusalSchema },
        422: { description: 'Invalid date', schema: errorsSchema },
      },
      async handler(req, res) {
        const body = parsedOr422(returnDateSchema, req.body, res, 'R-DATES');
        if (!body) return;
        await answerUpdate(res, () =>
          handleOf(String(req.params.id)).executeUpdate(returnDateUpdate, { args: [body] }),
        );
      },
    },
    {
      method: 'post',
      path: '/api/delegations/:id/report',
      summary: 'File the delegation report (R-REPORT); a late report is accepted and marked late',
      tags: ['delegations'],
      access: runners,
      body: { schema: reportBodySchema },
      responses: {
        200: { description: 'Filed', schema: stageResultSchema },
        404: { description: 'No such delegation', schema: refusalSchema },
        409: { description: 'No report is due', schema: refusalSchema },
        422: {
          description: 'Invalid report, or an attachment id not uploaded for this delegation',
          schema: errorsSchema,
        },
      },
      async handler(req, res) {
        const body = parsedOr422(reportBodySchema, req.body, res, 'R-REPORT');
        if (!body) return;
        const { principal } = accessOf(req);
        const filedBy = principal.kind === 'person' ? principal.personId : undefined;
        const filing = await reportFiling({ db, temporal }, String(req.params.id), body, filedBy);
        if (!filing.ok) {
          res.status(422).json({ errors: filing.violations });
          return;
        }
        await answerUpdate(res, filing.file);
      },
    },
    {
      method: 'post',
      path: '/api/delegations/:id/review',
      summary:
        'Record the accountability review (R-ACCOUNTABILITY); not by the submitter or a member of the delegation',
      tags: ['delegations'],
      access: { roles: ['provincial_leadership'], scope: delegationInPath(db) },
      body: { schema: reviewBodySchema },
      responses: {
        200: { description: 'Recorded', schema: stageResultSchema },
        403: {
          description: 'The reviewer submitted the proposal or travels in the delegation',
          schema: refusalSchema,
        },
        404: { description: 'No such delegation', schema: refusalSchema },
        409: { description: 'No review is due', schema: refusalSchema },
        422: { description: 'Invalid review', schema: errorsSchema },
      },
      async handler(req, res) {
        const body = parsedOr422(reviewBodySchema, req.body, res, 'R-ACCOUNTABILITY');
        if (!body) return;
        const { principal } = accessOf(req);
        const filing = await reviewFiling({ db, temporal }, principal, String(req.params.id), body);
        if (!filing.ok) {
          res.status(filing.status).json(filing.body);
          return;
        }
        await answerUpdate(res, filing.file);
      },
    },
  ];
}
