import type { Client } from '@temporalio/client';
import type { DelegationInput } from '../workflows/delegation';

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
    searchAttributes: { DelegationStage: ['committee_review'], UnitId: [unitId], DelegationYear: [year] },
  });
}
