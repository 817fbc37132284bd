import { isGrpcServiceError } from '@temporalio/client';

/** gRPC status codes the audit routes answer differently (grpc-js is only a transitive dependency). */
export const grpcStatus = { invalidArgument: 3, notFound: 5, unimplemented: 12 } as const;

/**
 * The gRPC status behind an error: raw from the workflow service, or as the cause of the
 * ServiceError the SDK's client methods (list, describe…) wrap it in.
 */
export function grpcStatusOf(err: unknown): number | undefined {
  if (isGrpcServiceError(err)) return err.code;
  const cause = err instanceof Error ? err.cause : undefined;
  return isGrpcServiceError(cause) ? cause.code : undefined;
}
