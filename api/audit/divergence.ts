// Says in plain English where a replay left the recorded history: the event, what the history
// recorded there, and what the current code does instead. The SDK reports this in the words of its
// state machines ("Timer machine does not handle this event: HistoryEvent(id: 72, …)").
import type { History } from '@temporalio/common/lib/proto-utils';
import { activityCalls, eventIdOf, eventTypeName, type HistoryEvent } from './historyEvents';

export interface Divergence {
  /** The first event of the history that the current code does not reproduce. */
  eventId?: number;
  eventType?: string;
  description: string;
}

/** The SDK's names of what the code did, as a person would say it. */
const commandOfMachine: Record<string, string> = {
  Timer: 'starts a timer',
  Activity: 'schedules an activity',
  Update: 'handles an update',
  'Complete workflow': 'completes the workflow',
  'Fail workflow': 'fails the workflow',
  'Cancel workflow': 'cancels the workflow',
  'Continue as new workflow': 'continues as a new run',
  'Child workflow': 'starts a child workflow',
  'Signal external WF': 'signals another workflow',
  'Cancel external WF': 'cancels another workflow',
  'Nexus operation': 'starts a Nexus operation',
};

const words = (pascal: string) => pascal.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function seconds(d: { seconds?: unknown; nanos?: number | null } | null | undefined): number {
  return Number(d?.seconds ?? 0) + (d?.nanos ?? 0) / 1e9;
}

function duration(s: number): string {
  if (s >= 86_400) return `${(s / 86_400).toFixed(1)} days`;
  if (s >= 3_600) return `${(s / 3_600).toFixed(1)} hours`;
  return `${Math.round(s)} seconds`;
}

/** What a history event records, e.g. `the activity "recordStage" was scheduled (stage "on_trip")`. */
export function describeEvent(history: History, e: HistoryEvent): string {
  const type = eventTypeName(e);
  switch (type) {
    case 'ActivityTaskScheduled': {
      const call = activityCalls(history).find((c) => c.scheduledEventId === eventIdOf(e));
      const input = (call?.input ?? {}) as { stage?: unknown; notification?: unknown };
      const about =
        typeof input.stage === 'string'
          ? ` (stage "${input.stage}")`
          : typeof input.notification === 'string'
            ? ` (notification "${input.notification}")`
            : '';
      return `the activity "${call?.activityType ?? '?'}" was scheduled${about}`;
    }
    case 'TimerStarted':
      return `a timer was started to fire after ${duration(seconds(e.timerStartedEventAttributes?.startToFireTimeout))}`;
    case 'UpsertWorkflowSearchAttributes':
      return 'the search attributes were updated';
    case 'MarkerRecorded':
      return `the marker "${e.markerRecordedEventAttributes?.markerName ?? ''}" was recorded`;
    case 'WorkflowExecutionUpdateAccepted':
      return `the update "${e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name ?? ''}" was accepted`;
    case 'WorkflowExecutionCompleted':
      return 'the workflow completed';
    default:
      return `an event "${words(type)}" happened`;
  }
}

/** What the current code does where the history says otherwise, from the SDK's message. */
function whatTheCodeDoes(message: string): string {
  const activity = /activity type of activity command '([^']+)'/.exec(message);
  if (activity) return `schedules the activity "${activity[1]}" there instead`;
  if (/No command scheduled for event/.test(message))
    return 'does nothing there (it issues no command at that point)';
  const machine = /([A-Za-z ]+?) machine does not handle this event/.exec(message);
  const command = machine && commandOfMachine[machine[1]?.trim() ?? ''];
  if (command) return `${command} there instead`;
  return `does something else there (${/Nondeterminism error: ([^"]+)/.exec(message)?.[1] ?? message})`;
}

/** The event the SDK names in its message, when it names one. */
export function eventNamedIn(message: string): number | undefined {
  const m = /HistoryEvent\(id: (\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
}

/**
 * Explains a nondeterminism error at a known event. `eventId` comes from the SDK's message or,
 * when the message names none, from locating the failing workflow task (see replay.ts).
 */
export function explainNondeterminism(
  history: History,
  message: string,
  eventId: number | undefined,
): Divergence {
  const e =
    eventId === undefined ? undefined : history.events?.find((x) => eventIdOf(x) === eventId);
  const instead = whatTheCodeDoes(message);
  if (!e) return { description: `The current code does not replay this history: it ${instead}.` };
  return {
    eventId,
    eventType: eventTypeName(e),
    description: `At event ${eventId} (${eventTypeName(e)}) the history records that ${describeEvent(history, e)}, but the current code ${instead}.`,
  };
}

/** A workflow task that throws during replay (not a different command, an error in the code). */
export function explainTaskFailure(
  history: History,
  message: string,
  eventId: number | undefined,
): Divergence {
  const reason = /message: "([^"]+)"/.exec(message)?.[1] ?? message;
  const e =
    eventId === undefined ? undefined : history.events?.find((x) => eventIdOf(x) === eventId);
  return {
    eventId: e ? eventId : undefined,
    eventType: e ? eventTypeName(e) : undefined,
    description: `${e ? `At event ${eventId} (${eventTypeName(e)}) the` : 'The'} current code fails while replaying: ${reason}.`,
  };
}
