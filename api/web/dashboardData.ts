// What the dashboard shows, read from the read model within the caller's reach (the same filter
// as GET /api/delegations), so a page can never show more than the JSON API would.
import { z } from 'zod';
import { staffedUnitIds, type Grant } from '../../domain/accessReach';
import { localDateOf } from '../../domain/calendar';
import { stages } from '../../domain/stage';
import { loadCalendar } from '../../activities/calendarActivities';
import { policyInForce } from '../../activities/policyStore';
import type { Db } from '../../prisma/client';
import { delegationReachFilter } from '../access/delegationReach';
import { loadCompleteness, type ProvinceCompleteness } from './dashboardCompleteness';
import { nextDeadline, type NextDeadline } from './nextDeadline';

export const dashboardQuery = z.object({
  unitId: z.string().min(1).optional().catch(undefined),
  stage: z.enum(stages).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  overdue: z.literal('1').optional().catch(undefined),
});
export type DashboardFilters = z.infer<typeof dashboardQuery>;

export interface DashboardRow {
  id: string;
  title: string;
  unitName: string;
  stage: string;
  departureDate: string;
  deadline: NextDeadline | undefined;
}

export interface Dashboard {
  rows: DashboardRow[];
  /** Open decisions addressed to this person (committee and standing committee members). */
  awaiting: { delegationId: string; title: string; stage: string; dueAt: string }[];
  /** Per unit of the unit staff: delegations counted toward R-ANNUAL-QUOTA this year. */
  quotas: { unitName: string; used: number; quota: number; year: number }[];
  units: { id: string; name: string }[];
  /** Province-wide readers: this year's (or the filtered year's) reports and reviews received. */
  completeness: ProvinceCompleteness[];
}

export async function loadDashboard(
  db: Db,
  grants: readonly Grant[],
  personId: string | null,
  f: DashboardFilters,
  now = new Date(),
): Promise<Dashboard> {
  const reach = await delegationReachFilter(db, grants, now);
  const calendar = await loadCalendar(db);
  const found = await db.delegation.findMany({
    where: { AND: [{ unitId: f.unitId, stage: f.stage, year: f.year }, reach] },
    include: {
      unit: true,
      tokens: { where: { usedAt: null }, orderBy: { expiresAt: 'desc' }, take: 1 },
    },
    orderBy: { departureDate: 'asc' },
  });
  const rows = found
    .map((d) => ({
      id: d.id,
      title: d.title,
      unitName: d.unit.name,
      stage: d.stage,
      departureDate: d.departureDate.toISOString().slice(0, 10),
      deadline: nextDeadline(
        { ...d, decisionDueAt: d.tokens[0]?.stage === d.stage ? d.tokens[0].expiresAt : null },
        calendar,
        now,
      ),
    }))
    .filter((r) => f.overdue !== '1' || r.deadline?.overdue === true);
  const tokens = personId
    ? await db.actionToken.findMany({
        where: { approverId: personId, usedAt: null, expiresAt: { gt: now } },
        include: { delegation: true },
        orderBy: { expiresAt: 'asc' },
      })
    : [];
  const awaiting = tokens
    .filter((t) => t.delegation.stage === t.stage)
    .map((t) => ({
      delegationId: t.delegationId,
      title: t.delegation.title,
      stage: t.stage,
      dueAt: t.expiresAt.toISOString(),
    }));
  const year = Number(localDateOf(now.toISOString()).slice(0, 4));
  const staffUnits = staffedUnitIds(grants);
  const quotas = await Promise.all(
    staffUnits.map(async (unitId) => {
      const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId } });
      const policy = await policyInForce(db, unit.provinceId, now);
      const used = await db.delegation.count({
        where: { unitId, year, countsTowardQuota: true },
      });
      return { unitName: unit.name, used, quota: policy.annualQuota, year };
    }),
  );
  const provinces = grants.flatMap((g) => (g.provinceId ? [g.provinceId] : []));
  const units = await db.unit.findMany({
    where: { provinceId: { in: provinces } },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
  const completeness = await loadCompleteness(db, grants, f.year ?? year, now);
  return { rows, awaiting, quotas, units, completeness };
}
