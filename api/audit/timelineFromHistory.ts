// What only the Temporal history knows, as timeline entries: the submission as the workflow
// received it, the policy version it applied, every deadline it computed (with the calendar and
// policy versions used), refused requests and the end of the workflow. It also says which history
// event stands behind each audit row that an activity wrote.
import type { History } from '@temporalio/common/lib/proto-utils';
import { formatDateVi } from '../../domain/vnFormat';
import type { RecordedDeadline } from '../../workflows/delegationState';
import {
  activityCalls,
  decodePayloads,
  eventIdOf,
  eventTimeOf,
  workflowInput,
  type ActivityCall,
} from './historyEvents';
import { entry, type TimelineEntry } from './timelineEntry';
import { say, stageName, type Lang } from './timelineLabels';

type Input = Record<string, unknown>;

/**
 * The fact an activity wrote to audit_event, as a key both sides compute: the timeline shows one
 * entry per fact with both sources, and a fact missing from audit_event is visible as such.
 */
export function auditKeyOfCall(c: ActivityCall): string | undefined {
  const i = (c.input ?? {}) as Input;
  switch (c.activityType) {
    case 'recordStage':
      return `stage_entered|${String(i.stage)}|${String(i.at)}`;
    case 'recordDecision': {
      const d = (i.decision ?? {}) as Input;
      return `decision_recorded|${String(d.stage)}|${String(d.proposalVersion)}`;
    }
    case 'saveReport':
      return 'report_filed';
    case 'saveReview':
      return 'review_recorded';
    case 'recordProposalVersion':
      return `proposal_version|${String(i.version)}`;
    case 'recordReturnDate':
      return `return_date_recorded|${String(i.at)}`;
    case 'recordCancellation':
      return `cancellation_requested|${String(i.at)}`;
    default:
      return undefined;
  }
}

export function auditKeyOfRow(row: { kind: string; occurredAt: Date; data: unknown }): string {
  const d = (row.data ?? {}) as Input;
  switch (row.kind) {
    case 'stage_entered':
      return `stage_entered|${String(d.stage)}|${row.occurredAt.toISOString()}`;
    case 'decision_recorded':
      return `decision_recorded|${String(d.stage)}|${String(d.proposalVersion)}`;
    case 'proposal_amended':
    case 'trip_changed':
      return `proposal_version|${String(d.version)}`;
    case 'return_date_recorded':
      return `return_date_recorded|${row.occurredAt.toISOString()}`;
    case 'cancellation_requested':
      return `cancellation_requested|${row.occurredAt.toISOString()}`;
    default:
      return row.kind;
  }
}

function deadlineSummary(c: ActivityCall, due: RecordedDeadline, lang: Lang): string {
  const i = (c.input ?? {}) as Input;
  const dueText = `${formatDateVi(due.dueDate)} (${say(lang, 'lịch', 'calendar')} ${due.calendarVersion}, ${say(lang, 'chính sách', 'policy')} ${due.policyVersionId})`;
  if (c.activityType === 'departureDeadline') {
    return say(
      lang,
      `Hạn chót cho ý kiến: trước ngày khởi hành ${dueText}`,
      `Last moment to decide: before the departure day ${dueText}`,
    );
  }
  if (c.activityType === 'lastDayForNotice') {
    return say(
      lang,
      `Hạn chót nộp lại đủ ${String(i.workingDays)} ngày làm việc trước khởi hành (R-NOTICE): ${dueText}`,
      `Last day to resubmit ${String(i.workingDays)} working days before departure (R-NOTICE): ${dueText}`,
    );
  }
  const from = [i.fromDate, i.fromInstant].find((x): x is string => typeof x === 'string') ?? '';
  return say(
    lang,
    `${String(i.workingDays)} ngày làm việc kể từ ${from ? formatDateVi(from) : '—'}: hạn ${dueText}`,
    `${String(i.workingDays)} working days from ${from ? formatDateVi(from) : '—'}: due ${dueText}`,
  );
}

const deadlineActivities = new Set(['computeDeadline', 'departureDeadline', 'lastDayForNotice']);

