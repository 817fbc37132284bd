import type { Duration } from '@temporalio/common';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities } from '../activities';
import type { ActivityDeps } from '../activities/deps';

export interface WorkerSetup {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  deps: ActivityDeps;
  /** A prebuilt bundle (tests build once); otherwise workflows/ is bundled at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Tests on the time-skipping server restart workers; an empty cache avoids sticky queues. */
  maxCachedWorkflows?: number;
  /**
   * On shutdown, how long activities in flight may go on before they are cancelled, and how long
   * the worker waits for them at most; the entry points set both (shutdownBounds).
   */
  shutdown?: { graceTime: Duration; forceTime: Duration };
}

/** What `npm run worker` and `npm start` give a stopping worker: an SMTP send, a write finish. */
export const shutdownBounds = { graceTime: '10s', forceTime: '20s' } as const;

/** One worker serves the delegation workflows and all activities of a task queue. */
export function createWorker(s: WorkerSetup): Promise<Worker> {
  return Worker.create({
    connection: s.connection,
    namespace: s.namespace,
    taskQueue: s.taskQueue,
    activities: createActivities(s.deps),
    ...(s.maxCachedWorkflows === undefined ? {} : { maxCachedWorkflows: s.maxCachedWorkflows }),
    ...(s.shutdown
      ? { shutdownGraceTime: s.shutdown.graceTime, shutdownForceTime: s.shutdown.forceTime }
      : {}),
    ...(s.workflowBundle
      ? { workflowBundle: s.workflowBundle }
      : { workflowsPath: require.resolve('../workflows') }),
  });
}
