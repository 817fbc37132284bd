// Reads a workflow history (the SDK's proto objects) as the facts an auditor asks about: which
// activity ran with what input and what it answered, which Update was accepted with what request.
import { defaultPayloadConverter } from '@temporalio/common';
import type { History } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';

export type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
type Payloads = temporal.api.common.v1.IPayloads | null | undefined;

const { EventType } = temporal.api.enums.v1;

/** EVENT_TYPE_ACTIVITY_TASK_SCHEDULED → ActivityTaskScheduled, as Temporal's UI and CLI name it. */
export function eventTypeName(e: HistoryEvent): string {
  const constant =
    EventType[e.eventType ?? EventType.EVENT_TYPE_UNSPECIFIED] ?? 'EVENT_TYPE_UNSPECIFIED';
  return constant
    .replace(/^EVENT_TYPE_/, '')
    .toLowerCase()
    .replace(/(^|_)([a-z])/g, (_m, _sep: string, c: string) => c.toUpperCase());
}

export const eventIdOf = (e: HistoryEvent): number => Number(e.eventId ?? 0);

/**
 * ISO instant of an event. Seconds are a Long from the server but a plain number or string from
 * historyFromJSON, so they go through Number() rather than the SDK's Long-only tsToDate.
 */
export function eventTimeOf(e: HistoryEvent): string {
  const t = e.eventTime;
  return t
    ? new Date(Number(t.seconds ?? 0) * 1000 + Math.floor((t.nanos ?? 0) / 1e6)).toISOString()
    : '';
}

export function decodePayloads(p: Payloads): unknown[] {
  return (p?.payloads ?? []).map((payload) => defaultPayloadConverter.fromPayload(payload));
}

export interface ActivityCall {
  scheduledEventId: number;
  activityType: string;
  /** The first (here the only) argument every activity of this project takes. */
  input: unknown;
  scheduledAt: string;
  result?: unknown;
  completedEventId?: number;
  completedAt?: string;
}

/** Every activity the workflow scheduled, with its result once completed. */
export function activityCalls(history: History): ActivityCall[] {
  const calls = new Map<number, ActivityCall>();
  for (const e of history.events ?? []) {
    const scheduled = e.activityTaskScheduledEventAttributes;
    if (scheduled) {
      calls.set(eventIdOf(e), {
        scheduledEventId: eventIdOf(e),
        activityType: scheduled.activityType?.name ?? '',
        input: decodePayloads(scheduled.input)[0],
        scheduledAt: eventTimeOf(e),
      });
    }
    const completed = e.activityTaskCompletedEventAttributes;
    const call = completed && calls.get(Number(completed.scheduledEventId ?? 0));
    if (completed && call) {
      call.result = decodePayloads(completed.result)[0];
      call.completedEventId = eventIdOf(e);
      call.completedAt = eventTimeOf(e);
    }
  }
  return [...calls.values()];
}

export interface AcceptedUpdate {
  eventId: number;
  name: string;
  args: unknown[];
  at: string;
}

/** Every Update the workflow accepted (validators refuse the rest, which never reach history). */
export function acceptedUpdates(history: History): AcceptedUpdate[] {
  return (history.events ?? []).flatMap((e) => {
    const input = e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input;
    return input
      ? [
          {
            eventId: eventIdOf(e),
            name: input.name ?? '',
            args: decodePayloads(input.args),
            at: eventTimeOf(e),
          },
        ]
      : [];
  });
}

/** The workflow's input, as the API started it. */
export function workflowInput(
  history: History,
): { eventId: number; at: string; input: unknown } | undefined {
  const first = history.events?.[0];
  const started = first?.workflowExecutionStartedEventAttributes;
  return first && started
    ? { eventId: eventIdOf(first), at: eventTimeOf(first), input: decodePayloads(started.input)[0] }
    : undefined;
}
