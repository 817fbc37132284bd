// The API's connection to Temporal, bounded so that a request answers 503 within seconds while
// the server is down. The SDK's defaults retry an unreachable server for about 20 s (10 attempts,
// backing off to 5 s) and put no deadline on a call, so a server that accepts connections and
// never answers would hold a request forever.
import { InterceptingCall, status } from '@grpc/grpc-js';
import {
  Connection,
  defaultGrpcRetryOptions,
  isGrpcServiceError,
  makeGrpcRetryInterceptor,
  type ConnectionOptions,
} from '@temporalio/client';

type GrpcInterceptor = NonNullable<ConnectionOptions['interceptors']>[number];

export const temporalCallBounds = {
  /** Attempts of a call that failed as retryable (UNAVAILABLE…): about 0.5 s of backing off. */
  attempts: 3,
  /** The deadline of a call whose caller set none. */
  callMs: 4_000,
} as const;

/**
 * Calls that wait, by design, for a workflow to act (an Update until the worker ran its handler).
 * Their callers bound them (decisionWait, submissionWindow); cutting them here would abandon an
 * Update that may still be applied, and the client would be told nothing was done.
 */
const waitingCalls = new Set([
  'UpdateWorkflowExecution',
  'PollWorkflowExecutionUpdate',
  'ExecuteMultiOperation',
]);

const methodOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Gives every other call a deadline, unless the caller set one (Client.withDeadline). */
const defaultDeadline: GrpcInterceptor = (options, nextCall) =>
  new InterceptingCall(
    nextCall(
      options.deadline === undefined && !waitingCalls.has(methodOf(options.method_definition.path))
        ? { ...options, deadline: Date.now() + temporalCallBounds.callMs }
        : options,
    ),
  );

/**
 * Lazy, so the API starts (and answers 503, /healthz included) while Temporal is down, and is
 * connected by the first call once it is back.
 */
export function apiTemporalConnection(address: string): Connection {
  return Connection.lazy({
    address,
    interceptors: [
      defaultDeadline,
      makeGrpcRetryInterceptor(
        defaultGrpcRetryOptions({ maxAttempts: temporalCallBounds.attempts }),
      ),
    ],
  });
}

/**
 * gRPC's UNAVAILABLE (no connection to the server, or it is shutting down) and DEADLINE_EXCEEDED
 * (it did not answer within the call's deadline).
 */
const unreachableCodes = new Set<number>([status.UNAVAILABLE, status.DEADLINE_EXCEEDED]);

/**
 * True when the error, or one it wraps (the SDK wraps gRPC errors in ServiceError and
 * WorkflowUpdateRPCTimeoutOrCancelledError), says Temporal could not be reached in time.
 */
export function isTemporalUnreachable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 8; depth++) {
    if (isGrpcServiceError(e) && unreachableCodes.has(e.code)) {
      return true;
    }
    if (/Failed to connect before the deadline/.test(e.message)) return true;
    e = e.cause;
  }
  return false;
}
