// R-ANNUAL-REPORT: what the organization board receives each year about every unit's
// out-of-province delegations, and what the summary is computed from. The schema documents the
// stored JSON (AnnualSummary.data) and the API's answer.
import { z } from 'zod';
import { problemOutcomes, ratings, type ProblemOutcome, type Rating } from './review';
import type { Stage } from './stage';

const count = z.number().int().nonnegative();

const delegationCountsSchema = z.object({
  proposed: count.describe('every delegation whose departure falls in the year'),
  pending: count.describe('still under review (committee, amendment, standing committee)'),
  approved: count.describe(
    'approved and not cancelled: awaiting departure, travelled, reported, reviewed',
  ),
  rejected: count,
  cancelled: count,
  lapsed: count,
});

/** Only approved delegations count here: a report is owed by a trip that was allowed to happen. */
const reportCountsSchema = z.object({
  onTime: count,
  late: count.describe('filed after the deadline (R-REPORT), accepted and marked late'),
  missing: count.describe('deadline passed, nothing filed'),
  notYetDue: count.describe('trip not over yet, or its deadline is still ahead'),
});

const reviewCountsSchema = z.object({
  done: count,
  missing: count.describe('report filed, review deadline passed, no review (R-ACCOUNTABILITY)'),
  notYetDue: count,
});

export const summaryFiguresSchema = z.object({
  delegations: delegationCountsSchema,
  members: count.describe('sum of team sizes of approved delegations'),
  days: count.describe(
    'calendar days away, departure and return included, of approved delegations',
  ),
  fundingVnd: count.describe('planned funding of approved delegations, in đồng'),
  destinations: z.array(z.object({ province: z.string(), delegations: count })),
  reports: reportCountsSchema,
  reviews: reviewCountsSchema,
  ratings: z.object(
    Object.fromEntries(ratings.map((r) => [r, count])) as Record<Rating, typeof count>,
  ),
});
export type SummaryFigures = z.infer<typeof summaryFiguresSchema>;

const unitRefSchema = z.object({ unitId: z.string(), unitName: z.string() });
export type UnitRef = z.infer<typeof unitRefSchema>;

export const unitSummarySchema = unitRefSchema.extend({
  mergedFrom: z
    .array(unitRefSchema)
    .describe('units merged into this one by the end of the year; their delegations count here'),
  ...summaryFiguresSchema.shape,
});
export type UnitSummary = z.infer<typeof unitSummarySchema>;

const outstandingSchema = unitRefSchema.extend({
  delegationId: z.string(),
  title: z.string(),
  dueAt: z.string(),
});
export type Outstanding = z.infer<typeof outstandingSchema>;

/** Seed 003: "N of M came back; these sent none". */
const completenessSchema = z.object({
  received: count,
  expected: count,
  outstanding: z.array(outstandingSchema),
  unitsSendingNone: z.array(unitRefSchema),
});
export type Completeness = z.infer<typeof completenessSchema>;

/** Seed 000: a unit that is stuck but never proposes a study trip must answer for it too. */
const unitNotProposingSchema = unitRefSchema.extend({
  lastReview: z.object({ delegationId: z.string(), title: z.string(), reviewedAt: z.string() }),
  openProblems: z.array(z.object({ statement: z.string(), outcome: z.enum(problemOutcomes) })),
});
export type UnitNotProposing = z.infer<typeof unitNotProposingSchema>;

export const annualSummarySchema = z.object({
  provinceId: z.string(),
  provinceName: z.string(),
  year: z.number().int(),
  asOf: z.string().describe('the instant deadlines were judged at (missing vs not yet due)'),
  units: z.array(unitSummarySchema),
  totals: summaryFiguresSchema,
  completeness: z.object({ reports: completenessSchema, reviews: completenessSchema }),
  unitsNotProposing: z.array(unitNotProposingSchema),
});
export type AnnualSummary = z.infer<typeof annualSummarySchema>;

/** A unit as the registry holds it; merged units have validTo and a successor. */
export interface SummaryUnitRecord {
  id: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  successorId: string | null;
}

/** One delegation of the year, from the read model with its report and review. */
export interface SummaryDelegationRecord {
  id: string;
  unitId: string;
  title: string;
  stage: Stage;
  departureDate: string;
  returnDate: string;
  memberCount: number;
  fundingVnd: number;
  destinationProvinces: string[];
  reportDueAt: string | null;
  reviewDueAt: string | null;
  report: { filedAt: string; late: boolean } | null;
  review: { rating: Rating; reviewedAt: string } | null;
}

/** A review on record (any year): what it said of each problem the proposal named. */
export interface ReviewOnRecord {
  unitId: string;
  delegationId: string;
  title: string;
  reviewedAt: string;
  problems: { statement: string; outcome: ProblemOutcome }[];
}

export interface AnnualSummaryInput {
  province: { id: string; name: string };
  year: number;
  /** When the summary is compiled; a deadline before it that nothing met is "missing". */
  asOf: string;
  units: SummaryUnitRecord[];
  delegations: SummaryDelegationRecord[];
  reviewsOnRecord: ReviewOnRecord[];
}
