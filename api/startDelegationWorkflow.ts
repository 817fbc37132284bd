import type { Client } from '@temporalio/client';
import type { DelegationInput } from '../workflows/delegation';
import { delegationStageKey, delegationYearKey, unitIdKey } from '../workflows/searchAttributes';

export const workflowIdOf = (delegationId: string): string => `delegation-${delegationId}`;

/** Starts (idempotently, by workflow ID) the workflow of a stored delegation. */
export async function startDelegationWorkflow(
  temporal: Client,
  taskQueue: string,
  input: DelegationInput,
  unitId: string,
  year: number,
): Promise<void> {
  await temporal.workflow.start('delegationWorkflow', {
    workflowId: workflowIdOf(input.delegationId),
    taskQueue,
    args: [input],
    typedSearchAttributes: [
      { key: delegationStageKey, value: 'committee_review' },
      { key: unitIdKey, value: unitId },
      { key: delegationYearKey, value: year },
    ],
  });
}
