import { hashToken } from '../activities/actionTokens';
import { proposalSchema, type Proposal } from '../domain/proposal';
import { reportSchema, type ReportContent } from '../domain/report';
import { conflictOfInterest, type ConflictOfInterest } from '../domain/segregationOfDuties';
import type { Db } from '../prisma/client';

export type ActionLinkState =
  | { kind: 'unknown' }
  | { kind: 'expired'; expiredAt: Date }
  | { kind: 'decided'; by: string; at: Date; decision: string }
  | { kind: 'superseded'; currentVersion: number }
  | { kind: 'cancelled' }
  | { kind: 'stage_moved'; stage: string }
  | { kind: 'not_entitled' }
  | { kind: 'conflict_of_interest'; conflict: ConflictOfInterest }
  /** A signed-in person opened a link mailed to someone else. */
  | { kind: 'not_for_you'; approverName: string }
  | { kind: 'open'; token: OpenToken };

export interface OpenToken {
  id: string;
  purpose: string;
  delegationId: string;
  stage: string;
  proposalVersion: number;
  approverId: string;
  approverName: string;
  onBehalfOfId: string | null;
  onBehalfOfName: string | null;
  allowedDecisions: string[];
  proposal: Proposal;
  duplicateWarnings: string[];
  /** For a review link: the filed report, whose measured values the review weighs. */
  report: ReportContent | null;
}

/** A link as it is now, and the language its approver chose (null when the link is nobody's). */
export interface ActionLink {
  state: ActionLinkState;
  approverLocale: string | null;
}

const tokenByHash = (db: Db, rawToken: string) =>
  db.actionToken.findUnique({
    where: { tokenHash: hashToken(rawToken) },
    include: { approver: true, onBehalfOf: true, delegation: { include: { report: true } } },
  });
type TokenRow = NonNullable<Awaited<ReturnType<typeof tokenByHash>>>;

export async function actionLinkOf(
  db: Db,
  rawToken: string,
  now = new Date(),
): Promise<ActionLink> {
  const t = await tokenByHash(db, rawToken);
  return t
    ? { state: await stateOf(db, t, now), approverLocale: t.approver.locale }
    : { state: { kind: 'unknown' }, approverLocale: null };
}

/**
 * What a link means right now, the most current fact first: a cancellation, then a newer
 * version of the proposal, then a decision already taken (by whom, when), then a stage that
 * moved on, then expiry.
 */
async function stateOf(db: Db, t: TokenRow, now: Date): Promise<ActionLinkState> {
  const d = t.delegation;
  if (d.stage === 'cancelled') return { kind: 'cancelled' };
  if (d.proposalVersion !== t.proposalVersion)
    return { kind: 'superseded', currentVersion: d.proposalVersion };
  const decided = await db.decision.findUnique({
    where: {
      delegationId_stage_proposalVersion: {
        delegationId: t.delegationId,
        stage: t.stage,
        proposalVersion: t.proposalVersion,
      },
    },
    include: { actor: true },
  });
  if (decided)
    return {
      kind: 'decided',
      by: decided.actor?.name ?? '—',
      at: decided.decidedAt,
      decision: decided.decision,
    };
  if (t.purpose === 'review') {
    const review = await db.review.findUnique({ where: { delegationId: t.delegationId } });
    if (review)
      return {
        kind: 'decided',
        by: review.reviewerId ?? '—',
        at: review.reviewedAt,
        decision: review.rating,
      };
  }
  if (d.stage !== t.stage) return { kind: 'stage_moved', stage: d.stage };
  if (t.expiresAt <= now) return { kind: 'expired', expiredAt: t.expiresAt };
  const proposal = proposalSchema.parse(d.proposal);
  const conflict = conflictOfInterest(
    { submittedById: d.submittedById, memberEmails: proposal.members.map((m) => m.email) },
    { personId: t.approverId, email: t.approver.email },
  );
  if (conflict) return { kind: 'conflict_of_interest', conflict };
  const warnings = Array.isArray(d.duplicateOf)
    ? d.duplicateOf.map((w) => {
        const summary = (w as { summary?: unknown }).summary;
        return typeof summary === 'string' ? summary : '';
      })
    : [];
  return {
    kind: 'open',
    token: {
      id: t.id,
      purpose: t.purpose,
      delegationId: t.delegationId,
      stage: t.stage,
      proposalVersion: t.proposalVersion,
      approverId: t.approverId,
      approverName: t.approver.name,
      onBehalfOfId: t.onBehalfOfId,
      onBehalfOfName: t.onBehalfOf?.name ?? null,
      allowedDecisions: t.allowedDecisions,
      proposal,
      duplicateWarnings: warnings,
      report: t.purpose === 'review' && d.report ? reportSchema.parse(d.report.content) : null,
    },
  };
}
