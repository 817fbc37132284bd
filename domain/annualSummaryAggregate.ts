// R-ANNUAL-REPORT: the year's delegations summed up per unit (merged units under their successor),
// completeness of reports and reviews in the manner of seed 003, and the units of seed 000 that
// are stuck on a problem but proposed nothing. Pure: the records and the instant come in.
import type {
  AnnualSummary,
  AnnualSummaryInput,
  Completeness,
  Outstanding,
  ReviewOnRecord,
  SummaryDelegationRecord,
  SummaryFigures,
  UnitNotProposing,
  UnitRef,
  UnitSummary,
} from './annualSummary';
import { ratings } from './review';
import type { Stage } from './stage';
import { answeringUnitAtYearEnd, existedIn } from './unitSuccession';
import { vietnamStartOfDay } from './vnFormat';

type DelegationOutcome = keyof SummaryFigures['delegations'];
type ReportStatus = keyof SummaryFigures['reports'];
type ReviewStatus = keyof SummaryFigures['reviews'];

const outcomeByStage: Record<Stage, Exclude<DelegationOutcome, 'proposed'>> = {
  committee_review: 'pending',
  amendment_requested: 'pending',
  standing_committee_review: 'pending',
  awaiting_departure: 'approved',
  on_trip: 'approved',
  report_due: 'approved',
  accountability_review: 'approved',
  closed: 'approved',
  rejected: 'rejected',
  cancelled: 'cancelled',
  lapsed: 'lapsed',
};

/** Stages after the trip: a report is owed once the deadline computed at return has passed. */
const afterTripStages: readonly Stage[] = ['report_due', 'accountability_review', 'closed'];

const passed = (dueAt: string | null, asOf: string) =>
  dueAt !== null && Date.parse(dueAt) <= Date.parse(asOf);

/** R-REPORT status of an approved delegation; undefined for one that was never allowed to travel. */
export function reportStatusOf(d: SummaryDelegationRecord, asOf: string): ReportStatus | undefined {
  if (outcomeByStage[d.stage] !== 'approved') return undefined;
  if (d.report) return d.report.late ? 'late' : 'onTime';
  return afterTripStages.includes(d.stage) && passed(d.reportDueAt, asOf) ? 'missing' : 'notYetDue';
}

/** R-ACCOUNTABILITY status of a delegation whose report was filed; undefined before that. */
export function reviewStatusOf(d: SummaryDelegationRecord, asOf: string): ReviewStatus | undefined {
  if (!d.report) return undefined;
  if (d.review) return 'done';
  return passed(d.reviewDueAt, asOf) ? 'missing' : 'notYetDue';
}

/** Calendar days away, departure and return days included. */
export function daysAway(d: Pick<SummaryDelegationRecord, 'departureDate' | 'returnDate'>): number {
  return Math.round((Date.parse(d.returnDate) - Date.parse(d.departureDate)) / 86_400_000) + 1;
}

export function emptyFigures(): SummaryFigures {
  return {
    delegations: { proposed: 0, pending: 0, approved: 0, rejected: 0, cancelled: 0, lapsed: 0 },
    members: 0,
    days: 0,
    fundingVnd: 0,
    destinations: [],
    reports: { onTime: 0, late: 0, missing: 0, notYetDue: 0 },
    reviews: { done: 0, missing: 0, notYetDue: 0 },
    ratings: Object.fromEntries(ratings.map((r) => [r, 0])) as SummaryFigures['ratings'],
  };
}

/** Adds one delegation to a unit's (or the province's) figures. */
export function addDelegation(f: SummaryFigures, d: SummaryDelegationRecord, asOf: string): void {
  const outcome = outcomeByStage[d.stage];
  f.delegations.proposed += 1;
  f.delegations[outcome] += 1;
  if (outcome !== 'approved') return;
  f.members += d.memberCount;
  f.days += daysAway(d);
  f.fundingVnd += d.fundingVnd;
  for (const province of new Set(d.destinationProvinces)) addDestination(f, province, 1);
  const report = reportStatusOf(d, asOf);
  if (report) f.reports[report] += 1;
  const review = reviewStatusOf(d, asOf);
  if (review) f.reviews[review] += 1;
  if (d.review) f.ratings[d.review.rating] += 1;
}

/** Sums the figures of several units (the province's totals). */
export function sumFigures(all: SummaryFigures[]): SummaryFigures {
  const total = emptyFigures();
  for (const f of all) {
    for (const k of Object.keys(total.delegations) as DelegationOutcome[])
      total.delegations[k] += f.delegations[k];
    total.members += f.members;
    total.days += f.days;
    total.fundingVnd += f.fundingVnd;
    for (const d of f.destinations) addDestination(total, d.province, d.delegations);
    for (const k of Object.keys(total.reports) as ReportStatus[]) total.reports[k] += f.reports[k];
    for (const k of Object.keys(total.reviews) as ReviewStatus[]) total.reviews[k] += f.reviews[k];
    for (const r of ratings) total.ratings[r] += f.ratings[r];
  }
  return total;
}

