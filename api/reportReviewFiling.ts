// The report (R-REPORT) and the accountability review (R-ACCOUNTABILITY) once their body is
// parsed, for the JSON routes (POST /api/delegations/:id/report, …/review) and the delegation
// page's forms alike: the checks made before the workflow is asked, then the workflow Update.
import { z } from 'zod';
import { reportSchema } from '../domain/report';
import { reviewSchema } from '../domain/review';
import type { RuleViolation } from '../domain/ruleViolation';
import { fileReportUpdate, fileReviewUpdate, type StageResult } from '../workflows/messages';
import type { Principal } from './access/principal';
import type { ApiDeps } from './apiDeps';
import { foreignAttachmentViolations } from './reportAttachments';
import { reviewerOf, type ReviewerOutcome } from './reviewerOf';
import { workflowIdOf } from './startDelegationWorkflow';

/** The report, and the ids of attachments uploaded for it (POST /api/delegations/:id/attachments). */
export const reportBodySchema = reportSchema.extend({
  attachmentIds: z.array(z.string()).optional(),
});
export const reviewBodySchema = reviewSchema.extend({
  reviewerId: z
    .string()
    .optional()
    .describe(
      'only with an API key: the leader the review is recorded for; a signed-in leader reviews as themselves',
    ),
});

/** A filing that passed the checks made before the workflow is asked; `file` runs the Update. */
interface ReadyFiling {
  ok: true;
  file: () => Promise<StageResult>;
}

/** The report: its attachments must be this delegation's own; then the Update (whose refusals throw). */
export async function reportFiling(
  { db, temporal }: Pick<ApiDeps, 'db' | 'temporal'>,
  id: string,
  { attachmentIds, ...content }: z.infer<typeof reportBodySchema>,
  filedById: string | undefined,
): Promise<ReadyFiling | { ok: false; violations: RuleViolation[] }> {
  const foreign = await foreignAttachmentViolations(db, id, attachmentIds ?? []);
  if (foreign.length > 0) return { ok: false, violations: foreign };
  return {
    ok: true,
    file: () =>
      temporal.workflow
        .getHandle(workflowIdOf(id))
        .executeUpdate(fileReportUpdate, { args: [{ content, attachmentIds, filedById }] }),
  };
}

/** The review: who reviews (segregation of duties); then the Update against the current proposal version. */
export async function reviewFiling(
  { db, temporal }: Pick<ApiDeps, 'db' | 'temporal'>,
  principal: Principal,
  id: string,
  { reviewerId: named, ...content }: z.infer<typeof reviewBodySchema>,
): Promise<ReadyFiling | Exclude<ReviewerOutcome, { ok: true }>> {
  const reviewer = await reviewerOf(db, principal, named, id);
  if (!reviewer.ok) return reviewer;
  const version = (await db.delegation.findUnique({ where: { id } }))?.proposalVersion ?? 0;
  return {
    ok: true,
    file: () =>
      temporal.workflow.getHandle(workflowIdOf(id)).executeUpdate(fileReviewUpdate, {
        args: [{ content, reviewerId: reviewer.personId, proposalVersion: version }],
      }),
  };
}
