// Replays recorded histories against the current workflow code (ARCHITECTURE.md: "its event
// history is what auditors replay") and says, per workflow, whether it replays identically and,
// if not, where it leaves the history. The workflow code is bundled once for all histories.
import type { History } from '@temporalio/common/lib/proto-utils';
import { bundleWorkflowCode, Worker, type ReplayWorkerOptions } from '@temporalio/worker';
import {
  eventNamedIn,
  explainNondeterminism,
  explainTaskFailure,
  type Divergence,
} from './divergence';
import { activityCalls, eventIdOf, eventTypeName } from './historyEvents';

export type WorkflowBundle = NonNullable<ReplayWorkerOptions['workflowBundle']>;

export interface HistoryToReplay {
  workflowId: string;
  history: History;
}

export interface ReplayVerdict {
  workflowId: string;
  runId: string;
  events: number;
  identical: boolean;
  divergence?: Divergence;
}

const quiet = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: console.warn,
  error: console.error,
};

/**
 * The workflow code as it is now. WORKFLOW_BUNDLE_PATH names a bundle built beforehand from the
 * same code (the test suite builds one for all its files); otherwise workflows/ is bundled here.
 */
export async function bundleCurrentWorkflows(): Promise<WorkflowBundle> {
  const prebuilt = process.env.WORKFLOW_BUNDLE_PATH;
  if (prebuilt) return { codePath: prebuilt };
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('../../workflows'),
    logger: quiet,
  });
  return { code };
}

let current: Promise<WorkflowBundle> | undefined;

/** Bundled on first use and kept for the life of the process (webpack takes seconds). */
export function currentWorkflowBundle(): Promise<WorkflowBundle> {
  current ??= bundleCurrentWorkflows().catch((err: unknown) => {
    current = undefined;
    throw err;
  });
  return current;
}

const runIdOf = (h: History) =>
  h.events?.[0]?.workflowExecutionStartedEventAttributes?.originalExecutionRunId ?? '';

/** Replays every history with one replay worker; explains each one that does not replay. */
export async function replayHistories(
  histories: AsyncIterable<HistoryToReplay> | Iterable<HistoryToReplay>,
  workflowBundle: WorkflowBundle,
): Promise<ReplayVerdict[]> {
  const seen = new Map<string, History>();
  async function* remembered() {
    for await (const h of histories) {
      seen.set(h.workflowId, h.history);
      yield h;
    }
  }
  const verdicts: ReplayVerdict[] = [];
  for await (const result of Worker.runReplayHistories({ workflowBundle }, remembered())) {
    const history = seen.get(result.workflowId) as History;
    seen.delete(result.workflowId);
    const base = {
      workflowId: result.workflowId,
      runId: result.runId || runIdOf(history),
      events: history.events?.length ?? 0,
    };
    verdicts.push(
      result.error
        ? {
            ...base,
            identical: false,
            divergence: await explain(history, result.error, workflowBundle),
          }
        : { ...base, identical: true },
    );
  }
  return verdicts;
}

async function explain(
  history: History,
  error: Error,
  workflowBundle: WorkflowBundle,
): Promise<Divergence> {
  // By name: the error class comes from the workflow package the replay worker loaded.
  const nondeterministic = error.name === 'DeterminismViolationError';
  const named = eventNamedIn(error.message);
  if (nondeterministic && named !== undefined)
    return explainNondeterminism(history, error.message, named);
  const located = await locateFailingTask(history, workflowBundle, nondeterministic);
  if (!nondeterministic) return explainTaskFailure(history, error.message, located?.startedEventId);
  return explainNondeterminism(
    history,
    error.message,
    located && divergentCommandEvent(history, located.completedEventId, error.message),
  );
}

interface FailingTask {
  /** WorkflowTaskStarted of the task whose code fails or whose commands differ. */
  startedEventId: number;
  /** WorkflowTaskCompleted of that task: its commands are the events right after it. */
  completedEventId?: number;
}

/**
 * When the SDK's message names no event, replays ever longer prefixes of the history (each ending
 * where a workflow task starts) to find the first task that fails: a binary search, so a few
 * replays even for long histories.
 */
async function locateFailingTask(
  history: History,
  workflowBundle: WorkflowBundle,
  commandsDiffer: boolean,
): Promise<FailingTask | undefined> {
  const events = history.events ?? [];
  const starts = events.flatMap((e, i) => (eventTypeName(e) === 'WorkflowTaskStarted' ? [i] : []));
  const fails = async (k: number) => {
    const prefix = k < starts.length ? events.slice(0, (starts[k] as number) + 1) : events;
    return Worker.runReplayHistory(
      { workflowBundle, replayName: 'locate-divergence' },
      { events: prefix },
    ).then(
      () => false,
      () => true,
    );
  };
  // A prefix that ends as task k starts checks the commands of tasks before k and runs task k.
  let [lo, hi] = [0, starts.length];
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (await fails(mid)) hi = mid;
    else lo = mid + 1;
  }
  const task = commandsDiffer ? lo - 1 : lo;
  const startedIndex = starts[task];
  if (startedIndex === undefined) return undefined;
  const completed = events
    .slice(startedIndex + 1)
    .find((e) => eventTypeName(e) === 'WorkflowTaskCompleted');
  return {
    startedEventId: eventIdOf(events[startedIndex] as (typeof events)[number]),
    completedEventId: completed && eventIdOf(completed),
  };
}

/** Among the commands of the failing task, the one the SDK's message is about. */
function divergentCommandEvent(
  history: History,
  completedEventId: number | undefined,
  message: string,
): number | undefined {
  if (completedEventId === undefined) return undefined;
  const scheduledType = /scheduled event '([^']+)'/.exec(message)?.[1];
  const after = (history.events ?? []).filter((e) => eventIdOf(e) > completedEventId);
  if (scheduledType) {
    const ids = new Set(
      activityCalls(history)
        .filter((c) => c.activityType === scheduledType)
        .map((c) => c.scheduledEventId),
    );
    const match = after.find((e) => ids.has(eventIdOf(e)));
    if (match) return eventIdOf(match);
  }
  const first = after[0];
  return first && eventIdOf(first);
}
