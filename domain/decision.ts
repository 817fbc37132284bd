import { z } from 'zod';
import { vnText } from './vnText';
import type { DecisionStage } from './stage';

/** What each reviewing body may decide (regulation.md, steps 2 and 3). */
export const decisionsByStage = {
  committee_review: ['approve', 'reject', 'return'],
  standing_committee_review: ['approve', 'approve_reduced', 'reject'],
} as const satisfies Record<DecisionStage, readonly string[]>;

export type DecisionKind =
  | (typeof decisionsByStage.committee_review)[number]
  | (typeof decisionsByStage.standing_committee_review)[number];

export const decisionNamesVi: Record<DecisionKind, string> = {
  approve: 'Đồng ý',
  reject: 'Không đồng ý',
  return: 'Trả lại để chỉnh sửa',
  approve_reduced: 'Đồng ý với số thành viên tối đa',
};

/** A form issue in both languages: `message` in English, `params.messageVi` for the page. */
const issueIn = (path: string, message: string, messageVi: string) => ({
  code: 'custom' as const,
  path: [path],
  message,
  params: { messageVi },
});

/** The form an approver submits; reason/changes are required where the rule needs them. */
export const decisionFormSchema = z
  .object({
    decision: z.enum(['approve', 'reject', 'return', 'approve_reduced']),
    comment: z.preprocess((v) => (v === '' ? undefined : v), vnText(5000).optional()),
    maxTeamSize: z.preprocess(
      (v) => (v === '' || v === undefined ? undefined : Number(v)),
      z.number().int().min(1).max(10_000).optional(),
    ),
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'reject' && !d.comment)
      ctx.addIssue(
        issueIn(
          'comment',
          'Please give the reason for not approving.',
          'Vui lòng nêu lý do không đồng ý.',
        ),
      );
    if (d.decision === 'return' && !d.comment)
      ctx.addIssue(
        issueIn(
          'comment',
          'Please say what needs to change.',
          'Vui lòng nêu nội dung cần chỉnh sửa.',
        ),
      );
    if (d.decision === 'approve_reduced' && d.maxTeamSize === undefined)
      ctx.addIssue(
        issueIn(
          'maxTeamSize',
          'Please enter the largest team allowed.',
          'Vui lòng nhập số thành viên tối đa.',
        ),
      );
  });
export type DecisionForm = z.infer<typeof decisionFormSchema>;

/** Who acted, from where: recorded with every decision (database and workflow history). */
export interface DecisionActor {
  personId: string;
  personName: string;
  /** Set when a substitute decides for an absent approver. */
  onBehalfOfId?: string;
  onBehalfOfName?: string;
  ip?: string;
  userAgent?: string;
}

export interface DecisionRequest extends DecisionForm {
  stage: DecisionStage;
  proposalVersion: number;
  actor: DecisionActor;
  tokenId?: string;
}

export interface RecordedDecision extends DecisionRequest {
  decidedAt: string;
}
