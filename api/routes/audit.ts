// For auditors (regulation.md: "reads and replays the history of any delegation"): a delegation's
// timeline (JSON, CSV, HTML), its raw Temporal history, replay of histories against the current
// workflow code, and the tamper check of the audit record.
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { storableId } from '../../domain/storableText';
import { delegationInPath } from '../access/scopes';
import type { ApiDeps } from '../apiDeps';
import { delegationTimeline } from '../audit/delegationTimeline';
import { grpcStatus, grpcStatusOf } from '../audit/grpcStatus';
import { delegationHistory, historiesMatching } from '../audit/historySources';
import { currentWorkflowBundle, replayHistories, type HistoryToReplay } from '../audit/replay';
import { timelineCsv } from '../audit/timelineCsv';
import { timelineSchema, type Timeline } from '../audit/timelineEntry';
import { langOf } from '../audit/timelineLabels';
import { verifyAudit, verifyReportSchema } from '../audit/verifyAudit';
import { auditTimelinePageHtml } from '../pages/auditTimelinePage';
import type { RouteSpec } from '../routeSpec';
import { workflowIdOf } from '../startDelegationWorkflow';
import { zodViolations } from '../zodViolations';

const refusalSchema = z.object({ error: z.string(), message: z.string() });
const langQuery = z.object({
  lang: z.enum(['vi', 'en']).optional().describe('vi (default) or en'),
});
const replayRequestSchema = z
  .object({
    delegationIds: z.array(storableId()).min(1).optional(),
    query: z
      .string()
      .min(1)
      .optional()
      .describe("a visibility query, e.g. DelegationStage='closed'"),
  })
  .refine((r) => !(r.delegationIds && r.query), {
    message: 'give delegationIds or query, not both',
  });
const replayVerdictSchema = z.object({
  workflowId: z.string(),
  runId: z.string(),
  events: z.number(),
  identical: z.boolean(),
  divergence: z
    .object({
      eventId: z.number().optional(),
      eventType: z.string().optional(),
      description: z.string(),
    })
    .optional(),
});
const replayReportSchema = z.object({
  results: z.array(replayVerdictSchema),
  notFound: z.array(z.string()).describe('delegation ids whose workflow Temporal does not have'),
});

const notFound = (res: Response) =>
  res.status(404).json({ error: 'NotFound', message: 'No such delegation' });

