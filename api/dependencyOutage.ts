// Which dependency a failed request could not reach, if that is why it failed: the one test that
// turns an outage into 503 instead of 500 for every route (app.ts's error handler).
import { isDatabaseUnreachable } from '../prisma/databaseUnreachable';
import { isTemporalUnreachable } from './temporalConnection';

export type DependencyOutage = 'database' | 'temporal';

export function dependencyOutageOf(err: unknown): DependencyOutage | undefined {
  if (isTemporalUnreachable(err)) return 'temporal';
  if (isDatabaseUnreachable(err)) return 'database';
  return undefined;
}
