// The completeness figures of the annual summary (R-ANNUAL-REPORT, seed 003) as they stand today,
// for the province-wide dashboard: computed by the same pure function the yearly summary uses.
import type { Grant } from '../../domain/accessReach';
import type { Completeness } from '../../domain/annualSummary';
import { summarizeYear } from '../../domain/annualSummaryAggregate';
import type { Role } from '../../domain/roles';
import { loadAnnualSummaryInput } from '../../activities/annualSummaryRecords';
import type { Db } from '../../prisma/client';

export interface ProvinceCompleteness {
  provinceId: string;
  provinceName: string;
  year: number;
  reports: Completeness;
  reviews: Completeness;
  /** Whether the compiled summary of that year is stored (its page can be linked). */
  compiled: boolean;
}

export const provinceWideRoles: readonly Role[] = [
  'provincial_leadership',
  'organization_board',
  'auditor',
];

export async function loadCompleteness(
  db: Db,
  grants: readonly Grant[],
  year: number,
  now: Date,
): Promise<ProvinceCompleteness[]> {
  const provinces = [
    ...new Set(
      grants.flatMap((g) =>
        provinceWideRoles.includes(g.role) && g.provinceId ? [g.provinceId] : [],
      ),
    ),
  ];
  return Promise.all(
    provinces.map(async (provinceId) => {
      const summary = summarizeYear(
        await loadAnnualSummaryInput(db, { provinceId, year, asOf: now.toISOString() }),
      );
      const compiled = await db.annualSummary.count({ where: { provinceId, year } });
      return {
        provinceId,
        provinceName: summary.provinceName,
        year,
        reports: summary.completeness.reports,
        reviews: summary.completeness.reviews,
        compiled: compiled > 0,
      };
    }),
  );
}
