import type { ReportContent } from '../domain/report';
import type { ReviewContent } from '../domain/review';
import type { Db } from '../prisma/client';
import { appendAuditEvent } from './auditTrail';

export function reportActivities(db: Db) {
  return {
    /** R-REPORT: stores the report (late ones too, with how late) and links its attachments. */
    async saveReport(i: {
      delegationId: string;
      content: ReportContent;
      filedById?: string;
      attachmentIds: string[];
      filedAt: string;
      dueAt: string;
      workingDaysLate: number;
    }): Promise<void> {
      await db.$transaction(async (tx) => {
        const report = await tx.report.upsert({
          where: { delegationId: i.delegationId },
          create: {
            delegationId: i.delegationId,
            filedById: i.filedById,
            filedAt: new Date(i.filedAt),
            dueAt: new Date(i.dueAt),
            late: i.workingDaysLate > 0,
            workingDaysLate: i.workingDaysLate,
            content: i.content,
          },
          update: {},
        });
        if (i.attachmentIds.length > 0) {
          await tx.attachment.updateMany({
            where: { id: { in: i.attachmentIds } },
            data: { reportId: report.id },
          });
        }
        await appendAuditEvent(tx, {
          delegationId: i.delegationId,
          kind: 'report_filed',
          occurredAt: new Date(i.filedAt),
          actorId: i.filedById,
          data: {
            late: i.workingDaysLate > 0,
            workingDaysLate: i.workingDaysLate,
            dueAt: i.dueAt,
            attachments: i.attachmentIds,
          },
        });
      });
    },

    /** R-ACCOUNTABILITY: the reviewer's rating and per-problem outcomes. */
    async saveReview(i: {
      delegationId: string;
      content: ReviewContent;
      reviewerId: string;
      tokenId?: string;
      reviewedAt: string;
    }): Promise<void> {
      await db.$transaction(async (tx) => {
        const existing = await tx.review.findUnique({ where: { delegationId: i.delegationId } });
        if (existing) return;
        await tx.review.create({
          data: {
            delegationId: i.delegationId,
            reviewerId: i.reviewerId,
            rating: i.content.rating,
            outcomes: i.content.outcomes,
            comment: i.content.comment,
            reviewedAt: new Date(i.reviewedAt),
          },
        });
        if (i.tokenId)
          await tx.actionToken.update({
            where: { id: i.tokenId },
            data: { usedAt: new Date(i.reviewedAt) },
          });
        await appendAuditEvent(tx, {
          delegationId: i.delegationId,
          kind: 'review_recorded',
          occurredAt: new Date(i.reviewedAt),
          actorId: i.reviewerId,
          data: { rating: i.content.rating, outcomes: i.content.outcomes },
        });
      });
    },
  };
}
