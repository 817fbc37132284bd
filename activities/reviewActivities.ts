import { decisionsByStage, type RecordedDecision } from '../domain/decision';
import { describeEscalation, type EscalationReason } from '../domain/escalationReason';
import { conflictOfInterest } from '../domain/segregationOfDuties';
import type { Stage } from '../domain/stage';
import { actionTokenPurpose } from './actionTokenPurpose';
import { issueActionToken } from './actionTokens';
import { approversFor, type Audience } from './approvers';
import { appendAuditEvent } from './auditTrail';
import { storedDelegation } from './delegationRecord';
import type { ActivityDeps } from './deps';
import { actionRequestEmail } from './emails/actionRequest';
import { mailDomain } from './mailer';
import { policyById } from './policyStore';

interface ActionLinkRound {
  delegationId: string;
  stage: Stage;
  proposalVersion: number;
  audience: Audience;
  reason?: EscalationReason;
  /** 0 for the first request, n for the n-th reminder. */
  round: number;
}

export function reviewActivities({ db, mailer, publicBaseUrl }: ActivityDeps) {
  /**
   * Emails each person who acts at this stage a link of their own. One Message-ID per
   * (delegation, stage, version, kind, person), and its token issued with it (mailer.deliver):
   * a retried activity sends the same link again at most, never a second one.
   */
  async function sendActionLinks(l: ActionLinkRound) {
    const { delegationId, stage, proposalVersion } = l;
    const reminder = l.round > 0;
    const { row, proposal } = await storedDelegation(db, delegationId);
    const policy = await policyById(db, row.policyVersionId ?? 'default', row.unit.provinceId);
    const now = new Date();
    // Nobody decides on a delegation they proposed or travel in: they get no link at all.
    const parties = {
      submittedById: row.submittedById,
      memberEmails: proposal.members.map((m) => m.email),
    };
    const recipients = (await approversFor(db, delegationId, stage, now, l.audience)).filter(
      (r) => !conflictOfInterest(parties, { personId: r.id, email: r.email }),
    );
    const duplicates = Array.isArray(row.duplicateOf)
      ? row.duplicateOf.map((d) => String((d as { summary?: string })?.summary ?? ''))
      : [];
    const sent: string[] = [];
    for (const r of recipients) {
      const kind = reminder
        ? `reminder${l.round}`
        : l.audience === 'chair'
          ? 'escalation'
          : 'request';
      const messageId = `${delegationId}.${stage}.v${proposalVersion}.${kind}.${r.id}@${mailDomain}`;
      // The token is issued with the message, once: a retry re-sends the same link (or nothing).
      await mailer.deliver({
        messageId,
        async compose(tx) {
          const token = await issueActionToken(tx, {
            purpose: actionTokenPurpose(stage),
            delegationId,
            stage,
            proposalVersion,
            approverId: r.id,
            onBehalfOfId: r.onBehalfOf?.id,
            allowedDecisions:
              stage === 'committee_review' || stage === 'standing_committee_review'
                ? [...decisionsByStage[stage]]
                : ['review'],
            expiresAt: new Date(now.getTime() + policy.actionLinkValidDays * 86_400_000),
          });
          const email = actionRequestEmail({
            stage,
            proposal,
            recipientName: r.name,
            onBehalfOfName: r.onBehalfOf?.name,
            url: `${publicBaseUrl}/a/${token}`,
            locale: r.locale,
            reminder,
            reason: l.reason && describeEscalation(l.reason, r.locale),
            duplicateWarnings: duplicates,
          });
          return {
            ...email,
            threadId: `${delegationId}@${mailDomain}`,
            to: r.email,
            delegationId,
            notification: reminder ? 'reminder' : 'action_request',
          };
        },
        recordSent: (tx) =>
          appendAuditEvent(tx, {
            delegationId,
            kind: reminder
              ? 'reminder_sent'
              : l.audience === 'chair'
                ? 'escalated'
                : 'action_link_sent',
            occurredAt: new Date(),
            data: {
              stage,
              proposalVersion,
              to: r.email,
              personId: r.id,
              onBehalfOfId: r.onBehalfOf?.id ?? null,
              messageId,
              reason: l.reason ?? null,
            },
          }),
      });
      sent.push(r.email);
    }
    return { sent };
  }

  return {
    /** Links to whoever acts at this stage (members, or the chair on escalation), told why. */
    openReview: (i: Omit<ActionLinkRound, 'round'>) => sendActionLinks({ ...i, round: 0 }),

    /** The n-th reminder to the same people, with fresh links. */
    sendReminders: (i: {
      delegationId: string;
      stage: Stage;
      proposalVersion: number;
      round: number;
    }) => sendActionLinks({ ...i, audience: 'members', round: i.round }),

    /** Persists a decision the workflow accepted; idempotent per (delegation, stage, version). */
    async recordDecision(i: { delegationId: string; decision: RecordedDecision }): Promise<void> {
      const d = i.decision;
      await db.$transaction(async (tx) => {
        const existing = await tx.decision.findUnique({
          where: {
            delegationId_stage_proposalVersion: {
              delegationId: i.delegationId,
              stage: d.stage,
              proposalVersion: d.proposalVersion,
            },
          },
        });
        if (existing) return;
        await tx.decision.create({
          data: {
            delegationId: i.delegationId,
            stage: d.stage,
            proposalVersion: d.proposalVersion,
            decision: d.decision,
            actorId: d.actor.personId,
            onBehalfOfId: d.actor.onBehalfOfId,
            comment: d.comment,
            maxTeamSize: d.maxTeamSize,
            ip: d.actor.ip,
            userAgent: d.actor.userAgent,
            decidedAt: new Date(d.decidedAt),
          },
        });
        if (d.tokenId)
          await tx.actionToken.update({
            where: { id: d.tokenId },
            data: { usedAt: new Date(d.decidedAt) },
          });
        await appendAuditEvent(tx, {
          delegationId: i.delegationId,
          kind: 'decision_recorded',
          occurredAt: new Date(d.decidedAt),
          actorId: d.actor.personId,
          data: {
            stage: d.stage,
            proposalVersion: d.proposalVersion,
            decision: d.decision,
            comment: d.comment ?? null,
            maxTeamSize: d.maxTeamSize ?? null,
            onBehalfOfId: d.actor.onBehalfOfId ?? null,
            ip: d.actor.ip ?? null,
            userAgent: d.actor.userAgent ?? null,
          },
        });
      });
    },
  };
}
