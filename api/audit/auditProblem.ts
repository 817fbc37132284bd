import { z } from 'zod';

/** One finding of the verification, naming the record it is about. */
export const auditProblemSchema = z.object({
  problem: z.enum([
    'changed',
    'inserted',
    'deleted',
    'missing_workflow',
    'missing_row',
    'stage_mismatch',
  ]),
  table: z.enum(['audit_event', 'audit_anchor', 'decision', 'delegation', 'workflow']),
  delegationId: z.string().optional(),
  seq: z.number().optional(),
  /** The row's primary key (audit_event.id, decision.id); absent for a row that is gone. */
  id: z.string().optional(),
  /** audit_anchor.day (YYYY-MM-DD). */
  day: z.string().optional(),
  message: z.string(),
});
export type AuditProblem = z.infer<typeof auditProblemSchema>;
