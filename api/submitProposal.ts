import type { Client } from '@temporalio/client';
import {
  checkProposal,
  validateProposalInput,
  type CheckResult,
  type EarlierDelegation,
  type ValidatedInput,
} from '../domain/checkProposal';
import type { CheckableProposal } from '../domain/checkableProposal';
import type { WorkingCalendar } from '../domain/calendar';
import type { Policy } from '../domain/policy';
import type { RuleViolation } from '../domain/ruleViolation';
import { loadCalendar } from '../activities/calendarActivities';
import { policyById, policyInForce } from '../activities/policyStore';
import { proposalCheckContext } from '../activities/proposalCheckContext';
import type { Prisma } from '../generated/prisma/client';
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

/** A delegation whose proposal is being amended: judged by its own policy, not counted twice. */
export interface AmendedDelegation {
  id: string;
  policyVersionId: string | null;
}

/** What a proposal is judged against, once its unit is known. */
export interface ProposalGrounds {
  parsed: ValidatedInput;
  /** The fields the rules read, when they parse even if the whole proposal does not. */
  checkable: CheckableProposal | undefined;
  /** Schema errors, each by the rule it breaks. */
  invalid: RuleViolation[];
  unit: { id: string; provinceId: string };
  policy: Policy;
  calendar: WorkingCalendar;
  amending: AmendedDelegation | undefined;
}

const unitIdOf = (input: unknown, checkable: CheckableProposal | undefined) => {
  if (checkable) return checkable.unitId;
  const raw = input && typeof input === 'object' && 'unitId' in input ? input.unitId : undefined;
  return typeof raw === 'string' && raw !== '' ? raw : undefined;
};

/**
 * Parses a proposal and loads what the rules need besides the delegations: its unit, the policy
 * (in force now, or the amended delegation's) and the calendar. `errors` when the unit is
 * missing or unknown, since nothing can be judged without it.
 */
export async function proposalGrounds(
  db: Db,
  input: unknown,
  now: Date,
  amending?: AmendedDelegation,
): Promise<{ ok: true; grounds: ProposalGrounds } | { ok: false; errors: RuleViolation[] }> {
  const parsed = validateProposalInput(input);
  // An invalid proposal whose dates, members and destinations parse is still checked against
  // every rule, so the unit hears of all it must fix in one refusal.
  const checkable = parsed.ok ? parsed.proposal : parsed.checkable;
  const invalid = parsed.ok ? [] : parsed.violations;
  const unitId = unitIdOf(input, checkable);
  // Without a unit id the schema errors already say it is missing.
  if (unitId === undefined) return { ok: false, errors: invalid };
  const unit = await db.unit.findUnique({ where: { id: unitId } });
  if (!unit) return { ok: false, errors: [...invalid, unknownUnit(unitId)] };
  const [policy, calendar] = await Promise.all([
    amending
      ? policyById(db, amending.policyVersionId ?? 'default', unit.provinceId)
      : policyInForce(db, unit.provinceId, now),
    loadCalendar(db),
  ]);
  return {
    ok: true,
    grounds: { parsed, checkable, invalid, unit, policy, calendar, amending },
  };
}

export interface Judgement {
  /** Schema errors and rule violations together: a proposal is accepted only without any. */
  errors: RuleViolation[];
  checked: CheckResult;
  /** The delegations R-DUPLICATE compared it with. */
  earlier: EarlierDelegation[];
}

/**
 * Every rule of domain/checkProposal on a proposal whose checked fields parse, with the quota
 * and earlier delegations read through `reader` (a transaction holding the quota lock, at
 * submission).
 */
export async function judgeProposal(
  reader: Db | Prisma.TransactionClient,
  g: ProposalGrounds,
  checkable: CheckableProposal,
  now: Date,
): Promise<Judgement> {
  const context = await proposalCheckContext(reader, {
    unitId: g.unit.id,
    provinceId: g.unit.provinceId,
    year: Number(checkable.departureDate.slice(0, 4)),
    policy: g.policy,
    now,
    excludeDelegationId: g.amending?.id,
  });
  const checked = checkProposal(checkable, {
    policy: g.policy,
    calendar: g.calendar,
    submittedAt: now.toISOString(),
    ...context,
  });
  return {
    errors: [...g.invalid, ...checked.violations],
    checked,
    earlier: context.earlierDelegations,
  };
}

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
  const found = await proposalGrounds(db, input, now);
  if (!found.ok) return { ok: false, status: 422, errors: found.errors };
  const g = found.grounds;
  const { checkable } = g;
  if (!checkable) return { ok: false, status: 422, errors: g.invalid };
  const { unit, policy } = g;
  const year = Number(checkable.departureDate.slice(0, 4));

  const outcome = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${unit.id}), ${year})`;
    const { errors, checked } = await judgeProposal(tx, g, checkable, now);
    if (!g.parsed.ok || errors.length > 0) return { ok: false as const, errors };
    const proposal = g.parsed.proposal;
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