export function auditRoutes({ db, temporal }: ApiDeps): RouteSpec[] {
  const auditors = { roles: ['auditor'] } as const;
  const oneDelegation = { roles: ['auditor'], scope: delegationInPath(db) } as const;

  async function timelineOf(req: Request, res: Response): Promise<Timeline | undefined> {
    const t = await delegationTimeline(db, temporal, String(req.params.id), langOf(req.query.lang));
    if (!t) notFound(res);
    return t;
  }

  return [
    {
      method: 'get',
      path: '/api/delegations/:id/timeline',
      summary:
        'Audit timeline: every stage, decision, email, reminder, escalation, deadline, report and review, from the Temporal history and the audit records',
      tags: ['audit'],
      access: oneDelegation,
      query: langQuery,
      responses: {
        200: { description: 'The timeline', schema: timelineSchema },
        404: { description: 'No such delegation', schema: refusalSchema },
      },
      async handler(req, res) {
        const t = await timelineOf(req, res);
        if (t) res.json(t);
      },
    },
    {
      method: 'get',
      path: '/api/delegations/:id/timeline.csv',
      summary: 'The audit timeline as CSV (UTF-8 with BOM; local time and UTC instant)',
      tags: ['audit'],
      access: oneDelegation,
      query: langQuery,
      responses: {
        200: { description: 'CSV', contentType: 'text/csv' },
        404: { description: 'No such delegation', schema: refusalSchema },
      },
      async handler(req, res) {
        const t = await timelineOf(req, res);
        if (!t) return;
        res
          .type('text/csv; charset=utf-8')
          .attachment(`nhat-ky-kiem-toan-${t.delegationId}.csv`)
          .send(timelineCsv(t));
      },
    },
    {
      method: 'get',
      path: '/audit/delegations/:id',
      summary: "The auditor's page of a delegation's timeline (Vietnamese; ?lang=en for English)",
      tags: ['audit'],
      access: oneDelegation,
      query: langQuery,
      responses: {
        200: { description: 'HTML page', contentType: 'text/html' },
        404: { description: 'No such delegation', schema: refusalSchema },
      },
      async handler(req, res) {
        const t = await timelineOf(req, res);
        if (!t) return;
        const d = await db.delegation.findUnique({
          where: { id: t.delegationId },
          select: { title: true },
        });
        res
          .type('html')
          .set('Cache-Control', 'no-store')
          .send(auditTimelinePageHtml(t, d?.title ?? t.workflowId));
      },
    },
    {
      method: 'get',
      path: '/api/delegations/:id/history',
      summary:
        'The raw Temporal history (JSON as `temporal workflow show --output json` writes it; replayable with --input and the SDK replayer)',
      tags: ['audit'],
      access: oneDelegation,
      responses: {
        200: { description: 'History JSON' },
        404: { description: 'Temporal has no history of this delegation', schema: refusalSchema },
      },
      async handler(req, res) {
        const id = String(req.params.id);
        const history = await delegationHistory(temporal, id);
        if (!history) {
          notFound(res);
          return;
        }
        res
          .type('json')
          .attachment(`${workflowIdOf(id)}.json`)
          .send(historyToJSON(history));
      },
    },
    {
      method: 'post',
      path: '/api/audit/replay',
      summary:
        'Replay histories (some delegations, or every workflow a visibility query matches) against the current workflow code',
      tags: ['audit'],
      access: auditors,
      body: { schema: replayRequestSchema },
      responses: {
        200: {
          description: 'Per workflow: replays identically, or where it diverges',
          schema: replayReportSchema,
        },
        422: {
          description: 'Invalid request or visibility query',
          schema: z.object({ errors: z.array(z.unknown()) }),
        },
      },
      async handler(req, res) {
        const body = replayRequestSchema.safeParse(req.body ?? {});
        if (!body.success) {
          res.status(422).json({ errors: zodViolations(body.error) });
          return;
        }
        const notFoundIds: string[] = [];
        let histories: AsyncIterable<HistoryToReplay> | HistoryToReplay[];
        if (body.data.delegationIds) {
          histories = [];
          for (const id of body.data.delegationIds) {
            const history = await delegationHistory(temporal, id);
            if (history) histories.push({ workflowId: workflowIdOf(id), history });
            else notFoundIds.push(id);
          }
        } else {
          histories = historiesMatching(temporal, body.data.query);
        }
        try {
          const results = await replayHistories(histories, await currentWorkflowBundle());
          res.json({ results, notFound: notFoundIds });
        } catch (err) {
          // The server's answer to a visibility query it cannot parse.
          if (grpcStatusOf(err) !== grpcStatus.invalidArgument) throw err;
          const message = err instanceof Error ? err.message : String(err);
          res.status(422).json({
            errors: [
              {
                rule: 'R-INPUT',
                field: 'query',
                message,
                messageVi: `Câu truy vấn không hợp lệ: ${message}`,
              },
            ],
          });
        }
      },
    },
    {
      method: 'get',
      path: '/api/audit/verify',
      summary:
        'Tamper check: recompute every audit chain, check the daily anchors, compare decisions with the Temporal histories',
      tags: ['audit'],
      access: auditors,
      query: z.object({ delegationId: z.string().optional() }),
      responses: {
        200: {
          description: 'Verification report (ok: false lists every problem, naming the record)',
          schema: verifyReportSchema,
        },
      },
      async handler(req, res) {
        const delegationId =
          typeof req.query.delegationId === 'string' ? req.query.delegationId : undefined;
        res.json(await verifyAudit(db, temporal, { delegationId }));
      },
    },
  ];
}
