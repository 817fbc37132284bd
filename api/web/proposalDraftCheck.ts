// Checks a proposal that is still being written through the same code as a submission
// (proposalGrounds and judgeProposal of api/submitProposal.ts), but stores nothing and takes no
// lock; adds what the form shows beside the violations as the person types.
import type { Grant } from '../../domain/accessReach';
import { localDateOf } from '../../domain/calendar';
import type { DuplicateWarning, TeamSizeCheck } from '../../domain/checkProposal';
import { describeEscalation } from '../../domain/escalationReason';
import type { PolicyValues } from '../../domain/policy';
import type { RuleViolation } from '../../domain/ruleViolation';
import { localDate } from '../../domain/vnText';
import type { Db } from '../../prisma/client';
import { delegationReachFilter } from '../access/delegationReach';
import {
  judgeProposal,
  proposalGrounds,
  type AmendedDelegation,
} from '../../activities/proposalJudgement';

/** R-DUPLICATE, with the earlier delegation's title and its page when the caller may read it. */
export interface DuplicateShown extends DuplicateWarning {
  title: string;
  href: string | null;
}

export interface DraftCheck {
  errors: RuleViolation[];
  /** Not refusals: the reviewers will see them. */
  warnings: DuplicateShown[];
  /** From today (Vietnam) to the departure; null until the departure date is a date. */
  workingDaysToDeparture: number | null;
  noticeWorkingDays: number | null;
  /** The first departure that meets R-NOTICE if the proposal were sent today. */
  earliestDeparture: string | null;
  teamSizeCap: PolicyValues['teamSizeCap'] | null;
  teamSize: TeamSizeCheck | null;
  /** R-TEAM-SIZE: why the standing committee would decide, in both languages. */
  escalation: { message: string; messageVi: string } | null;
}

const none = {
  warnings: [],
  workingDaysToDeparture: null,
  noticeWorkingDays: null,
  earliestDeparture: null,
  teamSizeCap: null,
  teamSize: null,
  escalation: null,
};

const departureOf = (input: unknown): string | undefined => {
  const raw =
    input && typeof input === 'object' && 'departureDate' in input ? input.departureDate : '';
  const parsed = localDate.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
};

async function reachableIds(db: Db, grants: readonly Grant[], ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const reach = await delegationReachFilter(db, grants);
  const rows = await db.delegation.findMany({
    where: { AND: [{ id: { in: ids } }, reach] },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}

export async function checkDraft(
  db: Db,
  input: unknown,
  grants: readonly Grant[],
  o: { now?: Date; amending?: AmendedDelegation } = {},
): Promise<DraftCheck> {
  const now = o.now ?? new Date();
  const found = await proposalGrounds(db, input, now, o.amending);
  if (!found.ok) return { ...none, errors: found.errors };
  const g = found.grounds;
  const today = localDateOf(now.toISOString());
  // The count to departure needs only the date, so the person sees it as soon as it is typed.
  const departure = departureOf(input);
  const known = {
    ...none,
    noticeWorkingDays: g.policy.noticeWorkingDays,
    earliestDeparture: g.calendar.addWorkingDays(today, g.policy.noticeWorkingDays),
    teamSizeCap: g.policy.teamSizeCap,
    workingDaysToDeparture: departure ? g.calendar.workingDaysBetween(today, departure) : null,
  };
  if (!g.checkable) return { ...known, errors: g.invalid };
  const { errors, checked, earlier } = await judgeProposal(db, g, g.checkable, now);
  const titles = new Map(earlier.map((e) => [e.id, e.title]));
  const ids = [...new Set(checked.warnings.map((w) => w.earlierDelegationId))];
  const readable = await reachableIds(db, grants, ids);
  const { teamSize } = checked;
  const overCap = { code: 'team_over_cap' as const, size: teamSize.size, cap: teamSize.cap };
  return {
    ...known,
    errors,
    warnings: checked.warnings.map((w) => ({
      ...w,
      title: titles.get(w.earlierDelegationId) ?? w.earlierDelegationId,
      href: readable.has(w.earlierDelegationId) ? `/delegations/${w.earlierDelegationId}` : null,
    })),
    teamSize,
    escalation: teamSize.exceeds
      ? { message: describeEscalation(overCap, 'en'), messageVi: describeEscalation(overCap, 'vi') }
      : null,
  };
}