function callEntry(c: ActivityCall, lang: Lang): TimelineEntry | undefined {
  if (c.result === undefined || !c.completedEventId) return undefined;
  const at = c.completedAt ?? c.scheduledAt;
  const source = { historyEventId: c.completedEventId };
  // The policy as loaded, or (since submissions are stored by the workflow) as the stored
  // submission returned it.
  const policy =
    c.activityType === 'loadPolicy'
      ? c.result
      : c.activityType === 'storeSubmission'
        ? (c.result as { policy?: unknown }).policy
        : undefined;
  if (policy) {
    const p = policy as { versionId: string; effectiveFrom: string };
    return entry({
      at,
      source,
      kind: 'policy',
      summary: say(
        lang,
        `Áp dụng chính sách ${p.versionId} (hiệu lực từ ${formatDateVi(p.effectiveFrom)})`,
        `Policy ${p.versionId} applies (in force from ${formatDateVi(p.effectiveFrom)})`,
      ),
      details: { policyVersionId: p.versionId, effectiveFrom: p.effectiveFrom },
    });
  }
  if (deadlineActivities.has(c.activityType)) {
    const due = c.result as RecordedDeadline;
    return entry({
      at,
      source,
      kind: 'deadline',
      summary: deadlineSummary(c, due, lang),
      details: { ...(c.input as Input), ...due },
    });
  }
  return undefined;
}

/** An activity that wrote an audit row which is not in audit_event: shown, and said so. */
export function missingAuditEntry(c: ActivityCall, lang: Lang): TimelineEntry {
  const i = (c.input ?? {}) as Input;
  const what =
    typeof i.stage === 'string'
      ? `${c.activityType} (${stageName(i.stage, lang)})`
      : c.activityType;
  return entry({
    at: c.completedAt ?? c.scheduledAt,
    source: { historyEventId: c.scheduledEventId },
    kind: 'other',
    summary: say(
      lang,
      `${what} — không có bản ghi kiểm toán tương ứng`,
      `${what} — no matching audit record`,
    ),
    details: i,
  });
}

export function historyEntries(history: History, lang: Lang): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const start = workflowInput(history);
  if (start) {
    const i = start.input as {
      submittedAt?: string;
      policyVersionId?: string;
      proposal?: { title?: string; unitId?: string };
    };
    entries.push(
      entry({
        at: i.submittedAt ?? start.at,
        source: { historyEventId: start.eventId },
        kind: 'submitted',
        summary: say(
          lang,
          `Đơn vị ${i.proposal?.unitId ?? ''} nộp đề xuất "${i.proposal?.title ?? ''}"`,
          `Unit ${i.proposal?.unitId ?? ''} submitted "${i.proposal?.title ?? ''}"`,
        ),
        details: { policyVersionId: i.policyVersionId },
      }),
    );
  }
  for (const c of activityCalls(history)) {
    const e = callEntry(c, lang);
    if (e) entries.push(e);
  }
  const updateNames = new Map<string, string>();
  for (const e of history.events ?? []) {
    const accepted = e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest;
    if (accepted) updateNames.set(accepted.meta?.updateId ?? '', accepted.input?.name ?? '');
    const completed = e.workflowExecutionUpdateCompletedEventAttributes;
    const failure = completed?.outcome?.failure;
    if (completed && failure) {
      const name = updateNames.get(completed.meta?.updateId ?? '') ?? '';
      entries.push(
        entry({
          at: eventTimeOf(e),
          source: { historyEventId: eventIdOf(e) },
          kind: 'update_refused',
          summary: say(
            lang,
            `Yêu cầu "${name}" bị từ chối: ${failure.message ?? ''}`,
            `Request "${name}" refused: ${failure.message ?? ''}`,
          ),
          details: { update: name, type: failure.applicationFailureInfo?.type ?? null },
        }),
      );
    }
    const closed = e.workflowExecutionCompletedEventAttributes;
    if (closed) {
      const result = decodePayloads(closed.result)[0] as { stage?: string } | undefined;
      entries.push(
        entry({
          at: eventTimeOf(e),
          source: { historyEventId: eventIdOf(e) },
          kind: 'workflow_closed',
          summary: `${say(lang, 'Quy trình kết thúc ở bước', 'The workflow ended in stage')}: ${stageName(result?.stage ?? '', lang)}`,
          details: { stage: result?.stage ?? null },
        }),
      );
    }
  }
  return entries;
}
