// One line of a delegation's audit timeline, in the shape the JSON, CSV and HTML views share.
import { z } from 'zod';
import { vietnamDateOf } from '../../domain/vnFormat';

export const timelineKinds = [
  'submitted',
  'policy',
  'stage',
  'decision',
  'email',
  'reminder',
  'escalation',
  'deadline',
  'proposal_version',
  'return_date',
  'cancellation',
  'report',
  'review',
  'update_refused',
  'workflow_closed',
  'other',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export const timelineEntrySchema = z.object({
  /** The instant, UTC (ISO 8601). */
  at: z.string(),
  /** The same instant in Asia/Ho_Chi_Minh, dd/mm/yyyy HH:MM:SS. */
  localTime: z.string(),
  kind: z.enum(timelineKinds),
  summary: z.string(),
  actor: z
    .object({
      id: z.string(),
      name: z.string().optional(),
      onBehalfOf: z.object({ id: z.string(), name: z.string().optional() }).optional(),
    })
    .optional(),
  ip: z.string().optional(),
  userAgent: z.string().optional(),
  comment: z.string().optional(),
  /** Email recipients. */
  to: z.array(z.string()).optional(),
  details: z.record(z.string(), z.unknown()),
  /** Where it was read: the audit_event row and/or the Temporal history event. */
  source: z.object({
    audit: z.object({ id: z.string(), seq: z.number(), hash: z.string() }).optional(),
    historyEventId: z.number().optional(),
  }),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const timelineSchema = z.object({
  delegationId: z.string(),
  workflowId: z.string(),
  lang: z.enum(['vi', 'en']),
  timeZone: z.literal('Asia/Ho_Chi_Minh'),
  /** False when Temporal no longer has the history (retention): the timeline is the audit rows only. */
  historyAvailable: z.boolean(),
  entries: z.array(timelineEntrySchema),
});
export type Timeline = z.infer<typeof timelineSchema>;

const vietnamOffsetMs = 7 * 3_600_000;

/** dd/mm/yyyy HH:MM:SS in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving). */
export function vietnamTime(instantIso: string): string {
  const [y, m, d] = vietnamDateOf(instantIso).split('-');
  const clock = new Date(Date.parse(instantIso) + vietnamOffsetMs).toISOString().slice(11, 19);
  return `${d}/${m}/${y} ${clock}`;
}

/** Omits absent optional fields so the JSON stays what the schema says. */
export function entry(e: Omit<TimelineEntry, 'localTime'>): TimelineEntry {
  const clean = Object.fromEntries(
    Object.entries(e).filter(([, v]) => v !== undefined && v !== null),
  ) as Omit<TimelineEntry, 'localTime'>;
  return { ...clean, localTime: vietnamTime(e.at) };
}
