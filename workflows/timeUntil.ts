import { sleep } from '@temporalio/workflow';

/**
 * Milliseconds from the workflow clock to an instant. Date.now() inside the workflow sandbox is
 * Temporal's deterministic workflow time (the time of the current workflow task), not the host
 * clock, so this replays identically.
 */
export function msUntil(instantIso: string): number {
  return Math.max(0, Date.parse(instantIso) - Date.now());
}

/** The workflow clock as an ISO instant, for timestamps recorded in history. */
export function workflowNow(): string {
  return new Date(Date.now()).toISOString();
}

export async function sleepUntil(instantIso: string): Promise<void> {
  const ms = msUntil(instantIso);
  if (ms > 0) await sleep(ms);
}

/** The deadline that falls first. */
export function earliest<T extends { dueAt: string }>(a: T, b: T): T {
  return Date.parse(a.dueAt) <= Date.parse(b.dueAt) ? a : b;
}
