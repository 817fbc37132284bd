// Reads what an annual summary is computed from: the province's units, the read model of the
// year's delegations with their reports and reviews, and every review on record up to the year's
// end (for units stuck on a problem that proposed nothing).
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import type {
  AnnualSummaryInput,
  ReviewOnRecord,
  SummaryDelegationRecord,
} from '../domain/annualSummary';
import type { Rating } from '../domain/review';
import { problemOutcomes } from '../domain/review';
import type { Stage } from '../domain/stage';
import { vietnamStartOfDay } from '../domain/vnFormat';
import type { Db } from '../prisma/client';

/** Only the parts of a stored proposal the summary needs; a row missing them counts as zero. */
const proposalFigures = z.object({
  funding: z.object({ amountVnd: z.number() }).catch({ amountVnd: 0 }),
  destinations: z.array(z.object({ province: z.string() })).catch([]),
  problems: z.array(z.object({ statement: z.string() })).catch([]),
});
const storedOutcomes = z
  .array(z.object({ problemIndex: z.number().int(), outcome: z.enum(problemOutcomes) }))
  .catch([]);

const day = (d: Date) => d.toISOString().slice(0, 10);
const figuresOf = (proposal: unknown) =>
  proposalFigures.safeParse(proposal).data ?? {
    funding: { amountVnd: 0 },
    destinations: [],
    problems: [],
  };

export async function loadAnnualSummaryInput(
  db: Db,
  i: { provinceId: string; year: number; asOf: string },
): Promise<AnnualSummaryInput> {
  const province = await db.province.findUnique({ where: { id: i.provinceId } });
  if (!province)
    throw ApplicationFailure.nonRetryable(`unknown province ${i.provinceId}`, 'NotFound');
  const units = await db.unit.findMany({
    where: { provinceId: i.provinceId },
    orderBy: { id: 'asc' },
  });
  const delegations = await db.delegation.findMany({
    where: { year: i.year, unit: { provinceId: i.provinceId } },
    include: {
      report: { select: { filedAt: true, late: true } },
      review: { select: { rating: true, reviewedAt: true } },
    },
    orderBy: { submittedAt: 'asc' },
  });
  const reviews = await db.review.findMany({
    where: {
      reviewedAt: { lt: new Date(vietnamStartOfDay(`${i.year + 1}-01-01`)) },
      delegation: { unit: { provinceId: i.provinceId } },
    },
    include: { delegation: { select: { unitId: true, title: true, proposal: true } } },
  });

  return {
    province: { id: province.id, name: province.name },
    year: i.year,
    asOf: i.asOf,
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      validFrom: day(u.validFrom),
      validTo: u.validTo ? day(u.validTo) : null,
      successorId: u.successorId,
    })),
    delegations: delegations.map((d): SummaryDelegationRecord => {
      const p = figuresOf(d.proposal);
      return {
        id: d.id,
        unitId: d.unitId,
        title: d.title,
        stage: d.stage as Stage,
        departureDate: day(d.departureDate),
        returnDate: day(d.returnDate),
        memberCount: d.memberCount,
        fundingVnd: p.funding.amountVnd,
        destinationProvinces: p.destinations.map((x) => x.province),
        reportDueAt: d.reportDueAt?.toISOString() ?? null,
        reviewDueAt: d.reviewDueAt?.toISOString() ?? null,
        report: d.report ? { filedAt: d.report.filedAt.toISOString(), late: d.report.late } : null,
        review: d.review
          ? { rating: d.review.rating as Rating, reviewedAt: d.review.reviewedAt.toISOString() }
          : null,
      };
    }),
    reviewsOnRecord: reviews.map((r): ReviewOnRecord => {
      const statements = figuresOf(r.delegation.proposal).problems;
      return {
        unitId: r.delegation.unitId,
        delegationId: r.delegationId,
        title: r.delegation.title,
        reviewedAt: r.reviewedAt.toISOString(),
        problems: storedOutcomes.parse(r.outcomes).map((o) => ({
          statement: statements[o.problemIndex]?.statement ?? `#${o.problemIndex + 1}`,
          outcome: o.outcome,
        })),
      };
    }),
  };
}
