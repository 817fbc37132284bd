import { WorkflowUpdateFailedError, WorkflowNotFoundError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';

export interface UpdateRefusal {
  type: string;
  message: string;
  details: Record<string, unknown>;
}

export const endedMessage =
  'Đoàn này đã kết thúc (bị từ chối, đã hủy, hết hạn hoặc đã đóng); không thể thay đổi nữa. / This delegation has already ended (rejected, cancelled, lapsed or closed); it can no longer be changed.';

/** The workflow's reason for refusing an Update (validator or handler), or undefined. */
export function updateRefusalOf(err: unknown): UpdateRefusal | undefined {
  // Temporal answers an Update to a workflow that has ended as "not found". Every route that
  // sends one has found the delegation's row first, and no row exists without its workflow.
  if (err instanceof WorkflowNotFoundError)
    return { type: 'Ended', message: endedMessage, details: {} };
  if (!(err instanceof WorkflowUpdateFailedError)) return undefined;
  const cause = err.cause;
  if (cause instanceof ApplicationFailure) {
    const first: unknown = cause.details?.[0];
    const type = cause.type ?? 'Refused';
    return {
      type,
      message: type === 'Ended' ? endedMessage : cause.message,
      details: first && typeof first === 'object' ? (first as Record<string, unknown>) : {},
    };
  }
  return { type: 'Refused', message: cause?.message ?? err.message, details: {} };
}
