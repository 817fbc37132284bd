/** The workflow of a delegation: one per delegation, named by its id (ARCHITECTURE.md). */
export const workflowIdOf = (delegationId: string): string => `delegation-${delegationId}`;
