// Checks a proposal that is still being written, with the same domain functions and the same
// context loading as a submission (api/submitProposal.ts), but stores nothing and takes no lock.
import { loadCalendar } from '../../activities/calendarActivities';
import { policyInForce } from '../../activities/policyStore';
import { proposalCheckContext } from '../../activities/proposalCheckContext';
import { localDateOf } from '../../domain/calendar';
import {
  checkProposal,
  validateProposalInput,
  type TeamSizeCheck,
} from '../../domain/checkProposal';
import type { PolicyValues } from '../../domain/policy';
import type { RuleViolation } from '../../domain/ruleViolation';
import type { Db } from '../../prisma/client';
import { unknownUnit } from '../submitProposal';

export interface DraftCheck {
  errors: RuleViolation[];
  /** From today (Vietnam) to the departure; null until the departure date is valid. */
  workingDaysToDeparture: number | null;
  noticeWorkingDays: number | null;
  teamSizeCap: PolicyValues['teamSizeCap'] | null;
  teamSize: TeamSizeCheck | null;
}

export async function checkDraft(db: Db, input: unknown, now = new Date()): Promise<DraftCheck> {
  const parsed = validateProposalInput(input);
  const checkable = parsed.ok ? parsed.proposal : parsed.checkable;
  const invalid = parsed.ok ? [] : parsed.violations;
  const none = {
    workingDaysToDeparture: null,
    noticeWorkingDays: null,
    teamSizeCap: null,
    teamSize: null,
  };
  const unitId =
    checkable?.unitId ??
    (input && typeof input === 'object' && 'unitId' in input ? String(input.unitId) : '');
  const unit = await db.unit.findUnique({ where: { id: unitId } });
  if (!unit) return { ...none, errors: [...invalid, unknownUnit(unitId)] };
  const [policy, calendar] = await Promise.all([
    policyInForce(db, unit.provinceId, now),
    loadCalendar(db),
  ]);
  const known = { noticeWorkingDays: policy.noticeWorkingDays, teamSizeCap: policy.teamSizeCap };
  if (!checkable) return { ...none, ...known, errors: invalid };
  const year = Number(checkable.departureDate.slice(0, 4));
  const context = await proposalCheckContext(db, {
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
  return {
    ...known,
    errors: [...invalid, ...checked.violations],
    workingDaysToDeparture: calendar.workingDaysBetween(
      localDateOf(now.toISOString()),
      checkable.departureDate,
    ),
    teamSize: checked.teamSize,
  };
}
