import { attachmentNotOfDelegation } from '../domain/attachmentRules';
import type { RuleViolation } from '../domain/ruleViolation';
import type { Db } from '../prisma/client';

/**
 * R-REPORT: a report links only attachments uploaded for its own delegation and not yet part of a
 * report. Checked before the workflow is asked, because linking rewrites the attachment's owner:
 * one delegation must not take over another's files by naming their ids.
 */
export async function foreignAttachmentViolations(
  db: Db,
  delegationId: string,
  attachmentIds: string[],
): Promise<RuleViolation[]> {
  if (attachmentIds.length === 0) return [];
  const own = await db.attachment.findMany({
    where: { id: { in: attachmentIds }, delegationId, reportId: null },
    select: { id: true },
  });
  const ownIds = new Set(own.map((a) => a.id));
  return attachmentIds.flatMap((id, i) => (ownIds.has(id) ? [] : [attachmentNotOfDelegation(i)]));
}
