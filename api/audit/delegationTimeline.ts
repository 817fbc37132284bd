// A delegation's audit timeline: the Temporal history and the audit_event rows together, one
// entry per fact, in time order (Asia/Ho_Chi_Minh shown, UTC kept).
import type { Client } from '@temporalio/client';
import type { Db } from '../../prisma/client';
import { workflowIdOf } from '../startDelegationWorkflow';
import { activityCalls } from './historyEvents';
import { delegationHistory } from './historySources';
import { auditEntry, peopleIn } from './timelineFromAudit';
import {
  auditKeyOfCall,
  auditKeyOfRow,
  historyEntries,
  missingAuditEntry,
} from './timelineFromHistory';
import type { Timeline, TimelineEntry } from './timelineEntry';
import type { Lang } from './timelineLabels';

/** Undefined when neither the database nor Temporal knows the delegation. */
export async function delegationTimeline(
  db: Db,
  temporal: Client,
  delegationId: string,
  lang: Lang,
): Promise<Timeline | undefined> {
  const [delegation, rows, history] = await Promise.all([
    db.delegation.findUnique({ where: { id: delegationId }, select: { id: true } }),
    db.auditEvent.findMany({ where: { delegationId }, orderBy: { seq: 'asc' } }),
    delegationHistory(temporal, delegationId),
  ]);
  if (!delegation && !history) return undefined;
  const people = await db.person.findMany({
    where: { id: { in: [...new Set(rows.flatMap(peopleIn))] } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((p) => [p.id, p.name]));

  const calls = history ? activityCalls(history) : [];
  const callByKey = new Map(
    calls.flatMap((c) => {
      const key = auditKeyOfCall(c);
      return key !== undefined && c.completedEventId !== undefined ? [[key, c] as const] : [];
    }),
  );
  const matched = new Set<string>();
  const fromAudit = rows.map((row): TimelineEntry => {
    const e = auditEntry(row, names, lang);
    const key = auditKeyOfRow(row);
    const call = callByKey.get(key);
    if (!call) return e;
    matched.add(key);
    return { ...e, source: { ...e.source, historyEventId: call.scheduledEventId } };
  });
  const unmatched = [...callByKey].filter(([key]) => !matched.has(key)).map(([, c]) => c);

  const entries = [
    ...fromAudit,
    ...(history ? historyEntries(history, lang) : []),
    ...unmatched.map((c) => missingAuditEntry(c, lang)),
  ];
  // Stable sort: entries at the same instant keep audit-chain order, then history order.
  entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return {
    delegationId,
    workflowId: workflowIdOf(delegationId),
    lang,
    timeZone: 'Asia/Ho_Chi_Minh',
    historyAvailable: history !== undefined,
    entries,
  };
}
