// The read model against Temporal: every delegation row has its workflow, every delegation
// workflow has its row (except submissions that were refused or not stored, which end without
// one by design), and the stage a running workflow says it is in is the row's stage.
import type { Client } from '@temporalio/client';
import { terminalStages, type Stage } from '../../domain/stage';
import { submissionWindow } from '../../domain/submissionWindow';
import { delegationStageKey } from '../../workflows/searchAttributes';
import { notStoredStage } from '../../workflows/submission';
import { workflowIdOf } from '../startDelegationWorkflow';
import type { AuditProblem } from './auditProblem';
import { grpcStatus, grpcStatusOf } from './grpcStatus';
import { defaultReplayQuery } from './historySources';

export interface ReadModelRow {
  id: string;
  stage: string;
}

/**
 * A row whose history Temporal no longer holds: a problem while it is open (an open delegation's
 * workflow is running and cannot have been purged), retention once it has ended.
 */
export function missingWorkflowProblem(row: ReadModelRow): AuditProblem | undefined {
  if (terminalStages.includes(row.stage as Stage)) return undefined;
  return {
    problem: 'missing_workflow',
    table: 'delegation',
    delegationId: row.id,
    message: `delegation ${row.id} is open (stage ${row.stage}) but has no workflow ${workflowIdOf(row.id)}`,
  };
}

const delegationIdOf = (workflowId: string) => workflowId.replace(/^delegation-/, '');

/**
 * Workflows without a row and stages that disagree, from Temporal's visibility store. Undefined
 * when the server has no visibility queries (the time-skipping test server).
 */
export async function workflowProblems(
  temporal: Client,
  rows: ReadModelRow[],
): Promise<AuditProblem[] | undefined> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: AuditProblem[] = [];
  try {
    for await (const w of temporal.workflow.list({ query: defaultReplayQuery })) {
      const id = delegationIdOf(w.workflowId);
      const stage = w.typedSearchAttributes.get(delegationStageKey);
      const row = byId.get(id);
      if (!row) {
        if (stage === notStoredStage) continue;
        // A submission still within its window may not have stored its row yet.
        if (Date.now() - w.startTime.getTime() < submissionWindow.answerWithinMs) continue;
        problems.push({
          problem: 'missing_row',
          table: 'workflow',
          delegationId: id,
          message: `workflow ${w.workflowId} (${w.status.name}, stage ${stage ?? '?'}) has no delegation row`,
        });
      } else if (w.status.name === 'RUNNING' && stage !== undefined && stage !== row.stage) {
        problems.push({
          problem: 'stage_mismatch',
          table: 'delegation',
          delegationId: id,
          message: `delegation ${id} is in stage ${row.stage} in the read model but ${stage} in its workflow`,
        });
      }
    }
  } catch (err) {
    if (grpcStatusOf(err) === grpcStatus.unimplemented) return undefined;
    throw err;
  }
  return problems;
}
