// How long an approver's page waits for the decide Update. The Update answers as soon as the
// decision is durable; only a slow or absent worker makes it wait longer, and then the page says
// the decision is being recorded (the Update stays with Temporal and is applied once: its id is
// the link's).
import {
  isGrpcDeadlineError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  type Client,
} from '@temporalio/client';

export const decisionWaitMs = 5_000;

// The SDK reports an Update call cut by the deadline as its own error type, not the gRPC one.
const isDeadline = (err: unknown): boolean =>
  err instanceof WorkflowUpdateRPCTimeoutOrCancelledError ||
  isGrpcDeadlineError(err) ||
  (err instanceof Error && isGrpcDeadlineError(err.cause));

/** The Update's result, or 'pending' when it did not answer within the wait. */
export async function withinDecisionWait<T>(
  temporal: Client,
  run: () => Promise<T>,
): Promise<T | 'pending'> {
  try {
    return await temporal.withDeadline(Date.now() + decisionWaitMs, run);
  } catch (err) {
    if (isDeadline(err)) return 'pending';
    throw err;
  }
}
