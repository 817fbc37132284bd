// The first step of a new delegation's workflow: every rule checked again under the quota lock,
// then the delegation row and its first proposal version inserted, in one transaction. The API
// has already checked the rules without the lock, so a refusal here means another proposal took
// the last R-ANNUAL-QUOTA slot in between.
import type { Policy } from '../domain/policy';
import type { Proposal } from '../domain/proposal';
import type { RuleViolation } from '../domain/ruleViolation';
import { needsStandingCommittee } from '../domain/rules/teamSizeCap';
import type { Db } from '../prisma/client';
import type { SubmitOutcome } from '../workflows/messages';
import { policyById } from './policyStore';
import { judgeProposal, proposalGrounds } from './proposalJudgement';

export interface SubmissionToStore {
  delegationId: string;
  proposal: Proposal;
  submittedById: string | null;
  submittedAt: string;
  storeBy: string;
  keepBy: string;
  answerBy: string;
}

export interface StoredSubmission {
  outcome: SubmitOutcome;
  /** The policy the delegation is judged by for its whole life (when stored). */
  policy?: Policy;
}

const expired: StoredSubmission = { outcome: { ok: false, refused: 'expired' } };
const past = (instant: string) => Date.now() > Date.parse(instant);

/** Warnings as stored on the row (with their summary), back in the shape the rules gave them. */
const storedWarnings = (duplicateOf: unknown): RuleViolation[] =>
  Array.isArray(duplicateOf)
    ? duplicateOf.map((w: RuleViolation & { summary?: string }) => {
        const { summary: _summary, ...warning } = w;
        return warning;
      })
    : [];

export function submissionActivities(db: Db) {
  async function discard(delegationId: string): Promise<void> {
    await db.$transaction([
      db.proposalVersion.deleteMany({ where: { delegationId } }),
      db.delegation.deleteMany({ where: { id: delegationId } }),
    ]);
  }

  return {
    /**
     * Keeps a stored submission that the workflow took in late only if its answer can still reach
     * the API in time; otherwise removes it (the client is told 503). True when kept.
     */
    async keepLateSubmission(i: { delegationId: string; keepBy: string }): Promise<boolean> {
      if (!past(i.keepBy)) return true;
      await discard(i.delegationId);
      return false;
    },

    /**
     * Idempotent: a retry that finds the row stored by an earlier attempt answers as that attempt
     * did, unless it is past the keeping instant (then the row is removed: the API answers 503).
     */
    async storeSubmission(i: SubmissionToStore): Promise<StoredSubmission> {
      const existing = await db.delegation.findUnique({
        where: { id: i.delegationId },
        include: { unit: true },
      });
      if (existing) {
        if (past(i.keepBy)) {
          await discard(i.delegationId);
          return expired;
        }
        const policy = await policyById(
          db,
          existing.policyVersionId ?? 'default',
          existing.unit.provinceId,
        );
        return {
          outcome: {
            ok: true,
            id: existing.id,
            stage: 'committee_review',
            warnings: storedWarnings(existing.duplicateOf),
            escalation: needsStandingCommittee(i.proposal, policy).exceeds,
          },
          policy,
        };
      }
      if (past(i.storeBy)) return expired;

      const now = new Date(i.submittedAt);
      const found = await proposalGrounds(db, i.proposal, now);
      if (!found.ok) return { outcome: { ok: false, refused: 'rules', errors: found.errors } };
      const g = found.grounds;
      const { checkable, unit, policy } = g;
      if (!checkable || !g.parsed.ok) {
        return { outcome: { ok: false, refused: 'rules', errors: g.invalid } };
      }
      const proposal = g.parsed.proposal;
      const year = Number(proposal.departureDate.slice(0, 4));
      return db.$transaction(async (tx): Promise<StoredSubmission> => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${unit.id}), ${year})`;
        const { errors, checked } = await judgeProposal(tx, g, checkable, now);
        if (errors.length > 0) return { outcome: { ok: false, refused: 'rules', errors } };
        // Checked last, just before the commit: past it the API may already have answered 503.
        if (past(i.storeBy)) return expired;
        await tx.delegation.create({
          data: {
            id: i.delegationId,
            unitId: unit.id,
            year,
            title: proposal.title,
            stage: 'committee_review',
            proposal,
            departureDate: new Date(`${proposal.departureDate}T00:00:00Z`),
            returnDate: new Date(`${proposal.returnDate}T00:00:00Z`),
            memberCount: proposal.members.length,
            leaderRank: proposal.leaderRank,
            policyVersionId: policy.versionId === 'default' ? null : policy.versionId,
            submittedAt: now,
            submittedById: i.submittedById,
            duplicateOf:
              checked.warnings.length > 0
                ? checked.warnings.map((w) => ({ ...w, summary: w.messageVi }))
                : undefined,
          },
        });
        await tx.proposalVersion.create({
          data: { delegationId: i.delegationId, version: 1, proposal },
        });
        return {
          outcome: {
            ok: true,
            id: i.delegationId,
            stage: 'committee_review',
            warnings: checked.warnings,
            escalation: checked.teamSize.exceeds,
          },
          policy,
        };
      });
    },
  };
}
