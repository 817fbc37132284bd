// Everything the delegation page shows, read from the read model, and which of its forms the
// caller gets: the report form for the unit's staff while the report is due (and the way to the
// amend form while the proposal is returned to them), the review form for
// a provincial leader free of conflicts while the review is due, the timeline for auditors.
import type { Client } from '@temporalio/client';
import { loadCalendar } from '../../activities/calendarActivities';
import type { Grant } from '../../domain/accessReach';
import type { Role } from '../../domain/roles';
import { proposalSchema } from '../../domain/proposal';
import { reportSchema } from '../../domain/report';
import { reviewSchema } from '../../domain/review';
import type { Db } from '../../prisma/client';
import { conflictNotice } from '../access/delegationConflict';
import { reachesDelegation } from '../access/delegationReach';
import { attachmentMaxBytes } from '../attachmentLimit';
import { delegationTimeline } from '../audit/delegationTimeline';
import type { DelegationPageData } from './delegationPage';
import { blankForm } from './delegationPageForms';
import { nextDeadline } from './nextDeadline';
import { blankReportForm } from './reportSection';
import type { WebCaller } from './webCaller';

export interface PageViewer extends Pick<WebCaller, 'personId' | 'csrf' | 'lang'> {
  /** The grants that let the caller through the route's access rule. */
  grants: readonly Grant[];
}

/** Whether the caller reaches this delegation in this role (a unit's staff: their own unit's). */
const reachesAs = (db: Db, grants: readonly Grant[], role: Role, id: string) => {
  const held = grants.filter((g) => g.role === role);
  return held.length > 0 && reachesDelegation(db, held, id);
};

/** The review form, or why this leader may not give the review (segregation of duties). */
async function reviewChoice(db: Db, id: string, v: PageViewer, due: boolean) {
  const none = { reviewForm: null, reviewConflict: null };
  if (!due || !v.personId || !(await reachesAs(db, v.grants, 'provincial_leadership', id)))
    return none;
  const conflict = await conflictNotice(db, id, v.personId, v.lang);
  return conflict ? { ...none, reviewConflict: conflict } : { ...none, reviewForm: blankForm() };
}

export async function loadDelegationPage(
  { db, temporal }: { db: Db; temporal: Client },
  id: string,
  viewer: PageViewer,
  now = new Date(),
): Promise<DelegationPageData | undefined> {
  const d = await db.delegation.findUnique({
    where: { id },
    include: {
      unit: true,
      report: {
        include: {
          attachments: { select: { id: true, filename: true, size: true, contentType: true } },
        },
      },
      review: true,
      decisions: { orderBy: { decidedAt: 'asc' } },
      tokens: { where: { usedAt: null }, orderBy: { expiresAt: 'desc' }, take: 1 },
    },
  });
  if (!d) return undefined;
  const actorIds = [
    ...d.decisions.map((x) => x.actorId),
    d.report?.filedById ?? null,
    d.review?.reviewerId ?? null,
  ].flatMap((x) => (x ? [x] : []));
  const people = await db.person.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true },
  });
  // No person: recorded by a machine client (an API key).
  const nameOf = (pid: string | null) =>
    pid ? (people.find((p) => p.id === pid)?.name ?? pid) : null;
  const calendar = await loadCalendar(db);
  const decisionDueAt = d.tokens[0]?.stage === d.stage ? d.tokens[0].expiresAt : null;
  const unitActs = d.stage === 'amendment_requested' || (d.stage === 'report_due' && !d.report);
  const unitStaff = unitActs && (await reachesAs(db, viewer.grants, 'unit_staff', id));
  const review = await reviewChoice(
    db,
    id,
    viewer,
    d.stage === 'accountability_review' && !d.review,
  );
  const audits = viewer.grants.some((g) => g.role === 'auditor');
  return {
    id: d.id,
    title: d.title,
    unitName: d.unit.name,
    stage: d.stage,
    proposal: proposalSchema.parse(d.proposal),
    lang: viewer.lang,
    csrf: viewer.csrf,
    deadline: nextDeadline({ ...d, decisionDueAt }, calendar, now),
    reportDueAt: d.reportDueAt?.toISOString() ?? null,
    reviewDueAt: d.reviewDueAt?.toISOString() ?? null,
    decisions: d.decisions.map((x) => ({
      stage: x.stage,
      decision: x.decision,
      actorName: nameOf(x.actorId),
      comment: x.comment,
      decidedAt: x.decidedAt.toISOString(),
    })),
    report: d.report && {
      filedAt: d.report.filedAt.toISOString(),
      late: d.report.late,
      workingDaysLate: d.report.workingDaysLate,
      filedByName: nameOf(d.report.filedById),
      content: reportSchema.parse(d.report.content),
      attachments: d.report.attachments,
    },
    review: d.review && {
      reviewedAt: d.review.reviewedAt.toISOString(),
      reviewerName: nameOf(d.review.reviewerId),
      rating: d.review.rating,
      outcomes: reviewSchema.shape.outcomes.parse(d.review.outcomes),
      comment: d.review.comment,
    },
    reportForm: unitStaff && d.stage === 'report_due' ? blankReportForm() : null,
    mayAmend: unitStaff && d.stage === 'amendment_requested',
    ...review,
    timeline: audits ? ((await delegationTimeline(db, temporal, id, viewer.lang)) ?? null) : null,
    maxBytes: attachmentMaxBytes(),
    notice: null,
  };
}
