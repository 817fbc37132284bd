import type { Client } from '@temporalio/client';
import { checkProposal, validateProposalInput } from '../domain/checkProposal';
import type { RuleViolation } from '../domain/ruleViolation';
import { loadCalendar } from '../activities/calendarActivities';
import { policyInForce } from '../activities/policyStore';
import { proposalCheckContext } from '../activities/proposalCheckContext';
import type { Db } from '../prisma/client';
import { startDelegationWorkflow } from './startDelegationWorkflow';

export type SubmitResult =
  | { ok: true; id: string; stage: string; warnings: RuleViolation[]; escalation: boolean }
  | { ok: false; status: 422; errors: RuleViolation[] };

export const unknownUnit = (unitId: string): RuleViolation => ({
  rule: 'R-INPUT',
  field: 'unitId',
  message: `Unknown unit ${unitId}`,
  messageVi: `Không tìm thấy đơn vị ${unitId}`,
});

/**
 * Checks every rule and stores the proposal, then starts its workflow. The quota count and the
 * insert run under a per-unit-and-year advisory lock, so two proposals racing for the last slot
 * of R-ANNUAL-QUOTA are serialised and only one is accepted. The submitter (null for a machine
 * client) is recorded: they may not decide on or review their own proposal.
 */
export async function submitProposal(
  db: Db,
  temporal: Client,
  taskQueue: string,
  input: unknown,
  submittedById: string | null,
  now = new Date(),
): Promise<SubmitResult> {
  const parsed = validateProposalInput(input);
  // An invalid proposal whose dates, members and destinations parse is still checked against
  // every rule, so the unit hears of all it must fix in one refusal.
  const checkable = parsed.ok ? parsed.proposal : parsed.checkable;
  const invalid = parsed.ok ? [] : parsed.violations;
  if (!checkable) return { ok: false, status: 422, errors: invalid };
  const unit = await db.unit.findUnique({ where: { id: checkable.unitId } });
  if (!unit) return { ok: false, status: 422, errors: [...invalid, unknownUnit(checkable.unitId)] };
  const year = Number(checkable.departureDate.slice(0, 4));
  const [policy, calendar] = await Promise.all([
    policyInForce(db, unit.provinceId, now),
    loadCalendar(db),
  ]);

  const outcome = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${unit.id}), ${year})`;
    const context = await proposalCheckContext(tx, {
      unitId: unit.id,
      provinceId: unit.provinceId,
      year,
      policy,
      now,
    });
    const checked = checkProposal(checkable, {
      policy,
      calendar,
      submittedAt: now.toISOString(),
      ...context,
    });
    const errors = [...invalid, ...checked.violations];
    if (!parsed.ok || errors.length > 0) return { ok: false as const, errors };
    const proposal = parsed.proposal;
    const row = await tx.delegation.create({
      data: {
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
        submittedById,
        duplicateOf:
          checked.warnings.length > 0
            ? checked.warnings.map((w) => ({ ...w, summary: w.messageVi }))
            : undefined,
      },
    });
    await tx.proposalVersion.create({ data: { delegationId: row.id, version: 1, proposal } });
    return {
      ok: true as const,
      id: row.id,
      proposal,
      warnings: checked.warnings,
      escalation: checked.teamSize.exceeds,
    };
  });
  if (!outcome.ok) return { ok: false, status: 422, errors: outcome.errors };

  await startDelegationWorkflow(
    temporal,
    taskQueue,
    {
      delegationId: outcome.id,
      provinceId: unit.provinceId,
      proposal: outcome.proposal,
      submittedAt: now.toISOString(),
      policyVersionId: policy.versionId,
    },
    unit.id,
    year,
  );
  return {
    ok: true,
    id: outcome.id,
    stage: 'committee_review',
    warnings: outcome.warnings,
    escalation: outcome.escalation,
  };
}
