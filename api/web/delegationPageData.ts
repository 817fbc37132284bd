// Everything the delegation page shows, read from the read model.
import { loadCalendar } from '../../activities/calendarActivities';
import type { Grant } from '../../domain/accessReach';
import { proposalSchema } from '../../domain/proposal';
import type { Db } from '../../prisma/client';
import type { DelegationPageData } from './delegationPage';
import { nextDeadline } from './nextDeadline';

const reportStages = ['on_trip', 'report_due'];

export async function loadDelegationPage(
  db: Db,
  id: string,
  grants: readonly Grant[],
  csrf: string,
  now = new Date(),
): Promise<DelegationPageData | undefined> {
  const d = await db.delegation.findUnique({
    where: { id },
    include: {
      unit: true,
      report: true,
      decisions: { orderBy: { decidedAt: 'asc' } },
      tokens: { where: { usedAt: null }, orderBy: { expiresAt: 'desc' }, take: 1 },
    },
  });
  if (!d) return undefined;
  const people = await db.person.findMany({
    where: { id: { in: d.decisions.flatMap((x) => (x.actorId ? [x.actorId] : [])) } },
    select: { id: true, name: true },
  });
  // A decision without a person was recorded by a machine client (an API key).
  const nameOf = (pid: string | null) =>
    pid ? (people.find((p) => p.id === pid)?.name ?? pid) : 'Ứng dụng (khóa API)';
  const calendar = await loadCalendar(db);
  const decisionDueAt = d.tokens[0]?.stage === d.stage ? d.tokens[0].expiresAt : null;
  return {
    id: d.id,
    title: d.title,
    unitName: d.unit.name,
    stage: d.stage,
    proposal: proposalSchema.parse(d.proposal),
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
    reportForm:
      reportStages.includes(d.stage) && !d.report && grants.some((g) => g.role === 'unit_staff'),
    showAuditLink: grants.some((g) => g.role === 'auditor'),
    csrf,
    reportErrors: [],
  };
}
