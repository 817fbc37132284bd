import { WorkflowUpdateFailedError, WorkflowNotFoundError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';

export interface UpdateRefusal {
  type: string;
  message: string;
  details: Record<string, unknown>;
}

/** The workflow's reason for refusing an Update (validator or handler), or undefined. */
export function updateRefusalOf(err: unknown): UpdateRefusal | undefined {
  if (err instanceof WorkflowNotFoundError)
    return { type: 'NotFound', message: err.message, details: {} };
  if (!(err instanceof WorkflowUpdateFailedError)) return undefined;
  const cause = err.cause;
  if (cause instanceof ApplicationFailure) {
    const first: unknown = cause.details?.[0];
    return {
      type: cause.type ?? 'Refused',
      message: cause.message,
      details: first && typeof first === 'object' ? (first as Record<string, unknown>) : {},
    };
  }
  return { type: 'Refused', message: cause?.message ?? err.message, details: {} };
}
