import type { WorkflowHandle } from '@temporalio/client';
import type { History } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';

const { EventType } = temporal.api.enums.v1;
const inFlight = new Set([
  EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
  EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED,
]);

/**
 * The history once the workflow has nothing in flight (no activity running, no workflow task
 * open, two reads alike), so a fixture never ends in the middle of a step.
 */
export async function settledHistory(handle: WorkflowHandle, timeoutMs = 30_000): Promise<History> {
  const deadline = Date.now() + timeoutMs;
  let previous = -1;
  for (;;) {
    const [history, description] = await Promise.all([handle.fetchHistory(), handle.describe()]);
    const events = history.events ?? [];
    const last = events[events.length - 1]?.eventType;
    const quiet =
      (description.raw.pendingActivities ?? []).length === 0 && last != null && !inFlight.has(last);
    if (quiet && events.length === previous) return history;
    if (Date.now() > deadline)
      throw new Error(`${handle.workflowId} did not settle within ${timeoutMs} ms`);
    previous = quiet ? events.length : -1;
    await new Promise((r) => setTimeout(r, 400));
  }
}
