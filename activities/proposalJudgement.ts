// What a proposal is judged against and the judgement itself, shared by the live check and
// drafts (API, without a lock) and by the submission's store activity (under the quota lock).
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
import type { Prisma } from '../generated/prisma/client';
import type { Db } from '../prisma/client';
import { loadCalendar } from './calendarActivities';
import { policyById, policyInForce } from './policyStore';
import { proposalCheckContext } from './proposalCheckContext';

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