function addDestination(f: SummaryFigures, province: string, delegations: number): void {
  const known = f.destinations.find((d) => d.province === province);
  if (known) known.delegations += delegations;
  else f.destinations.push({ province, delegations });
  f.destinations.sort(
    (a, b) => b.delegations - a.delegations || a.province.localeCompare(b.province, 'vi'),
  );
}

export function summarizeYear(input: AnnualSummaryInput): AnnualSummary {
  const { year, asOf } = input;
  const answering = answeringUnitAtYearEnd(input.units, year);
  const answeringFor = (unitId: string) => answering.get(unitId) ?? unitId;
  const names = new Map(input.units.map((u) => [u.id, u.name]));
  const refOf = (unitId: string): UnitRef => ({ unitId, unitName: names.get(unitId) ?? unitId });
  const proposing = new Set(input.delegations.map((d) => d.unitId));

  const rows = new Map<string, UnitSummary>();
  const rowOf = (unitId: string): UnitSummary => {
    const id = answeringFor(unitId);
    let row = rows.get(id);
    if (!row) {
      row = { ...refOf(id), mergedFrom: [], ...emptyFigures() };
      rows.set(id, row);
    }
    if (unitId !== id && !row.mergedFrom.some((m) => m.unitId === unitId))
      row.mergedFrom.push(refOf(unitId));
    return row;
  };
  for (const u of input.units) if (existedIn(u, year) || proposing.has(u.id)) rowOf(u.id);
  for (const d of input.delegations) addDelegation(rowOf(d.unitId), d, asOf);

  const units = [...rows.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'));
  const outstanding = (
    status: (d: SummaryDelegationRecord) => string | undefined,
    dueAt: (d: SummaryDelegationRecord) => string | null,
  ) =>
    input.delegations
      .filter((d) => status(d) === 'missing')
      .map((d): Outstanding => ({
        ...refOf(answeringFor(d.unitId)),
        delegationId: d.id,
        title: d.title,
        dueAt: dueAt(d) ?? '',
      }))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.unitName.localeCompare(b.unitName, 'vi'));

  return {
    provinceId: input.province.id,
    provinceName: input.province.name,
    year,
    asOf,
    units,
    totals: sumFigures(units),
    completeness: {
      reports: completeness(
        units,
        (u) => u.reports.onTime + u.reports.late,
        (u) => u.reports.missing,
        outstanding(
          (d) => reportStatusOf(d, asOf),
          (d) => d.reportDueAt,
        ),
      ),
      reviews: completeness(
        units,
        (u) => u.reviews.done,
        (u) => u.reviews.missing,
        outstanding(
          (d) => reviewStatusOf(d, asOf),
          (d) => d.reviewDueAt,
        ),
      ),
    },
    unitsNotProposing: unitsNotProposing(units, input.reviewsOnRecord, answeringFor, year),
  };
}

function completeness(
  units: UnitSummary[],
  received: (u: UnitSummary) => number,
  missing: (u: UnitSummary) => number,
  outstanding: Outstanding[],
): Completeness {
  const sum = (f: (u: UnitSummary) => number) => units.reduce((n, u) => n + f(u), 0);
  return {
    received: sum(received),
    expected: sum(received) + sum(missing),
    outstanding,
    unitsSendingNone: units
      .filter((u) => missing(u) > 0 && received(u) === 0)
      .map((u) => ({ unitId: u.unitId, unitName: u.unitName })),
  };
}

/**
 * Seed 000. A unit has open problems when its latest review on record by the end of the year
 * (its own or a merged predecessor's) left a named problem not resolved; the latest review is the
 * latest evidence of where the unit stands. Listed when it proposed nothing that year.
 */
function unitsNotProposing(
  units: UnitSummary[],
  reviews: ReviewOnRecord[],
  answeringFor: (unitId: string) => string,
  year: number,
): UnitNotProposing[] {
  const endOfYear = Date.parse(vietnamStartOfDay(`${year + 1}-01-01`));
  const latest = new Map<string, ReviewOnRecord>();
  for (const r of reviews) {
    if (Date.parse(r.reviewedAt) >= endOfYear) continue;
    const unitId = answeringFor(r.unitId);
    const known = latest.get(unitId);
    if (!known || Date.parse(r.reviewedAt) > Date.parse(known.reviewedAt)) latest.set(unitId, r);
  }
  return units.flatMap((u): UnitNotProposing[] => {
    const review = latest.get(u.unitId);
    const openProblems = review?.problems.filter((p) => p.outcome !== 'resolved') ?? [];
    if (u.delegations.proposed > 0 || !review || openProblems.length === 0) return [];
    return [
      {
        unitId: u.unitId,
        unitName: u.unitName,
        lastReview: {
          delegationId: review.delegationId,
          title: review.title,
          reviewedAt: review.reviewedAt,
        },
        openProblems,
      },
    ];
  });
}
