import type { Prisma } from '../generated/prisma/client';
import { diffProposals } from '../domain/proposalDiff';
import { proposalSchema, type Proposal } from '../domain/proposal';
import { stagesFreeingQuota, type Stage } from '../domain/stage';
import type { Db } from '../prisma/client';
import { appendAuditEvent } from './auditTrail';

export function stageActivities(db: Db) {
  return {
    /** Mirrors a stage change into the read model and the audit chain. */
    async recordStage(i: {
      delegationId: string;
      stage: Stage;
      proposalVersion: number;
      at: string;
      note?: string;
      reportDueAt?: string;
      reviewDueAt?: string;
      overdue: boolean;
      approvedTeamSize?: number;
    }): Promise<void> {
      await db.$transaction(async (tx) => {
        await tx.delegation.update({
          where: { id: i.delegationId },
          data: {
            stage: i.stage,
            countsTowardQuota: !stagesFreeingQuota.includes(i.stage),
            reportDueAt: i.reportDueAt ? new Date(i.reportDueAt) : undefined,
            reviewDueAt: i.reviewDueAt ? new Date(i.reviewDueAt) : undefined,
            overdue: i.overdue,
            approvedTeamSize: i.approvedTeamSize,
          },
        });
        await appendAuditEvent(tx, {
          delegationId: i.delegationId,
          kind: 'stage_entered',
          occurredAt: new Date(i.at),
          data: {
            stage: i.stage,
            proposalVersion: i.proposalVersion,
            note: i.note ?? null,
            reportDueAt: i.reportDueAt ?? null,
            reviewDueAt: i.reviewDueAt ?? null,
          },
        });
      });
    },

    /** Stores a new version of the proposal (amendment, or change before departure). */
    async recordProposalVersion(i: {
      delegationId: string;
      kind: 'amendment' | 'change';
      version: number;
      previous: Proposal;
      proposal: Proposal;
      actorId?: string;
      at: string;
      note?: string;
    }): Promise<void> {
      const proposal = proposalSchema.parse(i.proposal);
      // Plain JSON (labels in both languages, old and new values) for reviewers and the audit.
      const changes = JSON.parse(
        JSON.stringify(diffProposals(i.previous, proposal)),
      ) as Prisma.InputJsonArray;
      await db.$transaction(async (tx) => {
        await tx.proposalVersion.upsert({
          where: { delegationId_version: { delegationId: i.delegationId, version: i.version } },
          create: {
            delegationId: i.delegationId,
            version: i.version,
            proposal,
            changeSummary: { kind: i.kind, note: i.note ?? null, changes },
          },
          update: {},
        });
        await tx.delegation.update({
          where: { id: i.delegationId },
          data: {
            proposal,
            proposalVersion: i.version,
            title: proposal.title,
            memberCount: proposal.members.length,
            leaderRank: proposal.leaderRank,
            year: Number(proposal.departureDate.slice(0, 4)),
            departureDate: new Date(`${proposal.departureDate}T00:00:00Z`),
            returnDate: new Date(`${proposal.returnDate}T00:00:00Z`),
          },
        });
        await appendAuditEvent(tx, {
          delegationId: i.delegationId,
          kind: i.kind === 'amendment' ? 'proposal_amended' : 'trip_changed',
          occurredAt: new Date(i.at),
          actorId: i.actorId,
          data: { version: i.version, note: i.note ?? null, changes },
        });
      });
    },

    /** An early return or an extension, as the unit recorded it during the trip. */
    /** The unit's cancellation as it is asked for: who, why, and in which stage. */
    async recordCancellation(i: {
      delegationId: string;
      stage: Stage;
      reason: string;
      actorId?: string;
      at: string;
    }): Promise<void> {
      await db.$transaction((tx) =>
        appendAuditEvent(tx, {
          delegationId: i.delegationId,
          kind: 'cancellation_requested',
          occurredAt: new Date(i.at),
          actorId: i.actorId,
          data: { stage: i.stage, reason: i.reason },
        }),
      );
    },

    async recordReturnDate(i: {
      delegationId: string;
      plannedReturnDate: string;
      actualReturnDate: string;
      reason: string;
      actorId?: string;
      at: string;
    }): Promise<void> {
      await db.$transaction(async (tx) => {
        await tx.delegation.update({
          where: { id: i.delegationId },
          data: { returnDate: new Date(`${i.actualReturnDate}T00:00:00Z`) },
        });
        await appendAuditEvent(tx, {
          delegationId: i.delegationId,
          kind: 'return_date_recorded',
          occurredAt: new Date(i.at),
          actorId: i.actorId,
          data: { planned: i.plannedReturnDate, actual: i.actualReturnDate, reason: i.reason },
        });
      });
    },
  };
}
