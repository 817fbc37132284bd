// The whole tamper check: every delegation's audit chain recomputed, the daily anchors checked
// against the chains, and the decision table compared with the decisions in Temporal's histories.
import type { Client } from '@temporalio/client';
import { z } from 'zod';
import { anchorDayOf } from '../../activities/auditAnchor';
import type { Db } from '../../prisma/client';
import { checkAnchors } from './anchorCheck';
import { auditProblemSchema, type AuditProblem } from './auditProblem';
import { checkChain, orphanProblems, type ChainRow } from './chainCheck';
import { checkDecisions } from './decisionCheck';
import { delegationHistory } from './historySources';
import { missingWorkflowProblem, workflowProblems } from './readModelCheck';

export const verifyReportSchema = z.object({
  ok: z.boolean(),
  checkedAt: z.string(),
  delegations: z.number(),
  auditRecords: z.number(),
  anchors: z.number(),
  /** Keep this hash somewhere outside the database: a rewrite of everything would change it. */
  latestAnchor: z.object({ day: z.string(), hash: z.string() }).nullable(),
  /** False when no Temporal client was given (`npm run audit -- anchor` checks the database only). */
  decisionsChecked: z.boolean(),
  decisionsCompared: z.number(),
  /** Delegations whose workflow history Temporal no longer holds (retention): decisions not compared. */
  historiesUnavailable: z.array(z.string()),
  /**
   * Whether every delegation workflow was listed (workflows without a row, stages that disagree):
   * false without Temporal, for one delegation, or on a server without visibility queries.
   */
  workflowsListed: z.boolean(),
  problems: z.array(auditProblemSchema),
});
export type VerifyReport = z.infer<typeof verifyReportSchema>;

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export async function verifyAudit(
  db: Db,
  temporal: Client | undefined,
  scope: { delegationId?: string } = {},
): Promise<VerifyReport> {
  const inScope = scope.delegationId ? { delegationId: scope.delegationId } : {};
  const [rows, anchors, decisions, delegations] = await Promise.all([
    db.auditEvent.findMany({ where: inScope, orderBy: [{ delegationId: 'asc' }, { seq: 'asc' }] }),
    db.auditAnchor.findMany({ orderBy: { day: 'asc' } }),
    db.decision.findMany({ where: inScope }),
    db.delegation.findMany({
      where: scope.delegationId ? { id: scope.delegationId } : {},
      select: { id: true, stage: true },
      orderBy: { submittedAt: 'asc' },
    }),
  ]);

  const chains = groupBy(
    rows.filter((r) => r.delegationId !== null),
    (r) => r.delegationId as string,
  );
  const problems: AuditProblem[] = [
    ...[...chains].flatMap(([delegationId, chain]) => checkChain(delegationId, chain)),
    ...(scope.delegationId
      ? []
      : orphanProblems(rows.filter((r): r is ChainRow => r.delegationId === null))),
  ];
  const bySeq = new Map(
    rows.map((r) => [`${r.delegationId}|${r.seq}`, { id: r.id.toString(), hash: r.hash }]),
  );
  const anchorProblems = checkAnchors(anchors, (d, seq) => bySeq.get(`${d}|${seq}`)).filter(
    (p) =>
      !scope.delegationId || p.table === 'audit_anchor' || p.delegationId === scope.delegationId,
  );
  // A record the chain check already named needs no second line from the anchors.
  const named = new Set(problems.map((p) => `${p.problem}|${p.delegationId}|${p.seq}`));
  problems.push(
    ...anchorProblems.filter((p) => !named.has(`${p.problem}|${p.delegationId}|${p.seq}`)),
  );

  const historiesUnavailable: string[] = [];
  let workflowsListed = false;
  if (temporal) {
    const decisionsOf = groupBy(decisions, (d) => d.delegationId);
    for (const row of delegations) {
      const history = await delegationHistory(temporal, row.id);
      if (!history) {
        const missing = missingWorkflowProblem(row);
        if (missing) problems.push(missing);
        else historiesUnavailable.push(row.id);
        continue;
      }
      problems.push(...checkDecisions(row.id, decisionsOf.get(row.id) ?? [], history));
    }
    if (!scope.delegationId) {
      const fromWorkflows = await workflowProblems(temporal, delegations);
      workflowsListed = fromWorkflows !== undefined;
      problems.push(...(fromWorkflows ?? []));
    }
  }

  const last = anchors[anchors.length - 1];
  return {
    ok: problems.length === 0,
    checkedAt: new Date().toISOString(),
    delegations: delegations.length,
    auditRecords: rows.length,
    anchors: anchors.length,
    latestAnchor: last ? { day: anchorDayOf(last.day), hash: last.hash } : null,
    decisionsChecked: temporal !== undefined,
    decisionsCompared: temporal
      ? decisions.filter((d) => !historiesUnavailable.includes(d.delegationId)).length
      : 0,
    historiesUnavailable,
    workflowsListed,
    problems,
  };
}
